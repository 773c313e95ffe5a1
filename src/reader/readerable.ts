/**
 * Whether to offer the reader on a page. Every kompas.com page load runs this, so it imports only Readability's
 * small readerability check, not Readability: the reader's code is loaded when the reader first opens.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { isArticleUrl } from '../kompas/article-url.ts';
import { articleBodyLength } from '../kompas/metadata.ts';

/**
 * Shortest paragraph that counts towards `isProbablyReaderable`'s score. Its default (140 characters) suits long-form
 * prose; Kompas's house style is one or two sentences per paragraph, often under 140, and with the default whole
 * news articles score zero.
 */
const READERABLE_MIN_PARAGRAPH = 80;
/** Readability's own default score threshold: with the shorter minimum, about three ordinary paragraphs reach it. */
const READERABLE_MIN_SCORE = 20;

/**
 * Body text that makes a page in a known Kompas body container an article even when Readability's check scores it
 * zero (text in `<br>`-separated spans, no `<p>`): a short news article has well over this much.
 */
const KNOWN_BODY_MIN_LENGTH = 600;

/**
 * Whether to offer the reader on this page: a kompas.com article address whose document Readability expects to
 * read, or whose known article body holds enough text. Cheap enough to run on every page load (no copy, no parse).
 */
export function isReaderable(doc: Document, url: string): boolean {
  if (!isArticleUrl(url)) return false;
  return isProbablyReaderable(doc, { minContentLength: READERABLE_MIN_PARAGRAPH, minScore: READERABLE_MIN_SCORE }) ||
    articleBodyLength(doc) >= KNOWN_BODY_MIN_LENGTH;
}
