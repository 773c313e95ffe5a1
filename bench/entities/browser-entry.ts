/**
 * Bundled into the benchmark page: the entity pipeline and Readability, run against the live document.
 *
 * In the extension a page's scripts read the article's text and the page's own names (tags, keyword links, title,
 * caption), send them to the background in one message, and highlight what it answers. The background recognises
 * the paragraphs and reads them as one article: the page's names marked, the remembered names it writes marked,
 * names followed, the names it teaches given to the name memory. Here the background's part runs in the same thread,
 * through the same request and answer as JSON (what messaging between a page's scripts and the background
 * serialises), and its time is counted apart from the page's: the page figure is what the page's main thread
 * spends, the background figure what the extension's own process spends.
 */
import { Readability } from '@mozilla/readability';
import { buildTextMap } from '../../src/dom-text/text-map.ts';
import { followArticle, recognizeArticle } from '../../src/entities/article.ts';
import { clearEntityHighlights, registerEntityHighlights, type HighlightLike, type HighlightRegistryLike } from '../../src/entities/entity-highlights.ts';
import { indexEntities } from '../../src/entities/entity-index.ts';
import { markMentions } from '../../src/entities/entity-marks.ts';
import { findArticleMentions, findMentionsBy, mentionsAt, type RecognizeArticle } from '../../src/entities/mentions.ts';
import { articleBlocks, pageTextMap } from '../../src/entities/page-mentions.ts';
import { pageNameTexts } from '../../src/entities/page-name-mentions.ts';
import { namesToRemember } from '../../src/entities/remembered-names.ts';
import { findArticleBody } from '../../src/kompas/article-body.ts';
import { readPageNames } from '../../src/kompas/page-names.ts';
import { articleMemoryOf, NameMemory } from '../../src/name-memory/name-memory.ts';
import { parseEntityArticleRequest, type EntityArticleRequest } from '../../src/messages/entity-article-request.ts';
import { parseRecognizedTexts, type RecognizedTexts } from '../../src/messages/messages.ts';
import modelData from '../../src/ner/model.json';
import { loadModel, type ModelData } from '../../src/ner/model.ts';
import type { Entity } from '../../src/ner/types.ts';
import { shippedModel, useModel } from '../../src/ner/recognize.ts';
import { parseArticleDocument } from '../../src/reader/parse-article.ts';
import { runToEnd } from '../../src/scheduling/steps.ts';
import { entitiesOfEach } from '../../extension/background/entity-recognition.ts';

// The model is bundled here and decoded before any timing, as the background does before it recognises.
shippedModel();

/**
 * Makes a newly decoded model the recogniser's, outside any timing: its word records and tables are empty, as in a
 * background just woken, which decodes a model of its own. Timed with the records of an earlier run, recognising
 * would leave out scoring each word form the first time it is met, most of what it costs.
 */
function freshRecognizer(): void {
  useModel(loadModel(modelData as unknown as ModelData));
}

let readerContent: Element | null = null;

/** The article body as the reader view shows it. */
function readerBody(): Element {
  const article = parseArticleDocument(document, location.href);
  const content = document.createElement('div');
  content.innerHTML = article?.contentHtml ?? '';
  return content;
}

const LABELS = { PER: 'orang', LOC: 'tempat', ORG: 'organisasi' } as const;
const ALL_TYPES = { PER: true, LOC: true, ORG: true } as const;

/**
 * Collects garbage when the browser exposes gc(). The page runs leave Ranges behind, and until they are collected
 * every DOM change must update them: the reader's wrapping would pay for the page runs before it.
 */
const collectGarbage = (globalThis as unknown as { gc?: () => void }).gc;

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * The background's name memory, kept for the page as the background keeps it across pages. It starts empty, so a
 * page's first run (the first-run figures) recalls nothing, as for a reader's first article; the runs after it recall
 * the names the first taught, as on a revisit or a later article of the same story. Saving to the database is left
 * out: it is the background's, and waited for by no page.
 */
const nameMemory = new NameMemory();
const memory = articleMemoryOf(nameMemory);

/**
 * The paragraphs the background has recognised, as it keeps them between requests (entity-recognition.ts): the page
 * runs start with none, as a background reading an article first; the reader finds the page's there.
 */
const kept = new Map<string, Entity[]>();

/**
 * The background's recognising of paragraphs it has not kept, run to the end (its pauses give way to other messages;
 * here there are none).
 */
function recognizeHere(texts: readonly string[]): Entity[][] {
  const missing = [...new Set(texts.filter((text) => !kept.has(text)))];
  const found = runToEnd(entitiesOfEach(missing));
  missing.forEach((text, index) => kept.set(text, found[index]!));
  return texts.map((text) => kept.get(text)!);
}

/**
 * The background's side of `entities/article`: parse the request, read the article as the background does (its
 * recogniser, the page's names, the name memory; src/entities/article.ts), answer; JSON in and out.
 */
async function backgroundAnswer(requestJson: string): Promise<string> {
  const message = parseEntityArticleRequest(JSON.parse(requestJson));
  const entities = await recognizeArticle(message.paragraphs, recognizeHere, { pageNames: message.pageNames, memory });
  const answer: RecognizedTexts = { entities: entities.map((paragraph) => paragraph.map(({ start, end, type }) => ({ start, end, type }))) };
  return JSON.stringify(answer);
}

/** Time spent on each side of the message, in milliseconds. */
interface Split {
  page: number;
  background: number;
}

/**
 * The content script's side of its message (extension/content/recognizer.ts): the request sent as JSON, the answer
 * parsed and checked. The background's part is timed into `split.background`, to be taken out of the page's time.
 */
function messaging(split: Split, remember: boolean): RecognizeArticle {
  return async (paragraphs) => {
    const request: EntityArticleRequest = { type: 'entities/article', paragraphs: [...paragraphs], pageNames: readPageNames(document), remember };
    const sent = JSON.stringify(request);
    const start = performance.now();
    const answer = await backgroundAnswer(sent);
    split.background += performance.now() - start;
    return parseRecognizedTexts(JSON.parse(answer), paragraphs);
  };
}

/** Runs `run`, and splits its time between the page's main thread and the background. */
async function timeSplit(run: (readArticle: RecognizeArticle) => Promise<unknown>, remember: boolean): Promise<Split> {
  const split: Split = { page: 0, background: 0 };
  const start = performance.now();
  await run(messaging(split, remember));
  split.page = performance.now() - start - split.background;
  return split;
}

const highlightRegistry = () => (CSS as unknown as { highlights: HighlightRegistryLike }).highlights;
const newHighlight = () => new (globalThis as unknown as { Highlight: new () => HighlightLike }).Highlight();
const newRange = (boundaries: StaticRangeInit) => new StaticRange(boundaries);

/**
 * The page's highlighting as the content script does it: read the body and the page's own names, send them, take
 * the answer as mentions, highlight.
 */
async function highlightPage(readArticle: RecognizeArticle): Promise<void> {
  const body = findArticleBody(document)!;
  const map = pageTextMap(body);
  const mentions = await findArticleMentions(map.text, articleBlocks(map), readArticle);
  registerEntityHighlights(map, mentions, ALL_TYPES, highlightRegistry(), newHighlight, newRange);
}

(globalThis as unknown as { bench: unknown }).bench = {
  hasBody: () => (findArticleBody(document) ? 1 : 0),
  /** Readability's parse of a copy of the page, as the reader does it. */
  readability: () => time(() => new Readability(document.cloneNode(true) as Document).parse()),
  /**
   * The page's highlighting with a recogniser as the background has it when it wakes (freshRecognizer), then the
   * highlights taken off. The entity index is left out as the extension leaves it out: it is made when the panel
   * first asks (a stage of its own below).
   */
  page: async (): Promise<Split> => {
    freshRecognizer();
    kept.clear();
    const split = await timeSplit(highlightPage, true);
    clearEntityHighlights(highlightRegistry());
    return split;
  },
  /**
   * The reader's decoration over the reader's own article body (the pipeline's output, made once outside the
   * timing), placed in the page: ask for the blocks the page's highlighting has not had read, follow names, index,
   * and wrap every mention in an element.
   */
  reader: async (): Promise<Split> => {
    readerContent ??= readerBody();
    const body = readerContent.cloneNode(true) as Element;
    collectGarbage?.();
    // The reader opens over a page whose mentions are highlighted, as in the extension: the background has the
    // page's paragraphs.
    kept.clear();
    await highlightPage(messaging({ page: 0, background: 0 }, false));
    document.body.append(body);
    const split = await timeSplit(async (readArticle) => {
      const map = buildTextMap(body);
      const mentions = await findMentionsBy(map, readArticle);
      const index = indexEntities(mentions);
      markMentions(map, mentions, { typeLabels: LABELS, entityOfMention: index.entityOfMention });
    }, false);
    body.remove();
    clearEntityHighlights(highlightRegistry());
    return split;
  },
  /**
   * The page path's stages, each timed on its own and repeated `rounds` times so that sub-millisecond stages rise
   * above the browser's timer resolution. On the page: reading the body, reading the page's own names, the message
   * (the request out and the answer in, as JSON, taken as mentions), registering the highlights, and indexing (for
   * the panel, when it asks). In the background: the article-level steps over recognised paragraphs (the page's names
   * typed and marked, the remembered names recalled and marked, names followed, the names to remember picked),
   * recognising with a fresh recogniser each run (the median run) and with one that has read the article's words
   * before. Milliseconds per run. The memory holds what the page runs before taught it.
   */
  stages: async (rounds = 20) => {
    const body = findArticleBody(document)!;
    const map = pageTextMap(body);
    const blocks = articleBlocks(map);
    const paragraphs = blocks.map((block) => map.text.slice(block.start, block.end));
    const pageNames = readPageNames(document);
    const request: EntityArticleRequest = { type: 'entities/article', paragraphs, pageNames, remember: false };
    const requestJson = JSON.stringify(request);
    kept.clear();
    const answerJson = await backgroundAnswer(requestJson);
    const texts = [...new Set([...paragraphs, ...pageNameTexts(pageNames)])];
    const recognised = recognizeHere(texts);
    const ofText = new Map(texts.map((text, index) => [text, recognised[index]!]));
    const entitiesOf = parseRecognizedTexts(JSON.parse(answerJson), paragraphs);
    const mentions = blocks.flatMap((block, index) => mentionsAt(entitiesOf[index]!, block.start));
    const perRun = (run: () => unknown) => time(() => { for (let i = 0; i < rounds; i++) run(); }) / rounds;
    // One run per fresh recogniser, so the median of single runs, as the page's figure is.
    const fresh: number[] = [];
    for (let i = 0; i < rounds; i++) {
      freshRecognizer();
      fresh.push(time(() => runToEnd(entitiesOfEach(texts))));
    }
    // The models decoded above are garbage now: collected before the runs timed together, which one collection
    // would otherwise fall into.
    collectGarbage?.();
    const figures = [
      perRun(() => articleBlocks(pageTextMap(body))),
      perRun(() => readPageNames(document)),
      perRun(() => {
        JSON.stringify({ ...request, pageNames: readPageNames(document) });
        const answer = parseRecognizedTexts(JSON.parse(answerJson), paragraphs);
        blocks.flatMap((block, index) => mentionsAt(answer[index]!, block.start));
      }),
      perRun(() => registerEntityHighlights(map, mentions, ALL_TYPES, highlightRegistry(), newHighlight, newRange)),
      perRun(() => indexEntities(mentions)),
      perRun(() => {
        parseEntityArticleRequest(JSON.parse(requestJson));
        const followed = followArticle(paragraphs, paragraphs.map((paragraph) => ofText.get(paragraph)!),
          { pageNames, rememberedNames: nameMemory.namesIn(paragraphs, Date.now()) }, (text) => ofText.get(text));
        namesToRemember(paragraphs, followed, pageNames.listed);
        JSON.stringify(answerJson);
      }),
      fresh.sort((a, b) => a - b)[rounds >> 1]!,
      perRun(() => runToEnd(entitiesOfEach(texts))),
    ];
    clearEntityHighlights(highlightRegistry());
    return figures;
  },
  /** The page's own names as the content script reads them, to show what each page gives. */
  pageNames: () => JSON.stringify(readPageNames(document)),
  words: () => (findArticleBody(document)!.textContent ?? '').trim().split(/\s+/).length,
  elements: () => document.getElementsByTagName('*').length,
};
