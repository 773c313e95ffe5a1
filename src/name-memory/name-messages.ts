/**
 * The messages that reach the name memory in the background. A content script asks which remembered names its
 * article writes (`names/recall`) and gives the names the article teaches (`names/remember`); only the extension's
 * own pages may forget them all (`names/forget`). Each is parsed here, with limits, before anything reads the memory.
 */
import type { ArticleName } from '../entities/article.ts';
import { isRecord } from '../validation/is-record.ts';
import { isRememberable } from './name-memory.ts';

/** Content script -> background: the remembered names that `texts` (an article's paragraphs) write. */
export interface NamesRecallRequest {
  type: 'names/recall';
  texts: string[];
}

/** The answer to `names/recall`: only names the texts write, never the rest of the memory. */
export interface RecalledNames {
  names: ArticleName[];
}

/** Content script -> background: names an article teaches, by the remembering rule (remembered-names.ts). */
export interface NamesRememberRequest {
  type: 'names/remember';
  names: ArticleName[];
}

/** Extension page -> background: forget every remembered name. */
export interface NamesForgetRequest {
  type: 'names/forget';
}

export type NamesMessage = NamesRecallRequest | NamesRememberRequest | NamesForgetRequest;

/** As `entities/recognize` takes: the paragraphs of the longest article, and no more. */
export const MAX_RECALL_TEXTS = 2_000;
export const MAX_RECALL_CHARACTERS = 1_000_000;
/**
 * Names one article may teach: a long report introduces a few dozen people and bodies; a page that sends more is
 * trying to fill the memory.
 */
export const MAX_REMEMBER_NAMES = 100;
/** Remembered names one answer to `names/recall` carries at most: more than any article writes. */
export const MAX_RECALLED_NAMES = 1_000;

const TYPES: readonly string[] = ['names/recall', 'names/remember', 'names/forget'];

export class InvalidNamesMessageError extends Error {
  override name = 'InvalidNamesMessageError';
}

export const isNamesMessageType = (type: unknown): type is NamesMessage['type'] => typeof type === 'string' && TYPES.includes(type);

/** A list of names the memory could hold, at most `max` of them; throws `InvalidNamesMessageError` otherwise. */
function parseNames(value: unknown, max: number, what: string): ArticleName[] {
  if (!Array.isArray(value)) throw new InvalidNamesMessageError(`${what} needs a list of names`);
  if (value.length > max) throw new InvalidNamesMessageError(`${what} takes at most ${max} names, not ${value.length}`);
  return value.map((item: unknown) => {
    if (!isRememberable(item)) throw new InvalidNamesMessageError(`${what}: not a name the memory may hold`);
    return { name: item.name, type: item.type };
  });
}

/** Returns the typed message, or throws `InvalidNamesMessageError` saying what is wrong with it. */
export function parseNamesMessage(value: unknown): NamesMessage {
  if (!isRecord(value)) throw new InvalidNamesMessageError('message has no type');
  switch (value.type) {
    case 'names/recall': {
      const texts = value.texts;
      if (!Array.isArray(texts) || !texts.every((text): text is string => typeof text === 'string')) {
        throw new InvalidNamesMessageError('names/recall needs a list of texts');
      }
      if (texts.length > MAX_RECALL_TEXTS) {
        throw new InvalidNamesMessageError(`names/recall takes at most ${MAX_RECALL_TEXTS} texts, not ${texts.length}`);
      }
      const characters = texts.reduce((sum, text) => sum + text.length, 0);
      if (characters > MAX_RECALL_CHARACTERS) {
        throw new InvalidNamesMessageError(`names/recall takes at most ${MAX_RECALL_CHARACTERS} characters, not ${characters}`);
      }
      return { type: 'names/recall', texts };
    }
    case 'names/remember':
      return { type: 'names/remember', names: parseNames(value.names, MAX_REMEMBER_NAMES, 'names/remember') };
    case 'names/forget':
      return { type: 'names/forget' };
    default:
      throw new InvalidNamesMessageError(`unknown message type "${String(value.type)}"`);
  }
}

/**
 * The background's answer to `names/recall` of `texts`: names the memory may hold that the texts contain (a name
 * the article does not contain is not taken, whatever the answer says).
 */
export function parseRecalledNames(value: unknown, texts: readonly string[]): ArticleName[] {
  if (!isRecord(value)) throw new InvalidNamesMessageError('malformed recalled names');
  const names = parseNames(value.names, MAX_RECALLED_NAMES, 'recalled names');
  return names.filter(({ name }) => texts.some((text) => text.includes(name)));
}
