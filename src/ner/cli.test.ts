import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs scripts/ner/cli.ts the way `npm run --silent ner -- ...` does. */
function ner(...args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', resolve(process.cwd(), 'scripts/ner/cli.ts'), ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
  });
}

describe('ner command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-cli-'));
  const file = join(dir, 'sample.txt');
  writeFileSync(file, 'Presiden PROPN O\r\nJoko PROPN B-PER\r\nWidodo PROPN I-PER\r\nke ADP O\r\nBali PROPN B-LOC\r\n\r\nKPK\tB-ORGANISATION\r\nbekerja\tO\r\n');

  it('tag prints the same tokens in the same order with one valid tag each', () => {
    const output = ner('tag', file);
    const sentences = output.trimEnd().split('\n\n').map((s) => s.split('\n').map((line) => line.split('\t')));
    expect(sentences.map((s) => s.map(([token]) => token))).toEqual([['Presiden', 'Joko', 'Widodo', 'ke', 'Bali'], ['KPK', 'bekerja']]);
    for (const line of sentences.flat()) expect(line[1]).toMatch(/^(O|[BI]-(PER|LOC|ORG))$/);
    expect(sentences[0]!.map((l) => l[1])).toEqual(['O', 'B-PER', 'I-PER', 'O', 'B-LOC']);
  });

  it('eval prints precision, recall and F1 per type and overall', () => {
    const output = ner('eval', file);
    for (const label of ['PER', 'LOC', 'ORG', 'overall']) expect(output).toMatch(new RegExp(`^${label}\\s+precision .* recall .* F1`, 'm'));
  });
});
