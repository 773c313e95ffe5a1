import type { HistorySettings } from '../../src/settings/history-settings.ts';
import { render } from 'preact';
import { requestNotes } from '../shared/notes-client.ts';
import { t } from '../shared/i18n.ts';
import { nativeExtensionApi } from '../shared/native-extension-api.ts';
import { loadSettings, updateSettings } from '../shared/settings-store.ts';
import { LibraryApp } from './LibraryApp.tsx';
import { messageReadingPort } from './reading-client.ts';
import { startSearchWorker } from './search-client.ts';
import { libraryMessageLookup, type LibraryStrings } from './library-messages.ts';
import { uiLanguage } from './notes-port.ts';

const language = uiLanguage(nativeExtensionApi().i18n.getUILanguage());
const fallback = libraryMessageLookup(language);
// `t` answers with the key itself when `_locales` lacks it; the table here has every text, so fall back to it.
const strings: LibraryStrings = (key, ...substitutions) => {
  const text = t(key, ...substitutions);
  return text === key ? fallback(key, ...substitutions) : text;
};

document.documentElement.lang = language;
document.title = `Teman Baca Kompas — ${strings('libraryTitle')}`;
const history = {
  load: async () => (await loadSettings()).history,
  save: async (next: HistorySettings) => {
    await updateSettings((current) => ({ ...current, history: next }));
  },
};
render(
  <LibraryApp client={{ request: requestNotes }} reading={messageReadingPort} history={history} search={startSearchWorker()} strings={strings} language={language} />,
  document.getElementById('app')!,
);

// Ask the browser to keep the highlights database through storage pressure. The answer is the browser's to give
// (Firefox may ask the user; Chrome grants it to installed extensions with unlimitedStorage), and nothing depends
// on it, so a refusal only stays in the console.
void navigator.storage?.persist?.().then((persisted) => {
  if (!persisted) console.info('Teman Baca: storage is not marked persistent by the browser');
});
