/**
 * The background: the one place that owns extension-wide state. It trusts nothing it receives: every message is
 * parsed, and only messages from this extension's own scripts are acted on.
 */
import browser from 'webextension-polyfill';
import { InvalidMessageError, parseMessage } from '../../src/messages/messages.ts';
import { isNotesMessageType } from '../../src/notes/messages.ts';
import { NotesService } from '../../src/notes/notes-service.ts';
import { NotesStore, openNotesDb } from '../../src/notes/store.ts';

const BADGE_COLOR = '#0b57a4';
/** Keyboard commands declared in the manifest, and the message each sends to the active tab. */
const COMMAND_MESSAGES: Record<string, { type: 'reader/toggle' }> = {
  'toggle-reader': { type: 'reader/toggle' },
};

browser.commands.onCommand.addListener(async (command: string) => {
  const message = COMMAND_MESSAGES[command];
  if (!message) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // Outside kompas.com there is no content script to answer; the shortcut then does nothing, as it should.
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
});

/**
 * Only this extension's own scripts may talk to the background: its pages, and its content scripts on kompas.com.
 * (Web pages cannot reach `runtime.onMessage` at all without `externally_connectable`; this also holds the line
 * against another extension's messages and content scripts on other sites.)
 */
function isOwnSender(sender: browser.Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (!sender.tab) return true;
  try {
    const origin = new URL(sender.url ?? '').hostname;
    return origin === 'kompas.com' || origin.endsWith('.kompas.com');
  } catch {
    return false;
  }
}

/** The database opens on first use; a service worker that was stopped opens it again when it wakes. */
let notes: Promise<NotesService> | null = null;
function notesService(): Promise<NotesService> {
  notes ??= openNotesDb()
    .then((db) => new NotesService(new NotesStore(db)))
    .catch((error: unknown) => {
      notes = null;
      throw error;
    });
  return notes;
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isOwnSender(sender)) {
    return Promise.resolve({ error: { code: 'invalid-message', message: 'sender is not part of this extension' } });
  }
  if (typeof raw === 'object' && raw !== null && isNotesMessageType((raw as { type?: unknown }).type)) {
    return notesService().then(
      (service) => service.handle(raw),
      (error: unknown) => ({ error: { code: 'storage-failed', message: `the database could not be opened: ${String(error)}` } }),
    );
  }
  let message;
  try {
    message = parseMessage(raw);
  } catch (error) {
    return Promise.resolve({ error: error instanceof InvalidMessageError ? error.message : 'invalid message' });
  }
  switch (message.type) {
    case 'clutter/count': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return Promise.resolve({ error: 'clutter/count must come from a tab' });
      const text = message.count > 0 ? String(message.count) : '';
      return Promise.all([
        browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
        browser.action.setBadgeText({ tabId, text }),
      ]).then(() => ({ ok: true }));
    }
    default:
      // Requests meant for content scripts are not the background's to answer.
      return undefined;
  }
});
