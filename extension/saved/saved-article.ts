/**
 * A saved article as the reader view shows it, built from what the database keeps. The stored HTML is sanitised
 * AGAIN here: this page runs with the extension's privileges, and a stored record is no more trusted than a page.
 * Images inside the body are left out: the saved page fetches nothing (it reads offline), and the lead image comes
 * from the stored blob.
 */
import type { ReaderArticle } from '../../src/reader/reader-article.ts';
import { readParagraphs, sanitizeContent } from '../../src/reader/sanitize-content.ts';
import { formatIndonesianDate } from '../../src/reader/format-date.ts';
import { readingMinutes } from '../../src/reader/reader-article.ts';
import type { ReadingArticle } from '../../src/reading/reading-messages.ts';

/** Elements that would fetch from the network. */
const FETCHING = 'img, picture, source, video, audio, iframe';

export function savedReaderArticle(reply: ReadingArticle, imageSrc: string | null, parser: DOMParser = new DOMParser()): ReaderArticle | null {
  const { article, saved } = reply;
  if (!article || !saved) return null;
  // An inert document: nothing in it runs or loads while it is read.
  const doc = parser.parseFromString(`<!doctype html><body>${saved.contentHtml}`, 'text/html');
  const clean = sanitizeContent(doc.body, article.url);
  for (const element of [...clean.querySelectorAll(FETCHING)]) element.remove();
  const paragraphs = readParagraphs(clean);
  const textContent = paragraphs.join('\n\n');
  return {
    url: article.url,
    canonicalUrl: article.url,
    language: article.language,
    title: article.title,
    section: article.section,
    byline: { author: article.author, editor: null },
    published: article.published ? { iso: article.published, formatted: formatIndonesianDate(article.published.slice(0, 19)) ?? article.published.slice(0, 10) } : null,
    leadImage: imageSrc ? { src: imageSrc, caption: saved.imageCaption, credit: '' } : null,
    contentHtml: clean.innerHTML,
    textContent,
    paragraphs,
    wordCount: article.words,
    readingMinutes: readingMinutes(article.words),
    tags: [],
    pages: 1,
    partial: false,
    contentWarning: false,
  };
}
