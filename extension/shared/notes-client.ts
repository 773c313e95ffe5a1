/**
 * The one way the extension's pages and content scripts reach the highlights database: a typed message to the
 * background, whose reply is either the typed result or an error that this turns into a `NotesRequestError`.
 * Extension pages send `notes/*` (`requestNotes`); content scripts send `page/*` (`requestPage`), scoped by the
 * background to their own article.
 */
import {
  isNotesError,
  type NotesErrorCode,
  type NotesMessage,
  type NotesResponses,
} from '../../src/notes/messages.ts';
import type { PageMessage, PageResponses } from '../../src/notes/page-messages.ts';
import type { ImportError } from '../../src/notes/import.ts';
import { sendToBackground } from './background-request.ts';

export class NotesRequestError extends Error {
  override name = 'NotesRequestError';
  constructor(
    /** `unreachable` when the background did not answer at all (stopped mid-request, extension reloaded). */
    readonly code: NotesErrorCode | 'unreachable',
    message: string,
    readonly importError?: ImportError,
  ) {
    super(message);
  }
}

async function send(message: NotesMessage | PageMessage): Promise<unknown> {
  const reply = await sendToBackground(message, (reason) => new NotesRequestError('unreachable', reason));
  if (isNotesError(reply)) throw new NotesRequestError(reply.error.code, reply.error.message, reply.error.import);
  return reply;
}

/** Sends a notes message and resolves to its typed result; rejects with `NotesRequestError`, never silently. */
export async function requestNotes<M extends NotesMessage>(message: M): Promise<NotesResponses[M['type']]> {
  return (await send(message)) as NotesResponses[M['type']];
}

/** Sends a content script's message about its own page's highlights; rejects with `NotesRequestError`. */
export async function requestPage<M extends PageMessage>(message: M): Promise<PageResponses[M['type']]> {
  return (await send(message)) as PageResponses[M['type']];
}
