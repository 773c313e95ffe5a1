import { render } from 'preact';
import { requestNotes } from '../shared/notes-client.ts';
import { t } from '../shared/i18n.ts';
import { nativeExtensionApi } from '../shared/native-extension-api.ts';
import { uiLanguage } from '../library/notes-port.ts';
import { NotePanel } from './NotePanel.tsx';
import { notePanelMessageLookup, type NotePanelStrings } from './note-panel-messages.ts';
import type { PanelMessage } from './panel-protocol.ts';

const language = uiLanguage(nativeExtensionApi().i18n.getUILanguage());
const fallback = notePanelMessageLookup(language);
// `t` answers with the key itself when `_locales` lacks it; the table here has every text, so fall back to it.
const strings: NotePanelStrings = (key, ...substitutions) => {
  const text = t(key, ...substitutions);
  return text === key ? fallback(key, ...substitutions) : text;
};

/**
 * To the content script that framed us. '*' because the article's exact origin is not ours to know; the protocol
 * carries no note text, so whoever reads it learns only that something was saved, recoloured, deleted or closed.
 */
const post = (message: PanelMessage) => window.parent.postMessage(message, '*');

document.documentElement.lang = language;
const id = new URLSearchParams(location.search).get('id');
render(<NotePanel id={id} client={{ request: requestNotes }} strings={strings} post={post} />, document.getElementById('app')!);
