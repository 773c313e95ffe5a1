/**
 * Shows the note panel: an extension page in an iframe of ours over the article. The page can see that a frame is
 * there but, across origins, nothing inside it: the note's text stays in the extension's origin. The frame's URL
 * names no note: once the panel has loaded, it is handed a one-time ticket (see `panel-protocol.ts`).
 */
import { hostTicketMessage, parsePanelMessage, type PanelMessage } from '../../note-panel/panel-protocol.ts';
import { nativeExtensionApi } from '../../shared/native-extension-api.ts';

export const NOTE_HOST_TAG = 'teman-baca-note-host';
const PANEL_PATH = 'extension/note-panel/index.html';

const CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; display: block;
  width: min(380px, calc(100vw - 32px)); height: min(460px, calc(100vh - 32px)); }
iframe { width: 100%; height: 100%; border: 0; border-radius: 12px; box-shadow: 0 8px 30px rgba(0,0,0,0.3);
  background: Canvas; color-scheme: light dark; }
`;

export interface NotePanelHandle {
  readonly id: string;
  close(): void;
}

/**
 * Opens the panel for one highlight with the `ticket` the background gave for it; events from the panel (saved,
 * deleted, recoloured, closed) go to `onMessage`.
 */
export function openNotePanel(
  doc: Document,
  id: string,
  ticket: string,
  label: string,
  onMessage: (message: PanelMessage) => void,
): NotePanelHandle {
  const api = nativeExtensionApi();
  // `getURL('')` ends with a slash; an origin does not.
  const extensionOrigin = api.runtime.getURL('').replace(/\/$/, '');
  const host = doc.createElement(NOTE_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const frame = doc.createElement('iframe');
  frame.title = label;
  frame.src = api.runtime.getURL(PANEL_PATH);
  shadow.append(style, frame);
  doc.documentElement.append(host);
  const previousFocus = doc.activeElement as HTMLElement | null;
  frame.addEventListener('load', () => {
    // Only a document of the extension's origin receives the ticket, whatever the page put in the frame meanwhile.
    frame.contentWindow?.postMessage(hostTicketMessage(ticket), extensionOrigin);
    frame.focus();
  }, { once: true });

  const view = doc.defaultView!;
  const onWindowMessage = (event: MessageEvent) => {
    // Only our own frame, holding our page, speaks this protocol; anything else posting to the page is ignored.
    if (event.origin !== extensionOrigin || event.source !== frame.contentWindow) return;
    const message = parsePanelMessage(event.data);
    if (!message || (message.type !== 'close' && message.id !== id)) return;
    onMessage(message);
    if (message.type === 'close' || message.type === 'deleted') close();
  };
  view.addEventListener('message', onWindowMessage);

  function close(): void {
    view.removeEventListener('message', onWindowMessage);
    host.remove();
    if (previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
  }
  return { id, close };
}
