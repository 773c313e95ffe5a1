/**
 * For tests of the library and the note panel: a `NotesClient` over the real `NotesAccess`, `NotesService` and
 * `NotesStore` on a fresh fake-indexeddb factory, sending as `sender` (an extension page unless told), passing each
 * message through a structured clone as `runtime.sendMessage` would, and rejecting with `NotesRequestError` as
 * `requestNotes` does. Test files must `import 'fake-indexeddb/auto'` first.
 */
import { IDBFactory } from 'fake-indexeddb';
import type { Highlight } from '../../src/notes/highlight.ts';
import { isNotesError, type NotesMessage, type NotesResponses } from '../../src/notes/messages.ts';
import { NotesAccess } from '../../src/notes/notes-access.ts';
import { NotesService } from '../../src/notes/notes-service.ts';
import type { Sender } from '../../src/messages/sender-policy.ts';
import { NotesStore, openNotesDb } from '../../src/notes/store.ts';
import { NotesRequestError } from '../shared/notes-client.ts';
import type { NotesClient } from './notes-port.ts';

export interface TestNotes {
  client: NotesClient;
  store: NotesStore;
  /** The gate the client sends through: its tickets can be issued directly. */
  access: NotesAccess;
  /** Every message sent, in order. */
  sent: NotesMessage[];
  close(): void;
}

export async function testNotes(highlights: readonly Highlight[] = [], sender: Sender = { kind: 'extension-page' }): Promise<TestNotes> {
  const store = new NotesStore(await openNotesDb(new IDBFactory()));
  if (highlights.length > 0) await store.merge(highlights);
  const access = new NotesAccess(new NotesService(store, { now: () => new Date('2026-02-03T04:05:06Z') }));
  const sent: NotesMessage[] = [];
  const request = async <M extends NotesMessage>(message: M): Promise<NotesResponses[M['type']]> => {
    sent.push(message);
    const reply = structuredClone(await access.handle(structuredClone(message), sender));
    if (isNotesError(reply)) throw new NotesRequestError(reply.error.code, reply.error.message, reply.error.import);
    return reply as NotesResponses[M['type']];
  };
  return { client: { request }, store, access, sent, close: () => store.close() };
}

/** Waits until `check` stops throwing (the UI has caught up with the database), or fails with its last error. */
export async function waitFor<T>(check: () => T, timeoutMs = 3000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
