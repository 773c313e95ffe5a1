import type { EntityType, Tag } from './types.ts';

/** One sentence of a CoNLL file: the tokens (first column) and, when the file has one, the gold tag (last column). */
export interface ConllSentence {
  words: string[];
  /** Gold tags mapped to PER/LOC/ORG; `null` for files with a single column. */
  tags: Tag[] | null;
}

/** NERGrit names its types differently; NERP's extra types (events, food) have no counterpart and read as O. */
const TYPE_ALIASES: Record<string, EntityType> = {
  PER: 'PER', PERSON: 'PER', PPL: 'PER',
  LOC: 'LOC', PLACE: 'LOC', PLC: 'LOC',
  ORG: 'ORG', ORGANISATION: 'ORG', ORGANIZATION: 'ORG', IND: 'ORG',
};

/** Maps a gold tag of any supported corpus to the recogniser's tag set. */
export function normaliseTag(raw: string): Tag {
  const match = /^([BI])-(.+)$/.exec(raw);
  if (match === null) return 'O';
  const type = TYPE_ALIASES[match[2]!.toUpperCase()];
  return type === undefined ? 'O' : (`${match[1]}-${type}` as Tag);
}

/** The line CoNLL-2003 puts before each article, as its only token. */
export const DOCSTART = '-DOCSTART-';

/** One article of a CoNLL file. */
export interface ConllDocument {
  /** Whether a `-DOCSTART-` line opened it; sentences before the first such line, or in a file without one, are not. */
  marked: boolean;
  sentences: ConllSentence[];
}

/**
 * Parses CoNLL text into articles: whitespace-separated columns, blank line between sentences, CRLF tolerated. In a
 * file with `-DOCSTART-` lines each one opens an article (sentences before the first make an unmarked one); a file
 * without them is one article per sentence, since nothing says which sentences belong together.
 */
export function parseConllDocuments(text: string): ConllDocument[] {
  const lines = text.split(/\r?\n/);
  // Whether sentences are grouped into articles at all.
  const grouped = lines.some((line) => line.trim().split(/\s+/)[0] === DOCSTART);
  const documents: ConllDocument[] = [];
  let document: ConllDocument | null = null;
  let words: string[] = [];
  let tags: Tag[] = [];
  let hasTags = true;
  const flush = (): void => {
    if (words.length > 0) {
      const sentence = { words, tags: hasTags ? tags : null };
      if (grouped) {
        if (document === null) documents.push((document = { marked: false, sentences: [] }));
        document.sentences.push(sentence);
      } else {
        documents.push({ marked: false, sentences: [sentence] });
      }
    }
    words = [];
    tags = [];
    hasTags = true;
  };
  for (const line of lines) {
    const columns = line.trim().split(/\s+/);
    if (columns[0] === undefined || columns[0] === '') {
      flush();
      continue;
    }
    if (columns[0] === DOCSTART) {
      flush();
      documents.push((document = { marked: true, sentences: [] }));
      continue;
    }
    words.push(columns[0]);
    if (columns.length > 1) tags.push(normaliseTag(columns[columns.length - 1]!));
    else hasTags = false;
  }
  flush();
  return documents;
}

/** Parses CoNLL text into its sentences, in file order; `-DOCSTART-` lines only separate them. */
export function parseConll(text: string): ConllSentence[] {
  return parseConllDocuments(text).flatMap((document) => document.sentences);
}

/** A tagged article to print: its sentences' tokens and one tag per token. */
export interface TaggedDocument {
  marked: boolean;
  sentences: ReadonlyArray<{ words: readonly string[]; tags: readonly string[] }>;
}

/**
 * CoNLL text of tagged articles: `token<TAB>tag` per line, a blank line between sentences, and a marked article's
 * `-DOCSTART-<TAB>O` line (a sentence of its own, as CoNLL-2003 writes it) before its sentences.
 */
export function formatConllDocuments(documents: readonly TaggedDocument[]): string {
  const chunks: string[] = [];
  for (const document of documents) {
    if (document.marked) chunks.push(`${DOCSTART}\tO`);
    for (const sentence of document.sentences) {
      chunks.push(sentence.words.map((word, index) => `${word}\t${sentence.tags[index] ?? 'O'}`).join('\n'));
    }
  }
  return chunks.length > 0 ? `${chunks.join('\n\n')}\n` : '';
}

/** A typed token span [start, end) over a sentence's tokens. */
export interface Span {
  start: number;
  end: number;
  type: EntityType;
}

/** Chunks BIO tags into spans the way conlleval does: an I- tag after a different type starts a new entity. */
export function tagsToSpans(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const prefix = tag.charAt(0);
    const type = tag.slice(2) as EntityType;
    const continues = prefix === 'I' && open !== null && open.type === type;
    if (continues) {
      open!.end = i + 1;
      continue;
    }
    if (open !== null) spans.push(open);
    open = prefix === 'B' || prefix === 'I' ? { start: i, end: i + 1, type } : null;
  }
  if (open !== null) spans.push(open);
  return spans;
}

/** Precision, recall and F1 of one entity type or of all of them. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export type Evaluation = Record<EntityType | 'ALL', Score>;

/** Exact-span, exact-type scoring per type and micro-averaged overall, as conlleval. */
export function evaluate(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): Evaluation {
  const counts = { PER: [0, 0, 0], LOC: [0, 0, 0], ORG: [0, 0, 0], ALL: [0, 0, 0] };
  for (let s = 0; s < gold.length; s++) {
    const goldSpans = tagsToSpans(gold[s]!);
    const predSpans = tagsToSpans(predicted[s] ?? []);
    const goldKeys = new Set(goldSpans.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const g of goldSpans) {
      counts[g.type][0]!++;
      counts.ALL[0]!++;
    }
    for (const p of predSpans) {
      counts[p.type][1]!++;
      counts.ALL[1]!++;
      if (goldKeys.has(`${p.start}:${p.end}:${p.type}`)) {
        counts[p.type][2]!++;
        counts.ALL[2]!++;
      }
    }
  }
  const score = ([g, p, c]: number[]): Score => {
    const precision = p! === 0 ? 0 : c! / p!;
    const recall = g! === 0 ? 0 : c! / g!;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1, gold: g!, predicted: p!, correct: c! };
  };
  return { PER: score(counts.PER), LOC: score(counts.LOC), ORG: score(counts.ORG), ALL: score(counts.ALL) };
}
