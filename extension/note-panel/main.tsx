import { render } from 'preact';
import { requestNotes } from '../shared/notes-client.ts';
import { t } from '../shared/i18n.ts';
import { nativeExtensionApi } from '../shared/native-extension-api.ts';
import { uiLanguage } from '../library/notes-port.ts';
import { NotePanel } from './NotePanel.tsx';
import { notePanelMessageLookup, type NotePanelStrings } from './note-panel-messages.ts';
import { parseHostTicket, type PanelMessage } from './panel-protocol.ts';

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

/**
 * The ticket for the note to show, from the document that framed us and from no other: it is that document's word,
 * which the background checks (the ticket was made for this tab, once, minutes ago at most). Listening starts as
 * the page's script runs, before the frame's load event on which the content script posts it.
 */
const ticket = new Promise<string | null>((resolve) => {
  const onMessage = (event: MessageEvent) => {
    if (window.parent === window || event.source !== window.parent) return;
    const given = parseHostTicket(event.data);
    if (given === null) return;
    window.removeEventListener('message', onMessage);
    resolve(given);
  };
  window.addEventListener('message', onMessage);
  setTimeout(() => {
    window.removeEventListener('message', onMessage);
    resolve(null);
  }, TICKET_WAIT_MS);
});

document.documentElement.lang = language;
render(<NotePanel ticket={ticket} client={{ request: requestNotes }} strings={strings} post={post} />, document.getElementById('app')!);
