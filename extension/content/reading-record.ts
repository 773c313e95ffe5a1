/**
 * The page's part of the reading memory: what it tells the background about the article read, built from what the
 * page already has (its metadata, the article body's text as the entity highlighting reads it, the entity panel's
 * list), and how far the reader got. The background validates and stores it (src/reading/reading-access.ts).
 *
 * Cheap on purpose: no Readability parse and no serialising of the DOM to record a reading, one rectangle read per
 * throttled scroll, and one message at an idle moment (again when the reader opens, with the reader's text, and a
 * progress report when the tab is hidden or left).
 */
import type { TextMap } from '../../src/dom-text/text-map.ts';
import { articleBlocks, pageTextMap } from '../../src/entities/page-mentions.ts';
import { findArticleBody } from '../../src/kompas/article-body.ts';
import { isKompasHost } from '../../src/kompas/article-url.ts';
import type { KompasMetadata } from '../../src/kompas/metadata.ts';
import type { EntityListItem } from '../../src/messages/messages.ts';
import { canonicalArticleUrl } from '../../src/notes/canonical-url.ts';
import type { ReadEntity, ReadingRecord } from '../../src/reading/article-record.ts';
import type { ReadingSaveRequest } from '../../src/reading/reading-messages.ts';
import { articleLanguage } from '../../src/reader/article-language.ts';
import { toWibIso } from '../../src/reader/format-date.ts';
import { countWords, type ReaderArticle } from '../../src/reader/reader-article.ts';

/** Paragraphs of the article text, as the reader's text joins them (and highlights anchor to). */
const PARAGRAPH_BREAK = '\n\n';
/** At most one progress reading per this many milliseconds of scrolling. */
export const PROGRESS_THROTTLE_MS = 250;

/** The article body's text as the entity highlighting reads it: its article blocks, one paragraph each. */
export function articleTextOf(map: TextMap): string {
  return articleBlocks(map)
    .map((block) => map.text.slice(block.start, block.end).replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join(PARAGRAPH_BREAK);
}

/** The article body's text read from the page, for when the entity highlighting has not read it. */
export function readArticleText(doc: Document): string | null {
  const body = findArticleBody(doc);
  return body ? articleTextOf(pageTextMap(body)) : null;
}

/** The panel's entities as a reading lists them: one per name and type, with its mentions. */
export function readEntities(entities: readonly EntityListItem[]): ReadEntity[] {
  return entities.map((entity) => ({ name: entity.name, type: entity.type, count: Math.max(1, entity.count) }));
}

export interface PageFacts {
  /** The page's address as the browser has it (`location.href`). */
  url: string;
  metadata: KompasMetadata;
  /** The article body's text (`articleTextOf`). */
  text: string;
  entities: readonly EntityListItem[];
  readFraction: number;
  doc: Document;
}

/**
 * A reading of the article as the page shows it; null when the page is no article. Filed under the page's own
 * canonical address, never the one its metadata names: the background accepts a page's report of its own article only.
 */
export function pageReading({ url, metadata, text, entities, readFraction, doc }: PageFacts): ReadingRecord | null {
  const canonical = canonicalArticleUrl(url);
  const title = (metadata.title ?? doc.title).trim();
  if (canonical === null || title === '') return null;
  return {
    url: canonical,
    title,
    section: metadata.section,
    author: metadata.author,
    published: metadata.publishedLocal === null ? null : toWibIso(metadata.publishedLocal),
    words: countWords(text),
    readFraction: clampFraction(readFraction),
    language: articleLanguage(doc, text.slice(0, 5_000)),
    text,
    entities: readEntities(entities),
  };
}

/** A reading of the article as the reader view shows it: its paragraphs are the text highlights anchor to. */
export function readerReading(pageUrl: string, article: ReaderArticle, entities: readonly EntityListItem[], readFraction: number): ReadingRecord | null {
  const canonical = canonicalArticleUrl(pageUrl);
  if (canonical === null || article.title.trim() === '') return null;
  return {
    url: canonical,
    title: article.title,
    section: article.section,
    author: article.byline.author,
    published: article.published?.iso ?? null,
    words: article.wordCount,
    readFraction: clampFraction(readFraction),
    language: article.language,
    text: article.paragraphs.join(PARAGRAPH_BREAK),
    entities: readEntities(entities),
  };
}

/**
 * "Simpan" for the reader's article: its sanitised HTML, its lead image (on kompas.com, over the page's own scheme,
 * https on kompas.com: the background fetches nothing else) and its reading, recorded with it if it was not.
 */
export function saveRequest(pageUrl: string, article: ReaderArticle, entities: readonly EntityListItem[], readFraction: number): ReadingSaveRequest | null {
  const record = readerReading(pageUrl, article, entities, readFraction);
  if (record === null) return null;
  const lead = article.leadImage;
  const src = lead ? onKompasOverPageScheme(lead.src, pageUrl) : null;
  return {
    type: 'reading/save',
    url: record.url,
    contentHtml: article.contentHtml,
    image: lead && src ? { src, alt: '', caption: [lead.caption, lead.credit].filter(Boolean).join(' ') } : null,
    record,
  };
}

function onKompasOverPageScheme(src: string, pageUrl: string): string | null {
  try {
    const url = new URL(src);
    if (!isKompasHost(url.hostname) || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
    url.protocol = new URL(pageUrl).protocol;
    url.port = '';
    return url.href;
  } catch {
    return null;
  }
}

const clampFraction = (value: number): number => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

/** How far through `body` the bottom of the viewport is, 0 to 1, from one rectangle. */
export function fractionRead(body: Element, viewportHeight: number): number {
  const rect = body.getBoundingClientRect();
  if (rect.height <= 0) return 0;
  return clampFraction((viewportHeight - rect.top) / rect.height);
}

/**
 * The furthest fraction of the article body scrolled past, followed with a passive scroll listener at most every
 * `PROGRESS_THROTTLE_MS`, on the page or in the reader (whose shadow root sees its own scrolling).
 */
export class ReadingProgress {
  private furthest = 0;
  private last = -Infinity;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private stopTracking: (() => void) | null = null;

  constructor(private readonly view: Window, private readonly now: () => number = () => view.performance.now()) {}

  get fraction(): number {
    return this.furthest;
  }

  /** Follows scrolling on `target` against `body` (read anew each time: the page may replace it); stops the previous. */
  track(target: EventTarget, body: () => Element | null): void {
    this.stopTracking?.();
    const measure = () => {
      this.pending = undefined;
      this.last = this.now();
      const element = body();
      if (element) this.furthest = Math.max(this.furthest, fractionRead(element, this.view.innerHeight));
    };
    const onScroll = () => {
      if (this.pending !== undefined) return;
      const wait = PROGRESS_THROTTLE_MS - (this.now() - this.last);
      this.pending = setTimeout(measure, Math.max(0, wait));
    };
    const options = { passive: true, capture: true } as const;
    target.addEventListener('scroll', onScroll, options);
    measure();
    this.stopTracking = () => {
      target.removeEventListener('scroll', onScroll, options);
      clearTimeout(this.pending);
      this.pending = undefined;
    };
  }

  stop(): void {
    this.stopTracking?.();
    this.stopTracking = null;
  }
}

/**
 * Sends `report()` whenever the page is hidden or left, if the progress went further than last sent: the moments a
 * reader stops reading, and the last ones a page is sure to have.
 */
export function reportProgressOnLeave(doc: Document, progress: ReadingProgress, report: (fraction: number) => void): () => void {
  const view = doc.defaultView;
  let sent = 0;
  const flush = () => {
    if (progress.fraction > sent) {
      sent = progress.fraction;
      report(sent);
    }
  };
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') flush();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  view?.addEventListener('pagehide', flush);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    view?.removeEventListener('pagehide', flush);
  };
}
