import { describe, expect, it } from 'vitest';
import { prepareRecognizer, recognize } from './index.ts';

describe('prepareRecognizer', () => {
  it('decodes the model in several steps, after which recognize gives the same entities', async () => {
    let pauses = 0;
    await prepareRecognizer(async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThanOrEqual(3);
    const afterFirst = pauses;
    const text = 'JAKARTA, KOMPAS.com - Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken di Washington.';
    const entities = recognize(text);
    expect(entities.map((entity) => [entity.text, entity.type])).toEqual(
      expect.arrayContaining([['Retno Marsudi', 'PER'], ['Antony Blinken', 'PER']]),
    );
    // Preparing again costs nothing: the model is decoded once.
    await prepareRecognizer(async () => {
      pauses++;
    });
    expect(pauses).toBe(afterFirst);
    expect(recognize(text)).toEqual(entities);
  });
});
