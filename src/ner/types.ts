/** The three entity kinds of the idner-news-2k guideline. */
export type EntityType = 'PER' | 'LOC' | 'ORG';

/** One recognised entity in a text. */
export interface Entity {
  /** Offset of the first character in the input string (UTF-16 code units). */
  start: number;
  /** Offset just past the last character, so `text.slice(start, end)` is the entity. */
  end: number;
  type: EntityType;
  /** The entity as it appears in the input. */
  text: string;
}

/** BIO tags in the order the model stores its weights; the order is part of the model format. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export type Tag = (typeof TAGS)[number];

export const TAG_COUNT = TAGS.length;

/** A token of the input with its place in the original string. */
export interface Token {
  text: string;
  start: number;
  end: number;
}
