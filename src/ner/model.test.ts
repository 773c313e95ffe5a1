import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadModel, type ModelData } from './model.ts';

/** The budget for the shipped model, gzipped. */
const MODEL_BUDGET_GZIP_BYTES = 300 * 1024;

describe('shipped model', () => {
  const raw = readFileSync(resolve(process.cwd(), 'src/ner/model.json'));

  it('fits the download budget gzipped', () => {
    expect(gzipSync(raw, { level: 9 }).length).toBeLessThanOrEqual(MODEL_BUDGET_GZIP_BYTES);
  });

  it('loads with the expected format', () => {
    const model = loadModel(JSON.parse(raw.toString('utf8')) as ModelData);
    expect(model.weights.some((w) => w !== 0)).toBe(true);
    expect(model.transitions).toHaveLength(8 * 7);
    expect(model.lexicon.size).toBeGreaterThan(100);
    expect(model.clusters.size).toBeGreaterThan(1000);
  });

  it('rejects a model of another format', () => {
    expect(() => loadModel({ format: 'other' } as unknown as ModelData)).toThrow(/format/);
  });
});
