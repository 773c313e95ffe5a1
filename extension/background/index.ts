/**
 * The background: the one place that owns extension-wide state. It trusts nothing it receives: every message is
 * parsed, only messages from this extension's own scripts are acted on, and each of those gets what its kind of
 * sender may have (`classifySender`, `NotesAccess`).
 */
import browser from 'webextension-polyfill';
import { isContentPartRequestType, parseContentPartRequest } from '../../src/messages/content-part-request.ts';
import { isEntityArticleRequest, parseEntityArticleRequest } from '../../src/messages/entity-article-request.ts';
import { InvalidMessageError, parseMessage } from '../../src/messages/messages.ts';
import { classifySender } from '../../src/messages/sender-policy.ts';
import { NameMemoryAccess } from '../../src/name-memory/name-memory-access.ts';
import { isNamesMessageType } from '../../src/name-memory/name-messages.ts';
import { NameStore, openNamesDb } from '../../src/name-memory/name-store.ts';
import { isNotesFamilyType, NotesAccess } from '../../src/notes/notes-access.ts';
import { NotesService } from '../../src/notes/notes-service.ts';
import { NotesStore, openNotesDb, type NotesDb } from '../../src/notes/store.ts';
import { ReadingAccess } from '../../src/reading/reading-access.ts';
import { isReadingMessageType } from '../../src/reading/reading-messages.ts';
import type { ModelData } from '../../src/ner/index.ts';
import { libraryEntityPath, NER_MODEL_FILE } from '../shared/extension-files.ts';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/settings-store.ts';
import { injectContentPart } from './content-parts.ts';
import { articleRecognition } from './entity-recognition.ts';
import { fetchLeadImage } from './lead-image.ts';
import { createSelectionMenuItem, onKeyboardCommand, onSelectionMenuClick, showTabBadge, type OptionalApis } from './optional-apis.ts';

const BADGE_COLOR = '#0b57a4';
/** Keyboard commands declared in the manifest, and the message each sends to the active tab. */
const COMMAND_MESSAGES: Record<string, { type: 'reader/toggle' | 'highlights/selection' | 'highlights/focus-toolbar' | 'highlights/note' }> = {
  'toggle-reader': { type: 'reader/toggle' },
  'highlight-selection': { type: 'highlights/selection' },
  'focus-highlight-toolbar': { type: 'highlights/focus-toolbar' },
  'note-selection': { type: 'highlights/note' },
};
const CONTEXT_MENU_ID = 'highlight-selection';

/** The namespaces Firefox for Android lacks, each looked for before use (optional-apis.ts). */
const optional: OptionalApis = browser;

browser.runtime.onInstalled.addListener(() => {
  createSelectionMenuItem(optional, { id: CONTEXT_MENU_ID, title: browser.i18n.getMessage('contextHighlight') });
});

onSelectionMenuClick(optional, {
  id: CONTEXT_MENU_ID,
  onClick: (tab, frameId) => {
    if (tab.id === undefined) return;
    void browser.tabs.sendMessage(tab.id, { type: 'highlights/selection' }, { frameId }).catch(() => undefined);
  },
});

onKeyboardCommand(optional, (command) => {
  const message = COMMAND_MESSAGES[command];
  if (!message) return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
    // Outside kompas.com there is no content script to answer; the shortcut then does nothing, as it should.
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});

/**
 * The notes database (highlights and the reading memory) opens on first use, once for both; a service worker that
 * was stopped opens it again when it wakes. A failed opening is tried again on the next message.
 */
let notesDb: Promise<NotesDb> | null = null;
function openedNotesDb(): Promise<NotesDb> {
  notesDb ??= openNotesDb().catch((error: unknown) => {
    notesDb = null;
    throw error;
  });
  return notesDb;
}

/**
 * The note panels' tickets and grants and the tabs' save counts live with the highlights' gate, in memory only:
 * after a restart a panel left open is refused and asks the reader to open the note again, and nothing stored is lost.
 */
let notes: Promise<NotesAccess> | null = null;
function notesAccess(): Promise<NotesAccess> {
  notes ??= openedNotesDb()
    .then((db) => new NotesAccess(new NotesService(new NotesStore(db), {
      // A backup carries the history settings, and restoring one restores them.
      history: {
        load: async () => (await loadSettings()).history,
        save: async (history) => void (await updateSettings((current) => ({ ...current, history }))),
      },
    })))
    .catch((error: unknown) => {
      notes = null;
      throw error;
    });
  return notes;
}

/** When retention last ran, in extension storage: a service worker wakes many times an hour. */
const RETENTION_RUN_KEY = 'readingRetentionRunAt';

/** The reading memory's gate: history, saved articles and entities across articles, in the same database. */
const reading = new ReadingAccess(openedNotesDb, {
  history: async () => (await loadSettings()).history,
  fetchImage: (src) => fetchLeadImage(src),
  openEntity: async (key) => {
    await browser.tabs.create({ url: browser.runtime.getURL(libraryEntityPath(key)) });
  },
  retentionClock: {
    last: async () => {
      const stored = (await browser.storage.local.get(RETENTION_RUN_KEY))[RETENTION_RUN_KEY];
      return typeof stored === 'number' ? stored : null;
    },
    mark: (time) => browser.storage.local.set({ [RETENTION_RUN_KEY]: time }),
  },
});

/** A retention run that failed is tried again on the next wake. */
const reportRetention = (error: unknown) => console.warn('Teman Baca: the reading history could not be trimmed', error);
// On waking (at most once an hour, the clock says), and at once when the reader changes the retention.
reading.applyRetention().catch(reportRetention);
let retention: string | null = null;
void loadSettings().then((settings) => (retention ??= settings.history.retention), () => undefined);

/**
 * The names remembered from articles read: loaded from their own database when a page first asks, and asked at
 * every message whether the reader still wants them.
 */
const nameMemory = new NameMemoryAccess(async () => new NameStore(await openNamesDb()), {
  enabled: async () => (await loadSettings()).entities.rememberNames,
  report: (error) => console.warn('Teman Baca: the name memory is unavailable', error),
});

// Switching the memory off forgets what it holds: the reader expects "off" to leave nothing behind.
onSettingsChanged((settings) => {
  if (settings.history.retention !== retention) {
    retention = settings.history.retention;
    reading.applyRetention(true).catch(reportRetention);
  }
  if (settings.entities.rememberNames) return;
  nameMemory.forget().catch((error: unknown) => console.error('Teman Baca: remembered names could not be forgotten', error));
});

/** The model is a file of the extension, read from the extension's own origin: no page can reach it. */
async function fetchModelData(): Promise<ModelData> {
  const response = await fetch(browser.runtime.getURL(NER_MODEL_FILE));
  if (!response.ok) throw new Error(`the entity model could not be read (${response.status} ${response.statusText})`);
  return (await response.json()) as ModelData;
}

browser.tabs.onRemoved.addListener((tabId: number) => {
  void notes?.then((access) => access.forgetTab(tabId), () => undefined);
  reading.forgetTab(tabId);
});

const recognizeArticle = articleRecognition(fetchModelData, () => new Promise<void>((resolve) => setTimeout(resolve, 0)));

/** The answer to a message its parser refused, saying why. */
function refused(error: unknown): Promise<{ error: { code: 'invalid-message'; message: string } }> {
  const reason = error instanceof InvalidMessageError ? error.message : 'invalid message';
  return Promise.resolve({ error: { code: 'invalid-message', message: reason } });
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const base = new URL(browser.runtime.getURL(''));
  const own = { id: browser.runtime.id, origin: `${base.protocol}//${base.host}` };
  const from = classifySender(sender, own);
  if (!from) {
    return Promise.resolve({ error: { code: 'invalid-message', message: 'sender is not part of this extension' } });
  }
  if (typeof raw === 'object' && raw !== null && isNamesMessageType((raw as { type?: unknown }).type)) {
    return nameMemory.handle(raw, from);
  }
  if (typeof raw === 'object' && raw !== null && isReadingMessageType((raw as { type?: unknown }).type)) {
    return reading.handle(raw, from);
  }
  if (typeof raw === 'object' && raw !== null && isNotesFamilyType((raw as { type?: unknown }).type)) {
    return notesAccess().then(
      (access) => access.handle(raw, from),
      (error: unknown) => ({ error: { code: 'storage-failed', message: `the database could not be opened: ${String(error)}` } }),
    );
  }
  if (isEntityArticleRequest(raw)) {
    let request;
    try {
      request = parseEntityArticleRequest(raw);
    } catch (error) {
      return refused(error);
    }
    return recognizeArticle({
      paragraphs: request.paragraphs,
      pageNames: request.pageNames,
      memory: nameMemory.articleMemory(from, request.remember),
    }).catch((error: unknown) => ({
      error: { code: 'recognizer-failed', message: error instanceof Error ? error.message : String(error) },
    }));
  }
  if (isContentPartRequestType(raw)) {
    let request;
    try {
      request = parseContentPartRequest(raw);
    } catch (error) {
      return refused(error);
    }
    return injectContentPart(request, from, (injection) => browser.scripting.executeScript(injection));
  }
  let message;
  try {
    message = parseMessage(raw);
  } catch (error) {
    return refused(error);
  }
  switch (message.type) {
    case 'clutter/count': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) {
        return Promise.resolve({ error: { code: 'invalid-message', message: 'clutter/count must come from a tab' } });
      }
      const text = message.count > 0 ? String(message.count) : '';
      // Without a badge (Firefox for Android) the count is still the popup's to show: the message is answered alike.
      return showTabBadge(optional, tabId, text, BADGE_COLOR).then(() => ({ ok: true }));
    }
    default:
      // Requests meant for content scripts are not the background's to answer.
      return undefined;
  }
});
