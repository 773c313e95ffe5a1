/** Bundled into the benchmark page: the entity pipeline and Readability, run against the live document. */
import { Readability } from '@mozilla/readability';
import { buildTextMap } from '../../src/dom-text/text-map.ts';
import { clearEntityHighlights, registerEntityHighlights, type HighlightLike, type HighlightRegistryLike } from '../../src/entities/entity-highlights.ts';
import { indexEntities } from '../../src/entities/entity-index.ts';
import { markMentions } from '../../src/entities/entity-marks.ts';
import { articleBlocks, findPageMentions, pageTextMap } from '../../src/entities/page-mentions.ts';
import { findMentions, mentionsInBlock, mentionsInBlocks, type BlockRecognitions } from '../../src/entities/mentions.ts';
import { propagateNames } from '../../src/entities/propagate.ts';
import { findArticleBody } from '../../src/kompas/article-body.ts';
import modelData from '../../src/ner/model.json';
import { loadModel, type ModelData } from '../../src/ner/model.ts';
import { shippedModel, useModel } from '../../src/ner/recognize.ts';
import { parseArticleDocument } from '../../src/reader/parse-article.ts';

// The model is bundled here and decoded before any timing, as the extension does before recognising.
shippedModel();

/**
 * Makes a newly decoded model the recogniser's, outside any timing: its word records and tables are empty, as in a
 * page just loaded, where the content script has decoded a model of its own. Timed with the records of an earlier
 * run, recognising would leave out most of what it costs a page: scoring each word form the first time it is met.
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

(globalThis as unknown as { bench: unknown }).bench = {
  hasBody: () => (findArticleBody(document) ? 1 : 0),
  /** Readability's parse of a copy of the page, as the reader does it. */
  readability: () => time(() => new Readability(document.cloneNode(true) as Document).parse()),
  /**
   * The reader's decoration: over the reader's own article body (the pipeline's output, made once outside the
   * timing), placed in the page, recognise, index, and wrap every mention in an element.
   */
  reader: () => {
    readerContent ??= readerBody();
    const body = readerContent.cloneNode(true) as Element;
    // The reader opens over a page whose mentions are highlighted, as in the extension.
    collectGarbage?.();
    const registry = (CSS as unknown as { highlights: HighlightRegistryLike }).highlights;
    const HighlightClass = (globalThis as unknown as { Highlight: new () => HighlightLike }).Highlight;
    const pageMap = pageTextMap(findArticleBody(document)!);
    registerEntityHighlights(pageMap, findPageMentions(pageMap), ALL_TYPES, registry, () => new HighlightClass());
    document.body.append(body);
    const elapsed = time(() => {
      const map = buildTextMap(body);
      const mentions = findMentions(map);
      const index = indexEntities(mentions);
      markMentions(map, mentions, { typeLabels: LABELS, entityOfMention: index.entityOfMention });
    });
    body.remove();
    clearEntityHighlights(registry);
    return elapsed;
  },
  /**
   * The page's highlighting, with the recogniser as a page has it when it loads (freshRecognizer): recognise the live
   * body, register Custom Highlights; then take them off. The entity
   * index is left out as the extension leaves it out: it is made when the panel first asks (a stage of its own below).
   */
  page: () => {
    const registry = (CSS as unknown as { highlights: HighlightRegistryLike }).highlights;
    const HighlightClass = (globalThis as unknown as { Highlight: new () => HighlightLike }).Highlight;
    freshRecognizer();
    const elapsed = time(() => {
      const map = pageTextMap(findArticleBody(document)!);
      const mentions = findPageMentions(map);
      registerEntityHighlights(map, mentions, ALL_TYPES, registry, () => new HighlightClass());
    });
    clearEntityHighlights(registry);
    return elapsed;
  },
  /**
   * The page path's stages, each timed on its own and repeated `rounds` times so that sub-millisecond stages rise
   * above the browser's timer resolution: reading the body, recognising its blocks, following names, indexing,
   * registering the highlights; recognising twice, with a fresh recogniser each run (the median run) and with one
   * that has read the article's words before. Milliseconds per run of each.
   */
  stages: (rounds = 20) => {
    const registry = (CSS as unknown as { highlights: HighlightRegistryLike }).highlights;
    const HighlightClass = (globalThis as unknown as { Highlight: new () => HighlightLike }).Highlight;
    const body = findArticleBody(document)!;
    const map = pageTextMap(body);
    const blocks = articleBlocks(map);
    const recognise = () => blocks.flatMap((block) => mentionsInBlock(map.text.slice(block.start, block.end), block.start));
    const recognised = recognise();
    const mentions = propagateNames(map.text, blocks, recognised);
    const perRun = (run: () => unknown) => time(() => { for (let i = 0; i < rounds; i++) run(); }) / rounds;
    // One run per fresh recogniser, so the median of single runs, as the page's figure is.
    const fresh: number[] = [];
    for (let i = 0; i < rounds; i++) {
      freshRecognizer();
      fresh.push(time(recognise));
    }
    // The models decoded above are garbage now: collected before the runs timed together, which one collection
    // would otherwise fall into.
    collectGarbage?.();
    const figures = [
      perRun(() => articleBlocks(pageTextMap(body))),
      fresh.sort((a, b) => a - b)[rounds >> 1]!,
      perRun(recognise),
      perRun(() => propagateNames(map.text, blocks, recognised)),
      perRun(() => indexEntities(mentions)),
      perRun(() => registerEntityHighlights(map, mentions, ALL_TYPES, registry, () => new HighlightClass())),
    ];
    clearEntityHighlights(registry);
    return figures;
  },
  /**
   * The reader path's stages, timed like `stages`: reading the body, finding mentions, indexing, wrapping them; and
   * finding mentions again with what the page's highlighting recognised, as the extension does when both run.
   */
  readerStages: (rounds = 20) => {
    collectGarbage?.();
    readerContent ??= readerBody();
    const map = buildTextMap(readerContent);
    const mentions = findMentions(map);
    const index = indexEntities(mentions);
    const perRun = (run: () => unknown) => time(() => { for (let i = 0; i < rounds; i++) run(); }) / rounds;
    // What the page's highlighting recognised, as the extension shares it with the reader.
    const recognitions: BlockRecognitions = new Map();
    const pageMap = pageTextMap(findArticleBody(document)!);
    mentionsInBlocks(pageMap.text, articleBlocks(pageMap), recognitions);
    const copies = Array.from({ length: rounds }, () => readerContent!.cloneNode(true) as Element);
    const maps = copies.map((copy) => buildTextMap(copy));
    let next = 0;
    return [
      perRun(() => buildTextMap(readerContent!)),
      perRun(() => findMentions(map)),
      perRun(() => indexEntities(mentions)),
      perRun(() => markMentions(maps[next++]!, mentions, { typeLabels: LABELS, entityOfMention: index.entityOfMention })),
      perRun(() => findMentions(map, recognitions)),
    ];
  },
  recogniseOnly: () => {
    const map = pageTextMap(findArticleBody(document)!);
    const blocks = articleBlocks(map);
    for (let i = 0; i < 20; i++) blocks.flatMap((block) => mentionsInBlock(map.text.slice(block.start, block.end), block.start));
    return 0;
  },
  words: () => (findArticleBody(document)!.textContent ?? '').trim().split(/\s+/).length,
  elements: () => document.getElementsByTagName('*').length,
};
