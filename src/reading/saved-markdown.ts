/**
 * A saved article as Markdown, with its highlights and notes: the article's text to read anywhere, then each
 * highlight as a quote followed by its note, as the highlights' Markdown export writes them (src/notes/export.ts).
 *
 * Markdown is built, not converted: every piece of the article's text is escaped (`markdownLiteral`) so that nothing
 * in it reads as markup; notes are Markdown already and go in as written. The body is the article's clean text (the
 * text highlights anchor to); an article saved without its text gives the text of its reader HTML, read without a DOM
 * (the background, a service worker in Chrome, has none).
 */

import { markdownLiteral } from '../notes/export.ts';
import { byPosition } from '../notes/group-by-article.ts';
import type { Highlight } from '../notes/highlight.ts';
import type { ArticleRecord, SavedArticle } from './article-record.ts';

const LABELS = {
  id: { highlights: 'Sorotan dan catatan', saved: 'Disimpan', source: 'Sumber', image: 'Foto' },
  en: { highlights: 'Highlights and notes', saved: 'Saved', source: 'Source', image: 'Photo' },
} as const;

/** Tags that end a block of text: a paragraph break in the text read from HTML. */
const BLOCK_TAG = /<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|tr|section|article|br)\b[^>]*>/gi;
const ANY_TAG = /<[^>]*>/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The paragraphs of reader HTML as text. Good enough for a copy to read: it never becomes HTML again. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(BLOCK_TAG, '\n\n')
    .replace(ANY_TAG, '')
    .split(/\n{2,}/)
    .map((paragraph) => decodeEntities(paragraph).replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

export interface SavedMarkdownInput {
  article: ArticleRecord;
  saved: SavedArticle;
  /** The article's clean text, or null when recorded without it. */
  text: string | null;
  /** The article's highlights, in any order. */
  highlights: readonly Highlight[];
  language?: 'id' | 'en';
}

/** One saved article as a Markdown document. */
export function savedArticleMarkdown({ article, saved, text, highlights, language = 'id' }: SavedMarkdownInput): string {
  const labels = LABELS[language];
  const lines = [`# ${markdownLiteral(article.title)}`, ''];
  const byline = [article.section, article.author, article.published?.slice(0, 10)].filter((part): part is string => !!part);
  if (byline.length) lines.push(`*${byline.map(markdownLiteral).join(' · ')}*`, '');
  lines.push(`${labels.source}: <${article.url}> · ${labels.saved} ${saved.savedAt.slice(0, 10)}`, '');
  if (saved.image?.caption) lines.push(`*${labels.image}: ${markdownLiteral(saved.image.caption)}*`, '');
  const body = text !== null && text.trim() !== '' ? text : textOfHtml(saved.contentHtml);
  for (const paragraph of body.split(/\n{2,}/)) {
    const clean = paragraph.replace(/\s*\n\s*/g, ' ').trim();
    if (clean) lines.push(markdownLiteral(clean), '');
  }
  const own = highlights.filter((h) => h.articleUrl === article.url).sort(byPosition);
  if (own.length) {
    lines.push(`## ${labels.highlights}`, '');
    for (const h of own) {
      lines.push(...h.selectors[0].exact.split('\n').map((line) => `> ${markdownLiteral(line)}`), '');
      if (h.note) lines.push(h.note, '');
      const meta = [h.colour, h.createdAt.slice(0, 10), ...h.tags.map((t) => `#${markdownLiteral(t)}`)];
      lines.push(`<sub>${meta.join(' · ')}</sub>`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Several saved articles in one document, separated by rules, in the order given. */
export function savedArticlesMarkdown(inputs: readonly SavedMarkdownInput[]): string {
  return inputs.map(savedArticleMarkdown).join('\n---\n\n');
}
