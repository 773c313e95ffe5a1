/**
 * The saved-article page (`saved/index.html#url=<article>`): a saved article in the reader's own view and themes,
 * read from the database with the network off — its text, lead image (the stored blob), entities, highlights.
 * An extension page, not web-accessible: only the extension opens it.
 */
import { openNotesDb } from '../../src/notes/store.ts';
import { toPageHighlight } from '../../src/notes/page-messages.ts';
import { parseSettings } from '../../src/settings/settings.ts';
import { HighlightLayer } from '../content/highlights/highlight-layer.ts';
import { READER_HIGHLIGHT_STYLES } from '../content/highlights/highlight-styles.ts';
import { ReaderEntities } from '../content/reader-entities.ts';
import { recognizeInBackground } from '../content/recognizer.ts';
import { entityMessageLookup } from '../entities/entity-messages.ts';
import { libraryMessageLookup } from '../library/library-messages.ts';
import { uiLanguage } from '../library/notes-port.ts';
import { messageReadingPort } from '../library/reading-client.ts';
import { savedUrlOf } from '../library/saved-link.ts';
import { openReader } from '../reader/mount-reader.ts';
import { messageLookup } from '../reader/reader-messages.ts';
import { t } from '../shared/i18n.ts';
import { nativeExtensionApi } from '../shared/native-extension-api.ts';
import { requestNotes } from '../shared/notes-client.ts';
import { loadSettings, updateSettings } from '../shared/settings-store.ts';
import { savedReaderArticle } from './saved-article.ts';

const language = uiLanguage(nativeExtensionApi().i18n.getUILanguage());
const status = document.getElementById('saved-status')!;
document.documentElement.lang = language;

function say(text: string): void {
  status.textContent = text;
}

/** A lookup that prefers `_locales` and falls back to a table (as the library does). */
function localised<K extends string>(fallback: (key: K) => string): (key: K) => string {
  return (key) => {
    const text = t(key);
    return text === key ? fallback(key) : text;
  };
}

async function show(): Promise<void> {
  const url = savedUrlOf(location.hash);
  const library = libraryMessageLookup(language);
  if (url === null) return say(library('readingSavedEmpty'));
  const reply = await messageReadingPort.request({ type: 'reading/article', url });
  // The lead image is a Blob, which Chrome's messaging cannot carry: read from the database here, as extension pages
  // may (src/reading/reading-messages.ts).
  const stored = reply.article?.saved ? await (await openNotesDb()).get('savedArticles', reply.article.url) : undefined;
  const imageSrc = stored?.image ? URL.createObjectURL(stored.image.blob) : null;
  const article = savedReaderArticle(reply, imageSrc);
  if (!article) return say(library('readingSavedEmpty'));
  document.title = `${article.title} — Teman Baca Kompas`;

  const settings = await loadSettings().catch(() => parseSettings(undefined));
  const handle = openReader(document, {
    article,
    settings: settings.reader,
    onSettingsChange: (reader) => void updateSettings((current) => ({ ...current, reader })),
    strings: localised(messageLookup(language)),
    // Closing the reader goes back to the library's articles.
    onClose: () => location.assign('../library/index.html#view=articles'),
  });

  new ReaderEntities(
    handle,
    handle.content,
    settings.entities,
    localised(entityMessageLookup(language)),
    (entities) => void updateSettings((current) => ({ ...current, entities })),
    // The page's own names are gone with the page; the saved article teaches the name memory nothing.
    (_pageNames, _remember) => recognizeInBackground({ listed: [], title: null, caption: null }, false),
  );

  handle.addStyles(READER_HIGHLIGHT_STYLES);
  try {
    const { highlights } = await requestNotes({ type: 'notes/list-for-article', url: article.url });
    new HighlightLayer(handle.content).load(highlights.map(toPageHighlight));
  } catch (error) {
    console.error('Teman Baca: the highlights of the saved article could not be read', error);
  }
}

show().catch((error: unknown) => {
  say(String(error instanceof Error ? error.message : error));
  console.error('Teman Baca: the saved article could not be shown', error);
});
