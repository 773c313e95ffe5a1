/**
 * Runs on every kompas.com page once it has loaded. On articles it offers the reader: a floating button, the
 * keyboard command and the popup button all open it, and a setting opens it at once.
 */
import browser from 'webextension-polyfill';
import { parseMessage, type ReaderStatus } from '../../src/messages/messages.ts';
import { isReaderable } from '../../src/reader/parse-article.ts';
import { mountReaderButton } from '../reader/mount-reader-button.ts';
import type { ReaderMessageKey } from '../reader/reader-messages.ts';
import { DEFAULT_READER_SETTINGS, type ReaderSettings } from '../reader/reader-settings.ts';
import { t } from '../shared/i18n.ts';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/settings-store.ts';
import { DEFAULT_ENTITY_SETTINGS, type EntitySettings } from '../../src/settings/entity-settings.ts';
import type { EntityMessageKey } from '../entities/entity-messages.ts';
import { readKompasMetadata } from '../../src/kompas/metadata.ts';
import type { HighlightStatus } from '../../src/messages/messages.ts';
import type { HighlightMessageKey } from './highlights/highlight-messages.ts';
import { NotesController } from './highlights/notes-controller.ts';
import { PageEntities } from './page-entities.ts';
import { READER_ENTITY_CSS, entityPanelCss } from '../entities/entity-styles.ts';
import { READER_HIGHLIGHT_STYLES } from './highlights/highlight-styles.ts';
import { ReaderController } from './reader-controller.ts';
import { ReaderEntities } from './reader-entities.ts';

/** Same-origin only: the reader's pagination code refuses other origins before this is called. */
async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { credentials: 'include' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

const available = isReaderable(document, location.href);
let readerSettings: ReaderSettings = DEFAULT_READER_SETTINGS;
let entitySettings: EntitySettings = DEFAULT_ENTITY_SETTINGS;
const entityStrings = (key: EntityMessageKey) => t(key);
const pageEntities = available ? new PageEntities(document, entitySettings, entityStrings) : null;

/** Title and section for the highlights' records, read once from the page's metadata. */
const metadata = available ? readKompasMetadata(document, location.href) : null;
const notes = available
  ? new NotesController(document, {
    strings: (key: HighlightMessageKey, ...substitutions: string[]) => t(key, ...substitutions),
    article: () => ({ url: location.href, title: metadata?.title ?? document.title, section: metadata?.section ?? null }),
  })
  : null;

/** Recognition waits for an idle moment after load, so it never competes with the page's own start-up. */
function whenIdle(run: () => void): void {
  const scope = window as unknown as { requestIdleCallback?: (callback: () => void, options: { timeout: number }) => void };
  if (scope.requestIdleCallback) scope.requestIdleCallback(run, { timeout: 1500 });
  else setTimeout(run, 200);
}

const controller = new ReaderController(document, location.href, {
  strings: (key: ReaderMessageKey) => t(key),
  settings: () => readerSettings,
  saveSettings: (settings) => {
    readerSettings = settings;
    void updateSettings((current) => ({ ...current, reader: settings }));
  },
  fetchText,
  onOpen: (handle) => {
    handle.addStyles(`${READER_ENTITY_CSS}\n${entityPanelCss('reader')}\n${READER_HIGHLIGHT_STYLES}`);
    readerEntities = new ReaderEntities(handle, handle.content, entitySettings, entityStrings, (settings) => {
      entitySettings = settings;
      void updateSettings((current) => ({ ...current, entities: settings }));
    });
    notes?.attachReader(handle.content, handle.shadowRoot);
  },
  onClose: () => {
    readerEntities = null;
    notes?.detachReader();
  },
});
let readerEntities: ReaderEntities | null = null;

function openReaderReportingErrors(): void {
  controller.open().catch((error: unknown) => console.error('Teman Baca: the reader could not open', error));
}

if (available) {
  mountReaderButton(document, { label: t('readerOpen'), onActivate: openReaderReportingErrors });
  loadSettings()
    .then((settings) => {
      readerSettings = settings.reader;
      entitySettings = settings.entities;
      if (settings.reader.autoOpen) openReaderReportingErrors();
      whenIdle(() => pageEntities?.update(entitySettings));
      whenIdle(() => void notes?.start());
    })
    .catch(() => undefined);
  onSettingsChanged((settings) => {
    readerSettings = settings.reader;
    entitySettings = settings.entities;
    controller.applySettings(settings.reader);
    pageEntities?.update(settings.entities);
    readerEntities?.update(settings.entities);
  });
}

browser.runtime.onMessage.addListener((raw: unknown) => {
  let message;
  try {
    message = parseMessage(raw);
  } catch {
    return undefined;
  }
  switch (message.type) {
    case 'reader/status': {
      const status: ReaderStatus = { available, open: controller.isOpen() };
      return Promise.resolve(status);
    }
    case 'entities/list':
      if (!pageEntities) return Promise.resolve({ available: false, entities: [] });
      return (entitySettings.enabled ? pageEntities.start() : Promise.resolve()).then(() => pageEntities.list());
    case 'entities/reveal':
      return Promise.resolve({ revealed: pageEntities?.reveal(message.id) ?? false });
    case 'highlights/selection':
      return (notes?.highlightSelection() ?? Promise.resolve(null)).then((highlight) => ({ highlighted: highlight !== null }));
    case 'highlights/status': {
      const status: HighlightStatus = notes?.status() ?? { drawn: 0, notFound: [] };
      return Promise.resolve(status);
    }
    case 'reader/toggle':
      if (!available) return Promise.resolve({ available, open: false } satisfies ReaderStatus);
      return controller.toggle().then((): ReaderStatus => ({ available, open: controller.isOpen() }));
    default:
      return undefined;
  }
});
