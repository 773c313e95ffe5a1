/**
 * The article as the reader view, the entity highlighter and the notes see it: one model built from a kompas.com
 * page by `parseArticle`, with no DOM nodes in it, so it can be stored, sent between contexts and rendered anywhere.
 */

import type { LeadImage } from '../kompas/metadata.ts';

export type { LeadImage };

export interface ReaderArticle {
  /** Address of the page the reader was opened on. */
  url: string;
  /**
   * The language the article is written in (article-language.ts): its text's when clear, else the page's `<html
   * lang>`, else "id". Screen readers pick their voice by it, and kompas.com also publishes in English.
   */
  language: string;
  /** The page's canonical address (`link[rel=canonical]` / og:url); equals `url` when the page names none. */
  canonicalUrl: string;
  title: string;
  /** Section name, e.g. "Regional"; null when the page names none. */
  section: string | null;
  byline: {
    /** Writer (for columns, the columnist); null when the page names none. */
    author: string | null;
    /** Editor; null when the page names none. */
    editor: string | null;
  };
  published: {
    /** `YYYY-MM-DDTHH:MM:SS+07:00`: Kompas dates are WIB wall-clock times, so the offset is always WIB's. */
    iso: string;
    /** The same time as Kompas readers read it: "Sabtu, 4 Maret 2023, 14:05 WIB". */
    formatted: string;
  } | null;
  /** The picture above the body; its `src` is the real image, not the lazy-loading placeholder. */
  leadImage: LeadImage | null;
  /**
   * The body as sanitised HTML, rebuilt from an allow-list (sanitize-content.ts): text structure, links, images,
   * figures, lists, tables, quotes and code, with no comments, no event handlers, styles, ids or classes; links and
   * images only with http(s) addresses (links also mailto), made absolute; lazy images carry their real `src`. Safe to
   * set as innerHTML in our own view: parsing it again creates nothing it did not hold.
   */
  contentHtml: string;
  /** The body's text, block elements separated by blank lines. */
  textContent: string;
  /** Text of each block (paragraph, heading, list item, quote) of the body, in order, whitespace collapsed. */
  paragraphs: string[];
  wordCount: number;
  /** Minutes at `WORDS_PER_MINUTE`, rounded up, at least 1. */
  readingMinutes: number;
  tags: string[];
  /** Pages the article is split over on the site; the model holds all of them unless `partial`. */
  pages: number;
  /** True when the article is split and its other pages could not be loaded: the model holds the page at hand. */
  partial: boolean;
  /**
   * True when the site shows the article behind a sensitive-content warning (kompas/sensitive-content.ts): the reader
   * asks before showing it as well.
   */
  contentWarning: boolean;
}

/**
 * Reading speed for Indonesian news prose. Indonesian words are long (many affixes), so adults read fewer of them per
 * minute than English words; 200 is the figure Indonesian news sites commonly use for their reading-time labels.
 */
export const WORDS_PER_MINUTE = 200;

/** Counts words as runs of letters or digits, so punctuation and stray symbols are not words. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}
