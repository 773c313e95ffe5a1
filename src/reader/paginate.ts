/**
 * Split articles. Kompas cuts long articles into pages (`.read__paging`) and serves the whole text at `?page=all`;
 * the reader shows the whole article once, so it fetches that, or failing that each page, and merges them.
 *
 * Every request goes to the article's own origin: addresses are built from the page's own URL, and `fetchSameOrigin`
 * refuses anything else before the injected fetcher sees it.
 */

import { END_OF_ARTICLE_SELECTOR, PAGING_SELECTOR } from '../kompas/clutter-selectors.ts';

/** Fetches a page's HTML; rejects on network or HTTP errors. The content script passes a same-origin `fetch`. */
export type FetchText = (url: string) => Promise<string>;
/** Parses HTML fetched from `url` into an inert document (no scripts run, nothing loads). */
export type ParseHtml = (html: string, url: string) => Document;

/** A request the reader refused to make because it would leave the article's origin. */
export class CrossOriginRequestError extends Error {
  constructor(readonly target: string, readonly origin: string) {
    super(`Refused to fetch ${target}: only ${origin} may be fetched`);
    this.name = 'CrossOriginRequestError';
  }
}

/** How a page is split. */
export interface Paging {
  /** 1-based number of the page at hand. */
  current: number;
  total: number;
  /** Absolute address of every page, in order (`pageUrls[0]` is page 1); all on the article's origin. */
  pageUrls: string[];
  /** Absolute address of the whole article (`?page=all`). */
  allUrl: string;
}

/** Where the whole article came from. */
export type WholeArticleSource =
  /** Not split, or already the `?page=all` page: the document at hand. */
  | 'single'
  /** The `?page=all` page, fetched. */
  | 'page-all'
  /** Each page fetched and merged in order. */
  | 'pages'
  /** Split, but neither way worked: the page at hand only (see `problems`). */
  | 'current-page-only';

export interface WholeArticle {
  /** The whole article's page. Never the live document when anything was merged into it. */
  document: Document;
  /** Pages the article is split over on the site (1 when not split). */
  pages: number;
  source: WholeArticleSource;
  /** What went wrong on the way, one line each; empty when nothing did. */
  problems: string[];
}

export interface LoadOptions {
  fetchText: FetchText;
  /** Defaults to the document's own `DOMParser`. */
  parseHtml?: ParseHtml;
}

const PAGE_PARAMETER = 'page';
/** The body container of today's layout, innermost first; pages are merged inside it. */
const BODY_CONTAINERS = ['.read__content .clearfix', '.read__content'];

/** `url` with `page=value`, keeping its other parameters and dropping the fragment. */
function withPage(url: string, value: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set(PAGE_PARAMETER, value);
  parsed.hash = '';
  return parsed.href;
}

/** The `?page=all` address of an article (same origin, other parameters kept). */
export function allPagesUrl(url: string): string {
  return withPage(url, 'all');
}

/** Resolves `target` against `pageUrl` and returns it when it is on the same origin; throws otherwise. */
export function sameOriginUrl(target: string, pageUrl: string): string {
  const origin = new URL(pageUrl).origin;
  let resolved: URL;
  try {
    resolved = new URL(target, pageUrl);
  } catch {
    throw new CrossOriginRequestError(target, origin);
  }
  if (resolved.origin !== origin) throw new CrossOriginRequestError(resolved.href, origin);
  return resolved.href;
}

/** Fetches `target` through `fetchText` only if it is on `pageUrl`'s origin. */
export function fetchSameOrigin(fetchText: FetchText, target: string, pageUrl: string): Promise<string> {
  let url: string;
  try {
    url = sameOriginUrl(target, pageUrl);
  } catch (error) {
    return Promise.reject(error);
  }
  return fetchText(url);
}

/** How `doc` (at `url`) is split, or null when it is not split or is already the whole article. */
export function detectPaging(doc: Document, url: string): Paging | null {
  const parsed = new URL(url);
  if (parsed.searchParams.get(PAGE_PARAMETER) === 'all') return null;
  const paging = doc.querySelector(PAGING_SELECTOR);
  if (!paging) return null;
  let total = 0;
  for (const link of Array.from(paging.querySelectorAll('a[href]'))) {
    try {
      const number = Number(new URL(link.getAttribute('href') ?? '', url).searchParams.get(PAGE_PARAMETER));
      if (Number.isInteger(number) && number > total) total = number;
    } catch {
      // A broken link says nothing about the page count.
    }
  }
  const current = Math.max(1, Number(parsed.searchParams.get(PAGE_PARAMETER)) || 1);
  total = Math.max(total, current);
  if (total < 2) return null;
  // Built from the article's own address rather than taken from the links, so every request stays on its origin.
  const pageUrls = Array.from({ length: total }, (_, index) => withPage(url, String(index + 1)));
  return { current, total, pageUrls, allUrl: allPagesUrl(url) };
}

function defaultParser(doc: Document): ParseHtml {
  const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
  return (html) => new Parser().parseFromString(html, 'text/html');
}

/** Parses fetched HTML and pins its base address, so relative links and images resolve against the fetched page. */
function parseAt(parseHtml: ParseHtml, html: string, url: string): Document {
  const doc = parseHtml(html, url);
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    (doc.head ?? doc.documentElement).prepend(base);
  }
  return doc;
}

/** The article's nodes on one page: the body container's children before the paging links and end marker. */
function articleNodes(doc: Document): { container: Element; nodes: Node[]; marker: Node | null } | null {
  // One selector list would return the outer container first (document order), so each is tried in turn.
  let container: Element | null = null;
  for (const selector of BODY_CONTAINERS) {
    container = doc.querySelector(selector);
    if (container) break;
  }
  if (!container) return null;
  const nodes: Node[] = [];
  let marker: Node | null = null;
  for (const child of Array.from(container.childNodes)) {
    if (child.nodeType === 1 && ((child as Element).matches(PAGING_SELECTOR) ||
        (child as Element).matches(END_OF_ARTICLE_SELECTOR))) {
      marker = child;
      break;
    }
    nodes.push(child);
  }
  return { container, nodes, marker };
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Fetches every page and merges their bodies, in order, into a copy of the page at hand. */
async function mergePages(doc: Document, paging: Paging, url: string, options: Required<LoadOptions>): Promise<Document> {
  const pages = await Promise.all(paging.pageUrls.map((pageUrl, index) =>
    index + 1 === paging.current
      ? Promise.resolve(doc)
      : fetchSameOrigin(options.fetchText, pageUrl, url).then((html) => parseAt(options.parseHtml, html, pageUrl)),
  ));
  const merged = doc.cloneNode(true) as Document;
  const target = articleNodes(merged);
  if (!target) throw new Error('The page has no article body to merge pages into');
  for (const node of target.nodes) node.parentNode?.removeChild(node);
  pages.forEach((page, index) => {
    const source = articleNodes(page);
    if (!source) throw new Error(`Page ${index + 1} has no article body`);
    for (const node of source.nodes) target.container.insertBefore(merged.importNode(node, true), target.marker);
  });
  return merged;
}

/**
 * The whole article that `doc` (the page at `url`) belongs to: `doc` itself when it is not split; else the
 * `?page=all` page; else every page merged; else, with the reasons in `problems`, `doc` alone. Never rejects:
 * a reader of one page is better than none.
 */
export async function loadWholeArticle(doc: Document, url: string, options: LoadOptions): Promise<WholeArticle> {
  const paging = detectPaging(doc, url);
  if (!paging) return { document: doc, pages: 1, source: 'single', problems: [] };
  const resolved: Required<LoadOptions> = { fetchText: options.fetchText, parseHtml: options.parseHtml ?? defaultParser(doc) };
  const problems: string[] = [];
  try {
    const html = await fetchSameOrigin(resolved.fetchText, paging.allUrl, url);
    const whole = parseAt(resolved.parseHtml, html, paging.allUrl);
    const body = articleNodes(whole);
    // A page=all that came back without a body (an error page, a consent wall) is no whole article.
    if (body && body.nodes.some((node) => (node.textContent ?? '').trim() !== '')) {
      return { document: whole, pages: paging.total, source: 'page-all', problems };
    }
    problems.push(`${paging.allUrl} has no article body`);
  } catch (error) {
    problems.push(`Whole article (${paging.allUrl}): ${describe(error)}`);
  }
  try {
    const merged = await mergePages(doc, paging, url, resolved);
    return { document: merged, pages: paging.total, source: 'pages', problems };
  } catch (error) {
    problems.push(`Pages one by one: ${describe(error)}`);
  }
  return { document: doc, pages: paging.total, source: 'current-page-only', problems };
}
