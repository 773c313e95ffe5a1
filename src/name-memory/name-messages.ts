/**
 * The message that reaches the name memory in the background: only the extension's own pages may forget every
 * remembered name (`names/forget`). Pages never talk to the memory: the background reads it while it reads an
 * article for them (`entities/article`, NameMemoryAccess.articleMemory), so a page can neither list what the reader
 * has read nor hand the memory names of its own choosing.
 */
import { isRecord } from '../validation/is-record.ts';

/** Extension page -> background: forget every remembered name. */
export interface NamesForgetRequest {
  type: 'names/forget';
}

export type NamesMessage = NamesForgetRequest;

/**
 * Names one article may teach: a long report introduces a few dozen people and bodies; an article that gives more is
 * one made to fill the memory.
 */
export const MAX_REMEMBER_NAMES = 100;
/** Remembered names one article is read with at most: more than any article writes. */
export const MAX_RECALLED_NAMES = 1_000;

const TYPES: readonly string[] = ['names/forget'];

export class InvalidNamesMessageError extends Error {
  override name = 'InvalidNamesMessageError';
}

export const isNamesMessageType = (type: unknown): type is NamesMessage['type'] => typeof type === 'string' && TYPES.includes(type);

/** Returns the typed message, or throws `InvalidNamesMessageError` saying what is wrong with it. */
export function parseNamesMessage(value: unknown): NamesMessage {
  if (!isRecord(value)) throw new InvalidNamesMessageError('message has no type');
  if (value.type === 'names/forget') return { type: 'names/forget' };
  throw new InvalidNamesMessageError(`unknown message type "${String(value.type)}"`);
}
