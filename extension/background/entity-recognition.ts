/**
 * The entity recogniser, for every page. Pages send their paragraphs (`entities/recognize`) and get back each one's
 * entities: the model is fetched and decoded here, once while the background runs, rather than by every page, and
 * recognising takes none of a page's main thread. A background that was stopped decodes it again on the next request.
 */
import type { RecognizedSpan, RecognizedTexts } from '../../src/messages/messages.ts';
import { prepareRecognizer, recognizeInSteps, type ModelData } from '../../src/ner/index.ts';
import { runInSlices, type Steps } from '../../src/scheduling/steps.ts';

/**
 * The longest stretch of recognising between two pauses, in milliseconds: the background answers other messages
 * (a note being saved) in between.
 */
const SLICE_MS = 10;

/** The entities of each of `texts` as the answer carries them, yielding after each sentence (scheduling/steps.ts). */
export function* spansOfEach(texts: readonly string[]): Steps<RecognizedSpan[][]> {
  const spans: RecognizedSpan[][] = [];
  for (const text of texts) {
    const entities = yield* recognizeInSteps(text);
    spans.push(entities.map(({ start, end, type }) => ({ start, end, type })));
  }
  return spans;
}

/**
 * Answers recognition requests: `load` supplies the model's data when it is first needed (and again after a failed
 * load), `pause` gives other work its turn between slices of decoding and recognising.
 */
export function entityRecognition(
  load: () => Promise<ModelData>, pause: () => Promise<void>, now: () => number = () => performance.now(),
): (texts: readonly string[]) => Promise<RecognizedTexts> {
  return async (texts) => {
    await prepareRecognizer(load, pause);
    return { entities: await runInSlices(spansOfEach(texts), pause, SLICE_MS, now) };
  };
}
