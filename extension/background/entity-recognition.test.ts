import { describe, expect, it } from 'vitest';
import { DIPLOMACY_ARTICLE } from '../../fixtures/articles.ts';
import { recognize } from '../../src/ner/index.ts';
import type { ModelData } from '../../src/ner/model.ts';
import shippedModelData from '../../src/ner/model.json';
import { withoutBundledModel } from '../../src/ner/test-unbundled.ts';

const MODEL_DATA = shippedModelData as unknown as ModelData;
const TEXTS = [
  'JAKARTA, KOMPAS.com - Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken di Washington.',
  '',
  'Tidak ada nama di kalimat ini.',
  ...DIPLOMACY_ARTICLE.paragraphs,
];

/** The background's module as the extension's build has it: no model bundled, so it must load one. */
const backgroundRecognition = () => withoutBundledModel(() => import('./entity-recognition.ts'));

const spansOf = (text: string) => recognize(text).map(({ start, end, type }) => ({ start, end, type }));

describe('the background recogniser', () => {
  it('answers with the entities of each text, in order, as the recogniser finds them', async () => {
    const { entityRecognition } = await backgroundRecognition();
    const answer = await entityRecognition(async () => MODEL_DATA, async () => {})(TEXTS);
    expect(answer.entities).toEqual(TEXTS.map(spansOf));
    expect(answer.entities[0]).toEqual(expect.arrayContaining([
      { start: 42, end: 55, type: 'PER' },
      { start: 64, end: 78, type: 'PER' },
    ]));
    expect(answer.entities[1]).toEqual([]);
  });

  it('loads the model once for every request, the first ones waiting for it together', async () => {
    const { entityRecognition } = await backgroundRecognition();
    let loads = 0;
    const recognizeTexts = entityRecognition(async () => {
      loads++;
      return MODEL_DATA;
    }, async () => {});
    const [first, second] = await Promise.all([recognizeTexts(TEXTS.slice(0, 1)), recognizeTexts(TEXTS.slice(3))]);
    const third = await recognizeTexts(TEXTS.slice(0, 1));
    expect(loads).toBe(1);
    expect(first).toEqual(third);
    expect(second.entities).toEqual(TEXTS.slice(3).map(spansOf));
  });

  it('passes a failed load on, and loads again on the next request', async () => {
    const { entityRecognition } = await backgroundRecognition();
    let attempts = 0;
    const recognizeTexts = entityRecognition(async () => {
      if (attempts++ === 0) throw new Error('the model file could not be read');
      return MODEL_DATA;
    }, async () => {});
    await expect(recognizeTexts(TEXTS.slice(0, 1))).rejects.toThrow('could not be read');
    expect((await recognizeTexts(TEXTS.slice(0, 1))).entities).toEqual([spansOf(TEXTS[0]!)]);
  });

  it('pauses between slices of work so the background answers other messages meanwhile, with the same answer', async () => {
    const { entityRecognition } = await backgroundRecognition();
    // A clock that jumps a second at each reading: a pause after every sentence.
    let time = 0;
    let pauses = 0;
    const recognizeTexts = entityRecognition(async () => MODEL_DATA, async () => void pauses++, () => (time += 1000));
    // Decoding pauses by the real clock (prepare.test.ts); what is counted here is recognising.
    await recognizeTexts([]);
    const afterLoading = pauses;
    const answer = await recognizeTexts(TEXTS);
    expect(pauses - afterLoading).toBeGreaterThanOrEqual(DIPLOMACY_ARTICLE.paragraphs.length);
    expect(answer.entities).toEqual(TEXTS.map(spansOf));
  });
});
