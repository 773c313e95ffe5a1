/** The library's view of highlights: by article, articles with the latest change first, highlights in reading order. */

import type { Highlight } from './highlight.ts';

/** One article's highlights as the library shows them. */
export interface ArticleGroup {
  articleUrl: string;
  title: string;
  section: string | null;
  /** In reading order (by position in the article). */
  highlights: Highlight[];
  /** The newest `updatedAt` among them; groups are listed newest first. */
  updatedAt: string;
}

/** Reading order: by position in the article. */
export const byPosition = (a: Highlight, b: Highlight) => a.selectors[1].start - b.selectors[1].start;

/** Groups highlights by article, articles with the most recent change first, highlights in reading order. */
export function groupByArticle(highlights: readonly Highlight[]): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  for (const h of highlights) {
    let group = groups.get(h.articleUrl);
    if (!group) {
      group = { articleUrl: h.articleUrl, title: h.title, section: h.section, highlights: [], updatedAt: h.updatedAt };
      groups.set(h.articleUrl, group);
    }
    group.highlights.push(h);
    if (h.updatedAt > group.updatedAt) {
      group.updatedAt = h.updatedAt;
      group.title = h.title || group.title;
    }
  }
  for (const group of groups.values()) group.highlights.sort(byPosition);
  return [...groups.values()].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}
