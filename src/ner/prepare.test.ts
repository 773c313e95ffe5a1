import { describe, expect, it } from 'vitest';
import { recognize } from './index.ts';
import { loadModel, loadModelInSteps, type ModelData } from './model.ts';
import shippedModelData from './model.json';
import { withoutBundledModel } from './test-unbundled.ts';

const SHIPPED_MODEL_DATA = shippedModelData as unknown as ModelData;
const TEXT = 'JAKARTA, KOMPAS.com - Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken di Washington.';

/** The recogniser as the extension's build has it: no bundled model (vite.config.ts replaces it with null). */
const recogniserWithoutBundledModel = () => withoutBundledModel(() => import('./recognize.ts'));

describe('the recogniser in Node', () => {
  it('uses the bundled model without any set-up', () => {
    expect(recognize(TEXT).map((entity) => [entity.text, entity.type])).toEqual(
      expect.arrayContaining([['Retno Marsudi', 'PER'], ['Antony Blinken', 'PER']]),
    );
  });
});

describe('prepareRecognizer, as the extension uses it', () => {
  it('has no model before it is prepared, and says so', async () => {
    const fresh = await recogniserWithoutBundledModel();
    expect(() => fresh.recognize(TEXT)).toThrow(/no model/);
  });

  it('loads and decodes the model once, after which recognize finds entities', async () => {
    const fresh = await recogniserWithoutBundledModel();
    let pauses = 0;
    let loads = 0;
    const load = async (): Promise<ModelData> => {
      loads++;
      return SHIPPED_MODEL_DATA;
    };
    await fresh.prepareRecognizer(load, async () => {
      pauses++;
    });
    const afterFirst = pauses;
    const entities = fresh.recognize(TEXT);
    expect(entities).toEqual(recognize(TEXT));
    // Preparing again costs nothing: the model is loaded and decoded once.
    await fresh.prepareRecognizer(load, async () => {
      pauses++;
    });
    expect(pauses).toBe(afterFirst);
    expect(loads).toBe(1);
  });

  it('decodes in many short steps, pausing whenever a few milliseconds have gone by, to the same model', async () => {
    // A clock that jumps a second at each reading: a pause after every step, so the pauses count the steps.
    let time = 0;
    let pauses = 0;
    const model = await loadModelInSteps(SHIPPED_MODEL_DATA, async () => void pauses++, () => (time += 1000));
    // Weights, word classes, known names and clusters in steps of a few thousand entries each.
    expect(pauses).toBeGreaterThan(40);
    const reference = loadModel(SHIPPED_MODEL_DATA);
    // Compared as bytes and text: a deep comparison of 1.8 MB of weights takes the test runner seconds.
    expect(Buffer.from(model.weights.buffer).equals(Buffer.from(reference.weights.buffer))).toBe(true);
    const entries = (map: ReadonlyMap<string, unknown>) => JSON.stringify([...map]);
    expect(entries(model.lexicon)).toBe(entries(reference.lexicon));
    expect(entries(model.clusters)).toBe(entries(reference.clusters));
    expect(entries(model.known.byFirstWord)).toBe(entries(reference.known.byFirstWord));
    expect(model.lexicon.size).toBeGreaterThan(1_000);
    expect(model.clusters.size).toBeGreaterThan(10_000);
  });

  it('passes a failed load on and tries again next time', async () => {
    const fresh = await recogniserWithoutBundledModel();
    await expect(fresh.prepareRecognizer(async () => Promise.reject(new Error('offline')), async () => {})).rejects.toThrow('offline');
    await expect(fresh.prepareRecognizer(async () => SHIPPED_MODEL_DATA, async () => {})).resolves.toBeUndefined();
    expect(fresh.recognize(TEXT).length).toBeGreaterThan(0);
  });
});
