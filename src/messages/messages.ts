/**
 * Messages between the extension's parts. Every receiver validates what it gets with `parseMessage`: a message
 * from a page, an old version or a bug is answered with an error and changes nothing.
 */

/** Popup -> content script: how many clutter items this page hides, and whether hiding is on. */
export interface ClutterStatusRequest {
  type: 'clutter/status';
}

export interface ClutterStatus {
  hidden: number;
  enabled: boolean;
}

/** Content script -> background: the hidden count changed, for the toolbar badge. */
export interface ClutterCountReport {
  type: 'clutter/count';
  count: number;
}

/** Popup or keyboard command -> content script: open the reader, or close it when it is open. */
export interface ReaderToggleRequest {
  type: 'reader/toggle';
}

/** Popup -> content script: whether this page offers the reader, and whether it is open. */
export interface ReaderStatusRequest {
  type: 'reader/status';
}

export interface ReaderStatus {
  /** The page is an article the reader can show. */
  available: boolean;
  open: boolean;
}

export type Message = ClutterStatusRequest | ClutterCountReport | ReaderToggleRequest | ReaderStatusRequest;

export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Returns the typed message, or throws `InvalidMessageError` saying what is wrong with it. */
export function parseMessage(value: unknown): Message {
  if (!isRecord(value) || typeof value.type !== 'string') throw new InvalidMessageError('message has no type');
  switch (value.type) {
    case 'clutter/status':
      return { type: 'clutter/status' };
    case 'reader/toggle':
      return { type: 'reader/toggle' };
    case 'reader/status':
      return { type: 'reader/status' };
    case 'clutter/count': {
      const count = value.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 100_000) {
        throw new InvalidMessageError('clutter/count needs a non-negative integer count');
      }
      return { type: 'clutter/count', count };
    }
    default:
      throw new InvalidMessageError(`unknown message type "${value.type}"`);
  }
}

export function parseClutterStatus(value: unknown): ClutterStatus {
  if (!isRecord(value) || typeof value.hidden !== 'number' || typeof value.enabled !== 'boolean') {
    throw new InvalidMessageError('malformed clutter status');
  }
  return { hidden: value.hidden, enabled: value.enabled };
}

export function parseReaderStatus(value: unknown): ReaderStatus {
  if (!isRecord(value) || typeof value.available !== 'boolean' || typeof value.open !== 'boolean') {
    throw new InvalidMessageError('malformed reader status');
  }
  return { available: value.available, open: value.open };
}
