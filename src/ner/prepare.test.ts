import { describe, expect, it, vi } from 'vitest';
import { prepareRecognizer, recognize } from './index.ts';
import { SHIPPED_MODEL_DATA } from './shipped-model.ts';

describe('prepareRecognizer', () => {
  it('has no model before it is prepared, and says so', () => {
    expect(() => recognize('Antony Blinken tiba di Jakarta.')).toThrow(/no model/);
  });

  it('loads and decodes the model in several steps, once, after which recognize finds entities', async () => {
    let pauses = 0;
    let loads = 0;
    const load = async () => {
      loads++;
      return SHIPPED_MODEL_DATA;
    };
    await prepareRecognizer(load, async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThanOrEqual(3);
    const afterFirst = pauses;
    const text = 'JAKARTA, KOMPAS.com - Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken di Washington.';
    const entities = recognize(text);
    expect(entities.map((entity) => [entity.text, entity.type])).toEqual(
      expect.arrayContaining([['Retno Marsudi', 'PER'], ['Antony Blinken', 'PER']]),
    );
    // Preparing again costs nothing: the model is loaded and decoded once.
    await prepareRecognizer(load, async () => {
      pauses++;
    });
    expect(pauses).toBe(afterFirst);
    expect(loads).toBe(1);
    expect(recognize(text)).toEqual(entities);
  });

  it('passes a failed load on and tries again next time', async () => {
    // A fresh module instance, so that no model is prepared yet.
    vi.resetModules();
    const { prepareRecognizer: prepareFresh } = await import('./recognize.ts');
    await expect(prepareFresh(async () => Promise.reject(new Error('offline')), async () => {})).rejects.toThrow('offline');
    await expect(prepareFresh(async () => SHIPPED_MODEL_DATA, async () => {})).resolves.toBeUndefined();
  });
});
