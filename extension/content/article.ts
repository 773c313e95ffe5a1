/**
 * Runs on every kompas.com page once it has loaded. On articles it offers the reader (a floating button, the
 * keyboard command, the popup button, or at once by a setting), highlights the story's people, places and
 * organisations, and draws the reader's highlights.
 *
 * What runs at load is kept small: the highlights, the page's entities and the reader are parts of their own, which
 * the background injects into this script's world in later tasks, at an idle moment or on first use
 * (parts/load-part.ts), so the page's start-up never waits for them and no single task of ours is long. The
 * recogniser and its model stay in the background.
 */
import type { KompasMetadata } from '../../src/kompas/metadata.ts';
import { findArticleBody } from '../../src/kompas/article-body.ts';
import { isArticleUrl } from '../../src/kompas/article-url.ts';
import {
  parseMessage,
  type EntityListItem,
  type HighlightStatus,
  type Message,
  type ReaderSaveResult,
  type ReaderStatus,
} from '../../src/messages/messages.ts';
import type { ReadingMessage } from '../../src/reading/reading-messages.ts';
import type { ReaderArticle } from '../../src/reader/reader-article.ts';
import { isReaderable } from '../../src/reader/readerable.ts';
import { DEFAULT_ENTITY_SETTINGS, type EntitySettings } from '../../src/settings/entity-settings.ts';
import type { EntityMessageKey } from '../entities/entity-messages.ts';
import { mountReaderButton } from '../reader/mount-reader-button.ts';
import type { ReaderHandle } from '../reader/mount-reader.ts';
import type { ReaderMessageKey } from '../reader/reader-messages.ts';
import { DEFAULT_READER_SETTINGS, type ReaderSettings } from '../reader/reader-settings.ts';
import { t } from '../shared/i18n.ts';
import { nativeExtensionApi } from '../shared/native-extension-api.ts';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/settings-store.ts';
import type { HighlightMessageKey } from './highlights/highlight-messages.ts';
import type { HistoryMessageKey } from './history-messages.ts';
import type { NotesController } from './highlights/notes-controller.ts';
import type { PageEntities } from './page-entities.ts';
import { loadContentPart } from './parts/load-part.ts';
import { ReaderController } from './reader-controller.ts';
import type { ReaderEntities } from './reader-entities.ts';
import type { ReadingReporter } from './reading-reporter.ts';

/** Same-origin only: the reader's pagination code refuses other origins before this is called. */
async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { credentials: 'include' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** A part that could not load leaves the page as it was; the console says which and why (parts/load-part.ts). */
function reportFailure(error: unknown): void {
  console.error(error);
}

/** Runs `task` once the browser is idle after load, so it never competes with the page's own start-up. */
function whenIdle(task: () => void): void {
  const scope = window as unknown as { requestIdleCallback?: (callback: () => void, options: { timeout: number }) => void };
  if (scope.requestIdleCallback) scope.requestIdleCallback(task, { timeout: 1500 });
  else setTimeout(task, 200);
}

/**
 * Whether this page is an article the reader can show: decided on first need, not while this module is evaluated.
 * Readability's check reads the document's paragraphs, up to 10 ms in code not yet optimised on a freshly started
 * browser, and the module's evaluation is a task of the browser's module loading already.
 */
let readerable: boolean | undefined;
const isAvailable = (): boolean => (readerable ??= isReaderable(document, location.href));
let readerSettings: ReaderSettings = DEFAULT_READER_SETTINGS;
let entitySettings: EntitySettings = DEFAULT_ENTITY_SETTINGS;
const entityStrings = (key: EntityMessageKey, ...substitutions: string[]) => t(key, ...substitutions);
const saveEntitySettings = (settings: EntitySettings) => {
  entitySettings = settings;
  void updateSettings((current) => ({ ...current, entities: settings }));
};

/** The page's entity highlighting, loaded with the recogniser on first need. */
let pageEntities: Promise<PageEntities> | null = null;
function loadPageEntities(): Promise<PageEntities> {
  pageEntities ??= loadContentPart('entities').then(({ PageEntities }) => new PageEntities(document, entitySettings, entityStrings));
  pageEntities.catch(() => (pageEntities = null));
  return pageEntities;
}
let readerEntities: ReaderEntities | null = null;

/**
 * Title and section for the highlights' records and the reading's report, read from the page's metadata when first
 * needed, by the notes part's reader of it (not carried by the start-up script).
 */
let metadataRead: KompasMetadata | undefined;
const metadataWith = (read: (doc: Document, url: string) => KompasMetadata) => (): KompasMetadata =>
  (metadataRead ??= read(document, location.href));
/**
 * The reader's highlights and notes on articles: their code is loaded in a task of its own right after this one, so
 * the selection toolbar is ready within moments; drawing the stored highlights waits for an idle moment.
 */
let notes: Promise<NotesController> | null = null;
function loadNotes(): Promise<NotesController> | null {
  if (!isAvailable()) return null;
  notes ??= loadContentPart('notes').then(({ NotesController, readKompasMetadata }) => {
    const metadata = metadataWith(readKompasMetadata);
    return new NotesController(document, {
      strings: (key: HighlightMessageKey, ...substitutions: string[]) => t(key, ...substitutions),
      article: () => ({ url: location.href, title: metadata().title ?? document.title, section: metadata().section }),
    });
  });
  notes.catch(() => (notes = null));
  return notes;
}

/** The reading memory's switch ("Ingat artikel yang saya baca"); the background checks it again. */
let rememberArticles = false;
/** The reader while it is open, to show "Tersimpan" in its toolbar. */
let openHandle: ReaderHandle | null = null;
let readerButton: ReturnType<typeof mountReaderButton> | null = null;

/** Asks the background about the reading memory; an error reply or no answer comes back as null. */
async function askReading(message: ReadingMessage): Promise<Record<string, unknown> | null> {
  try {
    const reply: unknown = await nativeExtensionApi().runtime.sendMessage(message);
    return typeof reply === 'object' && reply !== null ? (reply as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The reading memory's reporter, which comes with the notes part (reading-reporter.ts), on articles only. */
let reporter: Promise<ReadingReporter> | null = null;
function loadReporter(): Promise<ReadingReporter> | null {
  if (!isAvailable()) return null;
  reporter ??= loadContentPart('notes').then(({ ReadingReporter, readKompasMetadata }) => new ReadingReporter({
    document,
    rememberArticles: () => rememberArticles,
    pageEntities: () => (entitySettings.enabled ? loadPageEntities() : null),
    metadata: metadataWith(readKompasMetadata),
    readerOpen: () => controller.isOpen(),
    readArticle: () => controller.readArticle(),
    ask: askReading,
    strings: (key: HistoryMessageKey, ...substitutions: string[]) => t(key, ...substitutions),
    showSaved: (state) => {
      readerButton?.setSaved(state);
      openHandle?.setSaved(state);
    },
  }, findArticleBody));
  reporter.catch(() => (reporter = null));
  return reporter;
}

/**
 * "Simpan" (the reader's button, the page's, the popup's): the reporter reads the reader's article on the click,
 * never at load, and saves it.
 */
function saveArticle(): Promise<ReaderSaveResult> {
  return loadReporter()?.then((reading) => reading.save())
    ?? Promise.resolve({ saved: false, text: t('saveNoArticle') });
}

function saveReportingErrors(): void {
  saveArticle().catch((error: unknown) => console.error('Teman Baca: the article could not be saved', error));
}

/** The reader's entities and highlights; each brings its own styles into the reader, with its code. */
function decorateReader(handle: ReaderHandle, article: ReaderArticle): void {
  openHandle = handle;
  loadReporter()?.then((reading) => {
    handle.setSaved(reading.isSaved());
    reading.readerOpened(handle.shadowRoot, () => (controller.isOpen() ? handle.content : null), article);
  }).catch(reportFailure);
  loadNotes()?.then((controllerOfNotes) => {
    if (controller.isOpen()) controllerOfNotes.attachReader(handle.content, handle.shadowRoot);
  }).catch(reportFailure);
  // In the reader's part, with the view: the entity panel renders into the view's Preact tree.
  // The panel's "di N artikel lain" comes from the reading memory; without its reporter the panel shows no counts.
  const memory = loadReporter()?.then((reading) => reading.entityMemory(), () => null) ?? Promise.resolve(null);
  Promise.all([loadContentPart('reader'), memory]).then(([{ ReaderEntities }, entityMemory]) => {
    if (!controller.isOpen()) return;
    readerEntities = new ReaderEntities(handle, handle.content, entitySettings, entityStrings, saveEntitySettings, undefined, entityMemory);
  }).catch(reportFailure);
}

const controller = new ReaderController(document, location.href, {
  strings: (key: ReaderMessageKey) => t(key),
  settings: () => readerSettings,
  saveSettings: (settings) => {
    readerSettings = settings;
    void updateSettings((current) => ({ ...current, reader: settings }));
  },
  fetchText,
  onOpen: decorateReader,
  onSave: saveReportingErrors,
  onClose: () => {
    readerEntities = null;
    openHandle = null;
    reporter?.then((reading) => reading.readerClosed(), () => undefined).catch(reportFailure);
    // A notes part that could not load was reported when it failed.
    notes?.then((controllerOfNotes) => controllerOfNotes.detachReader(), () => undefined).catch(reportFailure);
  },
});

function openReaderReportingErrors(): void {
  controller.open().catch((error: unknown) => console.error('Teman Baca: the reader could not open', error));
}

/**
 * The button, the stored settings and the reader's highlights, set up in a task after this module's evaluation,
 * which is a task of its own already: the first touch of the i18n and storage APIs builds their bindings, and the
 * button its shadow root and styles.
 */
function start(): void {
  setTimeout(() => loadNotes()?.catch(reportFailure), 0);
  readerButton = mountReaderButton(document, {
    label: t('readerOpen'),
    onActivate: openReaderReportingErrors,
    save: { label: t('readerSave'), savedLabel: t('readerSaved'), onActivate: saveReportingErrors },
    article: () => findArticleBody(document),
  });
  loadSettings()
    .then((settings) => {
      readerSettings = settings.reader;
      entitySettings = settings.entities;
      rememberArticles = settings.history.rememberArticles;
      if (isArticleUrl(location.href)) whenIdle(() => loadReporter()?.then((reading) => reading.startOnPage()).catch(reportFailure));
      if (settings.reader.autoOpen) openReaderReportingErrors();
      if (settings.entities.enabled) whenIdle(() => loadPageEntities().then((entities) => entities.update(entitySettings)).catch(reportFailure));
      whenIdle(() => loadNotes()?.then((controllerOfNotes) => controllerOfNotes.start()).catch(reportFailure));
    })
    .catch(() => undefined);
  onSettingsChanged((settings) => {
    readerSettings = settings.reader;
    entitySettings = settings.entities;
    rememberArticles = settings.history.rememberArticles;
    controller.applySettings(settings.reader);
    if (pageEntities || settings.entities.enabled) loadPageEntities().then((entities) => entities.update(settings.entities)).catch(reportFailure);
    readerEntities?.update(settings.entities);
  });
}
// Whether to start is decided in a task of its own, and starting takes another.
setTimeout(() => {
  if (isAvailable()) setTimeout(start, 0);
}, 0);

/** The answer to a message for this page, or undefined when the message is another script's to answer. */
function answer(message: Message): Promise<unknown> | undefined {
  switch (message.type) {
    case 'reader/status': {
      const status: ReaderStatus = { available: isAvailable(), open: controller.isOpen() };
      return Promise.resolve(status);
    }
    case 'reader/save':
      return saveArticle();
    case 'reader/toggle':
      if (!isAvailable()) return Promise.resolve({ available: false, open: false } satisfies ReaderStatus);
      return controller.toggle().then((): ReaderStatus => ({ available: true, open: controller.isOpen() }));
    case 'entities/list':
      if (!isAvailable() || !entitySettings.enabled) return Promise.resolve({ available: false, entities: [] });
      return loadPageEntities().then(async (entities) => {
        await entities.start();
        return entities.list();
      });
    case 'entities/reveal':
      if (!pageEntities) return Promise.resolve({ revealed: false });
      return pageEntities.then((entities) => ({ revealed: entities.reveal(message.id) }));
    case 'highlights/selection':
    case 'highlights/note': {
      const withNote = message.type === 'highlights/note';
      return (loadNotes()?.then((controllerOfNotes) => controllerOfNotes.highlightSelection(undefined, withNote, true)) ?? Promise.resolve(null))
        .then((highlight) => ({ highlighted: highlight !== null }));
    }
    case 'highlights/focus-toolbar':
      return (loadNotes()?.then((controllerOfNotes) => controllerOfNotes.focusToolbar()) ?? Promise.resolve(false))
        .then((focused) => ({ focused }));
    case 'highlights/status': {
      const none: HighlightStatus = { drawn: 0, notFound: [] };
      return loadNotes()?.then((controllerOfNotes) => controllerOfNotes.status()) ?? Promise.resolve(none);
    }
    default:
      return undefined;
  }
}

nativeExtensionApi().runtime.onMessage.addListener((raw, _sender, sendResponse) => {
  let message: Message;
  try {
    message = parseMessage(raw);
  } catch {
    return undefined;
  }
  const reply = answer(message);
  if (reply === undefined) return undefined;
  // The sender's checks (parseReaderStatus and the like) refuse the error object, so a failure reaches it as one.
  reply.then(sendResponse, (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }));
  // Answered later: true keeps the channel open in both browsers until sendResponse is called.
  return true;
});
