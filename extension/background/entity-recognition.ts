/**
 * The entity recogniser, for every page. A page sends its article's paragraphs and its own names
 * (`entities/article`) and gets back each paragraph's entities, read as the product reads an article
 * (src/entities/article.ts): the model is fetched and decoded here, once while the background runs, the name memory
 * is read and taught here, and none of it takes a page's main thread. A background that was stopped decodes the
 * model again on the next request.
 */
import { recognizeArticle, type ArticleMemory } from '../../src/entities/article.ts';
import type { PageNames } from '../../src/kompas/page-names.ts';
import type { RecognizedSpan, RecognizedTexts } from '../../src/messages/messages.ts';
import { prepareRecognizer, recognizeInSteps, type Entity, type ModelData } from '../../src/ner/index.ts';
import { runInSlices, type Steps } from '../../src/scheduling/steps.ts';

/**
 * The longest stretch of recognising between two pauses, in milliseconds: the background answers other messages
 * (a note being saved) in between.
 */
const SLICE_MS = 10;
/**
 * Paragraphs whose entities are kept, by text: a page reads its article again when the page changes it, and the
 * reader view sends the same paragraphs. A few long articles' worth; the oldest go first.
 */
export const KEPT_PARAGRAPHS = 3_000;

/** The entities of each of `texts`, yielding after each sentence (scheduling/steps.ts). */
export function* entitiesOfEach(texts: readonly string[]): Steps<Entity[][]> {
  const entities: Entity[][] = [];
  for (const text of texts) entities.push(yield* recognizeInSteps(text));
  return entities;
}

/** What one article is read with. */
export interface ArticleRequest {
  paragraphs: readonly string[];
  pageNames: PageNames;
  /** The name memory as this reading may use it; none when the reader has it off or the request may not use it. */
  memory?: ArticleMemory;
}

const spansOf = (entities: readonly (readonly Entity[])[]): RecognizedSpan[][] =>
  entities.map((paragraph) => paragraph.map(({ start, end, type }) => ({ start, end, type })));

/**
 * Answers article requests: `load` supplies the model's data when it is first needed (and again after a failed
 * load), `pause` gives other work its turn between slices of decoding and recognising.
 */
export function articleRecognition(
  load: () => Promise<ModelData>, pause: () => Promise<void>, now: () => number = () => performance.now(),
): (request: ArticleRequest) => Promise<RecognizedTexts> {
  const kept = new Map<string, Entity[]>();
  const recognizeParagraphs = async (texts: readonly string[]): Promise<Entity[][]> => {
    const missing = [...new Set(texts.filter((text) => !kept.has(text)))];
    if (missing.length > 0) {
      await prepareRecognizer(load, pause);
      const found = await runInSlices(entitiesOfEach(missing), pause, SLICE_MS, now);
      missing.forEach((text, index) => kept.set(text, found[index]!));
    }
    const answers = texts.map((text) => {
      const entities = kept.get(text)!;
      // Read again: it moves to the newest end, so the oldest are the ones that go.
      kept.delete(text);
      kept.set(text, entities);
      return entities;
    });
    for (const oldest of kept.keys()) {
      if (kept.size <= KEPT_PARAGRAPHS) break;
      kept.delete(oldest);
    }
    return answers;
  };
  return async ({ paragraphs, pageNames, memory }) =>
    ({ entities: spansOf(await recognizeArticle(paragraphs, recognizeParagraphs, { pageNames, memory })) });
}
