import { render } from 'preact';
import { requestNotes } from '../shared/notes-client.ts';
import { t } from '../shared/i18n.ts';
import { nativeExtensionApi } from '../shared/native-extension-api.ts';
import { uiLanguage } from '../library/notes-port.ts';
import { NotePanel } from './NotePanel.tsx';
import { notePanelMessageLookup, type NotePanelStrings } from './note-panel-messages.ts';
import { receiveTickets, type PanelMessage } from './panel-protocol.ts';

/** How long the panel waits for its embedder's ticket, which is posted as soon as the frame has loaded. */
const TICKET_WAIT_MS = 10_000;

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

// Listening starts as the page's script runs, before the frame's load event on which the content script posts it.
const tickets = receiveTickets(window, TICKET_WAIT_MS);

document.documentElement.lang = language;
render(<NotePanel tickets={tickets} client={{ request: requestNotes }} strings={strings} post={post} />, document.getElementById('app')!);
