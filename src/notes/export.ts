/**
 * Highlights out of the extension: as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), which
 * other annotation tools read and `import.ts` reads back without loss, and as Markdown for reading and pasting.
 */

import type { HighlightSelectors } from '../anchoring/types.ts';
import type { Colour, Highlight } from './highlight.ts';
import { groupByArticle } from './group-by-article.ts';
import type { ReadingBackup } from '../reading/reading-backup.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/**
 * Property holding what the Web Annotation vocabulary has no term for (colour, article title and section, named
 * entities). An absolute IRI (a URN: no web address to claim), so JSON-LD processors keep it without a context entry and other
 * tools ignore it safely.
 */
export const EXTENSION_PROPERTY = 'urn:teman-baca-kompas:highlight';
/**
 * Top-level property of a backup beside the collection's own: the reading memory (src/reading/reading-backup.ts). An
 * absolute IRI like `EXTENSION_PROPERTY`, so the file stays a valid AnnotationCollection for other tools.
 */
export const READING_PROPERTY = 'urn:teman-baca-kompas:reading';
export const EXPORT_LABEL = 'Teman Baca Kompas';

/** Our fields kept under `EXTENSION_PROPERTY`. */
export interface HighlightExtension {
  colour: Colour;
  title: string;
  section: string | null;
  entities: string[];
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  /** `commenting` for the note, `tagging` for each tag. */
  purpose: 'commenting' | 'tagging';
  format?: 'text/markdown';
  language?: string;
}

export interface Annotation {
  '@context'?: typeof ANNOTATION_CONTEXT;
  /** `urn:uuid:<highlight id>`. */
  id: string;
  type: 'Annotation';
  /** `highlighting` for a bare highlight, `commenting` when it has a note. */
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: HighlightSelectors };
  [EXTENSION_PROPERTY]: HighlightExtension;
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  /** All annotations in one page: exports are files, not paged web resources. */
  first: { type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
  /** The reading memory, in a backup made with it. */
  [READING_PROPERTY]?: ReadingBackup;
}

export function toAnnotation(h: Highlight): Annotation {
  const body: TextualBody[] = [];
  if (h.note) body.push({ type: 'TextualBody', value: h.note, format: 'text/markdown', purpose: 'commenting' });
  for (const tag of h.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: `urn:uuid:${h.id}`,
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: h.createdAt,
    modified: h.updatedAt,
    ...(body.length ? { body } : {}),
    target: { source: h.articleUrl, selector: h.selectors },
    [EXTENSION_PROPERTY]: { colour: h.colour, title: h.title, section: h.section, entities: h.entities },
  };
}

/** The collection, oldest highlight first so diffs of successive exports stay small. */
export function toAnnotationCollection(highlights: readonly Highlight[]): AnnotationCollection {
  const items = [...highlights].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)).map(toAnnotation);
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: `${EXPORT_LABEL} highlights`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The highlights as a Web Annotation collection, with the reading memory beside them when given. */
export function exportJson(highlights: readonly Highlight[], reading?: ReadingBackup): string {
  const collection = toAnnotationCollection(highlights);
  if (reading) collection[READING_PROPERTY] = reading;
  return JSON.stringify(collection, null, 2);
}

/** Markdown-significant characters in text that must read literally (titles, quotes, tags). */
export function markdownLiteral(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** Article sections with their highlights as quotes, each followed by its note and tags. */
export function exportMarkdown(highlights: readonly Highlight[]): string {
  const lines = [`# ${EXPORT_LABEL}`, ''];
  for (const group of groupByArticle(highlights)) {
    lines.push(`## [${markdownLiteral(group.title || group.articleUrl)}](<${group.articleUrl}>)`, '');
    if (group.section) lines.push(`*${markdownLiteral(group.section)}*`, '');
    for (const h of group.highlights) {
      lines.push(...h.selectors[0].exact.split('\n').map((line) => `> ${markdownLiteral(line)}`), '');
      if (h.note) lines.push(h.note, '');
      const meta = [h.colour, h.createdAt.slice(0, 10), ...h.tags.map((t) => `#${markdownLiteral(t)}`)];
      lines.push(`<sub>${meta.join(' · ')}</sub>`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
