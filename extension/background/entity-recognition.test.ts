import { describe, expect, it } from 'vitest';
import { DIPLOMACY_ARTICLE } from '../../fixtures/articles.ts';
import { followArticle, type ArticleName } from '../../src/entities/article.ts';
import { NO_PAGE_NAMES, type PageNames } from '../../src/kompas/page-names.ts';
import { recognize } from '../../src/ner/index.ts';
import type { ModelData } from '../../src/ner/model.ts';
import shippedModelData from '../../src/ner/model.json';
import { withoutBundledModel } from '../../src/ner/test-unbundled.ts';

const MODEL_DATA = shippedModelData as unknown as ModelData;
const PARAGRAPHS = [
  'JAKARTA, KOMPAS.com - Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken di Washington.',
  '',
  'Tidak ada nama di kalimat ini.',
  ...DIPLOMACY_ARTICLE.paragraphs,
];

/** The background's module as the extension's build has it: no model bundled, so it must load one. */
const backgroundRecognition = () => withoutBundledModel(() => import('./entity-recognition.ts'));

/** The article as reading it here reads it (src/entities/article.ts), as the answer carries it. */
const readHere = (paragraphs: readonly string[]) =>
  followArticle(paragraphs, paragraphs.map((paragraph) => recognize(paragraph))).map((entities) => entities.map(({ start, end, type }) => ({ start, end, type })));

/** A clock that jumps a second at each reading: the background pauses after every sentence it recognises. */
function countingPauses() {
  let time = 0;
  const counter = { pauses: 0 };
  return { counter, pause: async () => void counter.pauses++, now: () => (time += 1000) };
}

describe('the background\'s reading of an article', () => {
  it('answers with the entities of each paragraph, in order, read as one article', async () => {
    const { articleRecognition } = await backgroundRecognition();
    const answer = await articleRecognition(async () => MODEL_DATA, async () => {})({ paragraphs: PARAGRAPHS, pageNames: NO_PAGE_NAMES });
    expect(answer.entities).toEqual(readHere(PARAGRAPHS));
    expect(answer.entities[0]).toEqual(expect.arrayContaining([
      { start: 42, end: 55, type: 'PER' },
      { start: 64, end: 78, type: 'PER' },
    ]));
    expect(answer.entities[1]).toEqual([]);
  });

  it('marks the names the page lists where the article writes them, which the paragraphs alone do not give', async () => {
    const { articleRecognition } = await backgroundRecognition();
    const paragraphs = ['Kemarin Wiratmoko Sandjojo meninjau gudang beras di Karawang.', 'Wiratmoko menyebut stok aman.'];
    const pageNames: PageNames = { listed: ['Wiratmoko Sandjojo'], title: null, caption: 'Kepala Badan Pangan Nasional Wiratmoko Sandjojo di Karawang.' };
    const read = articleRecognition(async () => MODEL_DATA, async () => {});
    const withNames = await read({ paragraphs, pageNames });
    const named = (entities: ReadonlyArray<ReadonlyArray<{ start: number; end: number; type: string }>>, index: number) =>
      entities[index]!.map(({ start, end, type }) => `${type}:${paragraphs[index]!.slice(start, end)}`);
    expect(named(withNames.entities, 0)).toContain('PER:Wiratmoko Sandjojo');
    expect(named(withNames.entities, 1)).toContain('PER:Wiratmoko');
  });

  it('reads the article with the remembered names it writes, and gives the memory the names it teaches', async () => {
    const { articleRecognition } = await backgroundRecognition();
    const recalled: string[][] = [];
    const taught: ArticleName[][] = [];
    const memory = {
      recall: (texts: readonly string[]) => {
        recalled.push([...texts]);
        return [{ name: 'Lestiono Haryadarma', type: 'PER' as const }];
      },
      remember: (names: readonly ArticleName[]) => void taught.push([...names]),
    };
    const paragraphs = ['lestiono haryadarma tidak disebut di sini.', 'Kata Lestiono Haryadarma, panen raya dimulai pekan depan.',
      'Menteri Pertanian Andi Amran Sulaiman meninjau sawah di Indramayu.'];
    const answer = await articleRecognition(async () => MODEL_DATA, async () => {})({ paragraphs, pageNames: NO_PAGE_NAMES, memory });
    expect(recalled).toEqual([paragraphs]);
    expect(answer.entities[0]).toEqual([]);
    expect(answer.entities[1]).toContainEqual({ start: 5, end: 24, type: 'PER' });
    expect(taught).toHaveLength(1);
    expect(taught[0]).toContainEqual({ name: 'Andi Amran Sulaiman', type: 'PER' });
  });

  it('loads the model once for every request, the first ones waiting for it together', async () => {
    const { articleRecognition } = await backgroundRecognition();
    let loads = 0;
    const read = articleRecognition(async () => {
      loads++;
      return MODEL_DATA;
    }, async () => {});
    const [first, second] = await Promise.all([
      read({ paragraphs: PARAGRAPHS.slice(0, 1), pageNames: NO_PAGE_NAMES }),
      read({ paragraphs: PARAGRAPHS.slice(3), pageNames: NO_PAGE_NAMES }),
    ]);
    const third = await read({ paragraphs: PARAGRAPHS.slice(0, 1), pageNames: NO_PAGE_NAMES });
    expect(loads).toBe(1);
    expect(first).toEqual(third);
    expect(second.entities).toEqual(readHere(PARAGRAPHS.slice(3)));
  });

  it('passes a failed load on, and loads again on the next request', async () => {
    const { articleRecognition } = await backgroundRecognition();
    let attempts = 0;
    const read = articleRecognition(async () => {
      if (attempts++ === 0) throw new Error('the model file could not be read');
      return MODEL_DATA;
    }, async () => {});
    await expect(read({ paragraphs: PARAGRAPHS.slice(0, 1), pageNames: NO_PAGE_NAMES })).rejects.toThrow('could not be read');
    expect((await read({ paragraphs: PARAGRAPHS.slice(0, 1), pageNames: NO_PAGE_NAMES })).entities).toEqual(readHere(PARAGRAPHS.slice(0, 1)));
  });

  it('pauses between slices of work so the background answers other messages meanwhile, with the same answer', async () => {
    const { articleRecognition } = await backgroundRecognition();
    const { counter, pause, now } = countingPauses();
    const read = articleRecognition(async () => MODEL_DATA, pause, now);
    // Decoding pauses by the real clock (prepare.test.ts); what is counted here is recognising.
    await read({ paragraphs: ['Satu.'], pageNames: NO_PAGE_NAMES });
    const afterLoading = counter.pauses;
    const answer = await read({ paragraphs: PARAGRAPHS, pageNames: NO_PAGE_NAMES });
    expect(counter.pauses - afterLoading).toBeGreaterThanOrEqual(DIPLOMACY_ARTICLE.paragraphs.length);
    expect(answer.entities).toEqual(readHere(PARAGRAPHS));
  });

  it('recognises a paragraph it has read before no more, until it is among the oldest beyond what it keeps', async () => {
    const { articleRecognition, KEPT_PARAGRAPHS } = await backgroundRecognition();
    const { counter, pause, now } = countingPauses();
    const read = articleRecognition(async () => MODEL_DATA, pause, now);
    const first = await read({ paragraphs: PARAGRAPHS, pageNames: NO_PAGE_NAMES });
    const before = counter.pauses;
    // The page read again after a change, and the reader view of the same article with its title first.
    expect(await read({ paragraphs: PARAGRAPHS, pageNames: NO_PAGE_NAMES })).toEqual(first);
    await read({ paragraphs: [PARAGRAPHS[0]!, ...PARAGRAPHS.slice(3)], pageNames: NO_PAGE_NAMES });
    expect(counter.pauses).toBe(before);
    // Enough other paragraphs push the article's out; reading it again recognises it again, with the same answer.
    await read({ paragraphs: Array.from({ length: KEPT_PARAGRAPHS }, (_, i) => `Paragraf ${i}.`), pageNames: NO_PAGE_NAMES });
    const afterOthers = counter.pauses;
    expect(await read({ paragraphs: PARAGRAPHS, pageNames: NO_PAGE_NAMES })).toEqual(first);
    expect(counter.pauses).toBeGreaterThan(afterOthers);
  });
});
