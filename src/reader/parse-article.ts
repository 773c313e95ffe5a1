/**
 * The reader pipeline: whole article → copy → clean → Readability → `ReaderArticle`. This is what the content script
 * calls; everything Kompas-specific sits in `src/kompas`, everything about the model in `reader-article.ts`.
 * Whether to offer the reader at all is `readerable.ts`, which page loads run without loading Readability itself.
 */

import { Readability } from '@mozilla/readability';
import { readKompasMetadata, type KompasMetadata } from '../kompas/metadata.ts';
import { hasSensitiveContentWarning } from '../kompas/sensitive-content.ts';
import { articleLanguage } from './article-language.ts';
import { cleanDocument } from './clean-document.ts';
import { formatIndonesianDate, toWibIso } from './format-date.ts';
import { detectPaging, loadWholeArticle, type FetchText, type ParseHtml } from './paginate.ts';
import { countWords, readingMinutes, type ReaderArticle } from './reader-article.ts';
import { readParagraphs, sanitizeContent } from './sanitize-content.ts';

export interface ParseOptions {
  /** Fetches same-origin pages of a split article; without it a split article is read from the page at hand only. */
  fetchText?: FetchText;
  parseHtml?: ParseHtml;
}

/** How the document handed to `parseArticleDocument` relates to the article on the site. */
export interface PagesInfo {
  /** Pages the article is split over (1 when not split). */
  pages: number;
  /** True when `doc` holds only some of them. */
  partial: boolean;
}

/** Removes the body's copy of the lead image, which the view shows above the body with its caption. */
function dropLeadImageCopy(content: Element, leadSrc: string | undefined): void {
  if (!leadSrc) return;
  for (const image of Array.from(content.getElementsByTagName('img'))) {
    if (image.getAttribute('src') !== leadSrc) continue;
    const figure = image.closest('figure');
    (figure && content.contains(figure) ? figure : image).remove();
  }
}

function publishedOf(metadata: KompasMetadata): ReaderArticle['published'] {
  if (!metadata.publishedLocal) return null;
  const iso = toWibIso(metadata.publishedLocal);
  const formatted = formatIndonesianDate(metadata.publishedLocal);
  return iso && formatted ? { iso, formatted } : null;
}

/**
 * Reads the article in `doc`, the page at `url`, without fetching anything; `doc` is not changed. Null when
 * Readability finds no article. The benchmark times exactly this.
 */
export function parseArticleDocument(doc: Document, url: string, info: PagesInfo = { pages: 1, partial: false }):
  ReaderArticle | null {
  const metadata = readKompasMetadata(doc, url);
  const copy = doc.cloneNode(true) as Document;
  cleanDocument(copy, url);
  const parsed = new Readability<Element>(copy, { serializer: (node) => node as Element }).parse();
  if (!parsed?.content) return null;
  const content = sanitizeContent(parsed.content, url);
  dropLeadImageCopy(content, metadata.leadImage?.src);
  const paragraphs = readParagraphs(content);
  const textContent = paragraphs.join('\n\n');
  const wordCount = countWords(textContent);
  return {
    url,
    language: articleLanguage(doc, textContent),
    canonicalUrl: metadata.canonicalUrl ?? url,
    title: metadata.title ?? parsed.title?.trim() ?? doc.title,
    section: metadata.section,
    byline: { author: metadata.author ?? (parsed.byline?.trim() || null), editor: metadata.editor },
    published: publishedOf(metadata),
    leadImage: metadata.leadImage,
    contentHtml: content.innerHTML,
    textContent,
    paragraphs,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    tags: metadata.tags,
    pages: info.pages,
    partial: info.partial,
    contentWarning: hasSensitiveContentWarning(doc),
  };
}

/**
 * The content script's entry point: reads the whole article that `doc` (the live page at `url`) belongs to,
 * fetching the other pages of a split article from the same origin through `options.fetchText`. The live page is
 * never changed. Resolves to null when the page holds no article.
 */
export async function parseArticle(doc: Document, url: string, options: ParseOptions = {}): Promise<ReaderArticle | null> {
  if (!options.fetchText) {
    const paging = detectPaging(doc, url);
    return parseArticleDocument(doc, url, { pages: paging?.total ?? 1, partial: paging !== null });
  }
  const whole = await loadWholeArticle(doc, url, { fetchText: options.fetchText, parseHtml: options.parseHtml });
  const article = parseArticleDocument(whole.document, url, {
    pages: whole.pages,
    partial: whole.source === 'current-page-only',
  });
  // The warning is the live page's, whichever document the pages were joined into.
  return article && { ...article, contentWarning: article.contentWarning || hasSensitiveContentWarning(doc) };
}
