/**
 * Bundled into the benchmark page: the entity pipeline and Readability, run against the live document.
 *
 * In the extension a page's scripts read the article's text, send its paragraphs to the background, and highlight
 * what the background's recogniser answers. Here the background's part runs in the same thread, through the same
 * request and answer as JSON (what messaging between a page's scripts and the background serialises), and its time
 * is counted apart from the page's: the page figure is what the page's main thread spends, the background figure
 * what recognising costs the extension's own process. The same goes for the name memory: the page reads its own
 * names (tags, keyword links, title, caption), asks the background which remembered names its paragraphs write and
 * gives it the names the article teaches; the background's side of those messages is the background's.
 */
import { Readability } from '@mozilla/readability';
import { buildTextMap } from '../../src/dom-text/text-map.ts';
import { clearEntityHighlights, registerEntityHighlights, type HighlightLike, type HighlightRegistryLike } from '../../src/entities/entity-highlights.ts';
import { indexEntities } from '../../src/entities/entity-index.ts';
import { markMentions } from '../../src/entities/entity-marks.ts';
import { mentionsInBlock, mentionsInBlocks } from '../../src/entities/local-mentions.ts';
import { findArticleMentions, findMentionsBy, type BlockRecognitions, type Mention, type RecognizeTexts } from '../../src/entities/mentions.ts';
import { articleBlocks, pageTextMap } from '../../src/entities/page-mentions.ts';
import { propagateNames } from '../../src/entities/propagate.ts';
import { findArticleBody } from '../../src/kompas/article-body.ts';
import { readPageNames } from '../../src/kompas/page-names.ts';
import type { ArticleMemory } from '../../src/entities/article.ts';
import { addPageNames, pageNameCandidates, pageNameTexts } from '../../src/entities/page-name-mentions.ts';
import { addRememberedNames, namesToRemember } from '../../src/entities/remembered-names.ts';
import { NameMemory } from '../../src/name-memory/name-memory.ts';
import { MAX_RECALLED_NAMES, parseNamesMessage, parseRecalledNames } from '../../src/name-memory/name-messages.ts';
import { parseMessage, parseRecognizedTexts, recognizeRequests, type RecognizedTexts } from '../../src/messages/messages.ts';
import modelData from '../../src/ner/model.json';
import { loadModel, type ModelData } from '../../src/ner/model.ts';
import type { Entity } from '../../src/ner/types.ts';
import { shippedModel, useModel } from '../../src/ner/recognize.ts';
import { parseArticleDocument } from '../../src/reader/parse-article.ts';
import { runToEnd } from '../../src/scheduling/steps.ts';
import { spansOfEach } from '../../extension/background/entity-recognition.ts';
import { backgroundMemory } from '../../extension/content/background-memory.ts';

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
 * The background's side of `entities/recognize`: parse the request, recognise with the background's own code (run
 * to the end: its pauses give way to other messages, which a benchmark has none of), answer; JSON in and out.
 */
function backgroundAnswer(requestJson: string): string {
  const message = parseMessage(JSON.parse(requestJson));
  if (message.type !== 'entities/recognize') throw new Error('not a recognition request');
  const answer: RecognizedTexts = { entities: runToEnd(spansOfEach(message.texts)) };
  return JSON.stringify(answer);
}

/**
 * The background's name memory, kept for the page as the background keeps it across pages. It starts empty, so a
 * page's first run (the first-run figures) recalls nothing, as for a reader's first article; the runs after it recall
 * the names the first taught, as on a revisit or a later article of the same story. Saving to the database is left
 * out: it is the background's, and waited for by no page.
 */
const nameMemory = new NameMemory();

/** The background's side of `names/recall` and `names/remember`, as the name memory's gate answers them; JSON in and out. */
function backgroundNamesAnswer(requestJson: string): string {
  const message = parseNamesMessage(JSON.parse(requestJson));
  if (message.type === 'names/recall') return JSON.stringify({ names: nameMemory.namesIn(message.texts, Date.now()).slice(0, MAX_RECALLED_NAMES) });
  if (message.type === 'names/remember') {
    nameMemory.remember(message.names, Date.now());
    return JSON.stringify({ ok: true });
  }
  throw new Error('not a message for a page to send');
}

/** Time spent on each side of the message, in milliseconds. */
interface Split {
  page: number;
  background: number;
}

/** What the content script asks the background for: recognising, and the name memory. */
interface Background {
  recognizeTexts: RecognizeTexts;
  memory: ArticleMemory;
}

/**
 * The content script's side of its messages: a `RecognizeTexts` whose requests are sent as JSON and answers parsed
 * and checked, and the content script's own `backgroundMemory` over the same JSON round trip. The background's part
 * is timed into `split.background`, to be taken out of the page's time. `remember`: whether the memory is taught
 * (the page's reading) or only asked (the reader's).
 */
function messaging(split: Split, remember: boolean): Background {
  const send = async (message: unknown): Promise<unknown> => {
    const sent = JSON.stringify(message);
    let answer = '';
    split.background += time(() => (answer = backgroundNamesAnswer(sent)));
    return JSON.parse(answer);
  };
  return { recognizeTexts: recognizer(split), memory: backgroundMemory(send, { remember }) };
}

function recognizer(split: Split): RecognizeTexts {
  return async (texts) => {
    const answers = [];
    for (const request of recognizeRequests(texts)) {
      const sent = JSON.stringify(request);
      let answer = '';
      split.background += time(() => (answer = backgroundAnswer(sent)));
      answers.push(...parseRecognizedTexts(JSON.parse(answer), request.texts));
    }
    return answers;
  };
}

/** Runs `run`, and splits its time between the page's main thread and the background. */
async function timeSplit(run: (background: Background) => Promise<unknown>, remember: boolean): Promise<Split> {
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
 * The page's highlighting as the content script does it: read the body and the page's own names, ask for the blocks'
 * (and the page's texts') entities and the remembered names, mark the page's and the remembered names, follow names,
 * give the memory the article's names, highlight.
 */
async function highlightPage({ recognizeTexts, memory }: Background): Promise<void> {
  const body = findArticleBody(document)!;
  const pageNames = readPageNames(document);
  const map = pageTextMap(body);
  const mentions = await findArticleMentions(map.text, articleBlocks(map), new Map(), recognizeTexts, { pageNames, memory });
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
    // The reader opens over a page whose mentions are highlighted, as in the extension, sharing what it recognised.
    const recognitions: BlockRecognitions = new Map();
    const pageMap = pageTextMap(findArticleBody(document)!);
    const pageMentions = mentionsInBlocks(pageMap.text, articleBlocks(pageMap), recognitions);
    for (const text of pageNameTexts(readPageNames(document))) mentionsInBlock(text, 0, recognitions);
    registerEntityHighlights(pageMap, pageMentions, ALL_TYPES, highlightRegistry(), newHighlight, newRange);
    document.body.append(body);
    const split = await timeSplit(async ({ recognizeTexts, memory }) => {
      // As the reader's entities: the page's names read from the page, the memory asked and not taught.
      const pageNames = readPageNames(document);
      const map = buildTextMap(body);
      const mentions = await findMentionsBy(map, recognitions, recognizeTexts, { pageNames, memory });
      const index = indexEntities(mentions);
      markMentions(map, mentions, { typeLabels: LABELS, entityOfMention: index.entityOfMention });
    }, false);
    body.remove();
    clearEntityHighlights(highlightRegistry());
    return split;
  },
  /**
   * The page path's stages, each timed on its own and repeated `rounds` times so that sub-millisecond stages rise
   * above the browser's timer resolution: on the page, reading the body, the page's names (read from the page, typed
   * by the recogniser's answers, marked in the article), the memory's part (the recall request out and its answer in,
   * as JSON, the remembered names marked, the names to remember picked and sent), the recognising message (request
   * out and answer in, as JSON), following names, indexing, registering the highlights; in the background,
   * recognising, with a fresh recogniser each run (the median run) and with one that has read the article's words
   * before. Milliseconds per run. The memory holds what the page runs before taught it.
   */
  stages: (rounds = 20) => {
    const body = findArticleBody(document)!;
    const map = pageTextMap(body);
    const blocks = articleBlocks(map);
    const paragraphs = blocks.map((block) => map.text.slice(block.start, block.end));
    const pageNames = readPageNames(document);
    const extra = pageNameTexts(pageNames);
    // Each distinct paragraph and page text once, as findArticleMentions asks for them.
    const texts = [...new Set([...paragraphs, ...extra])];
    const [request] = recognizeRequests(texts);
    const requestJson = JSON.stringify(request);
    const answerJson = backgroundAnswer(requestJson);
    const recognisedTexts = new Map<string, readonly Entity[]>();
    parseRecognizedTexts(JSON.parse(answerJson), texts).forEach((entities, index) => recognisedTexts.set(texts[index]!, entities));
    const recognised = blocks.flatMap((block) => mentionsInBlock(map.text.slice(block.start, block.end), block.start));
    const markPageNames = () =>
      addPageNames(map.text, blocks, recognised, pageNameCandidates(readPageNames(document), map.text, recognised, (text) => recognisedTexts.get(text)));
    const withPageNames = markPageNames();
    const recallJson = JSON.stringify({ type: 'names/recall', texts: paragraphs });
    const recalledJson = backgroundNamesAnswer(recallJson);
    const remembered = parseRecalledNames(JSON.parse(recalledJson), paragraphs);
    const withRemembered = addRememberedNames(map.text, blocks, withPageNames, remembered);
    const mentions = propagateNames(map.text, blocks, withRemembered);
    const perParagraph = (all: readonly Mention[]) => blocks.map((block) => all
      .filter((mention) => mention.start >= block.start && mention.end <= block.end)
      .map((mention) => ({ ...mention, start: mention.start - block.start, end: mention.end - block.start })));
    const entitiesOfParagraphs = perParagraph(mentions);
    const perRun = (run: () => unknown) => time(() => { for (let i = 0; i < rounds; i++) run(); }) / rounds;
    // One run per fresh recogniser, so the median of single runs, as the page's figure is.
    const fresh: number[] = [];
    for (let i = 0; i < rounds; i++) {
      freshRecognizer();
      fresh.push(time(() => backgroundAnswer(requestJson)));
    }
    // The models decoded above are garbage now: collected before the runs timed together, which one collection
    // would otherwise fall into.
    collectGarbage?.();
    const figures = [
      perRun(() => articleBlocks(pageTextMap(body))),
      perRun(markPageNames),
      perRun(() => {
        JSON.stringify({ type: 'names/recall', texts: paragraphs });
        addRememberedNames(map.text, blocks, withPageNames, parseRecalledNames(JSON.parse(recalledJson), paragraphs));
        JSON.stringify({ type: 'names/remember', names: namesToRemember(paragraphs, entitiesOfParagraphs, pageNames.listed) });
      }),
      perRun(() => {
        JSON.stringify(recognizeRequests(texts));
        parseRecognizedTexts(JSON.parse(answerJson), texts);
      }),
      perRun(() => propagateNames(map.text, blocks, withRemembered)),
      perRun(() => indexEntities(mentions)),
      perRun(() => registerEntityHighlights(map, mentions, ALL_TYPES, highlightRegistry(), newHighlight, newRange)),
      fresh.sort((a, b) => a - b)[rounds >> 1]!,
      perRun(() => backgroundAnswer(requestJson)),
    ];
    clearEntityHighlights(highlightRegistry());
    return figures;
  },
  /** The page's own names as the content script reads them, to show what each page gives. */
  pageNames: () => JSON.stringify(readPageNames(document)),
  words: () => (findArticleBody(document)!.textContent ?? '').trim().split(/\s+/).length,
  elements: () => document.getElementsByTagName('*').length,
};
