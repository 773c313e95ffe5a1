/**
 * Shows the note panel: an extension page in an iframe of ours over the article. The page can see that a frame is
 * there but, across origins, nothing inside it: the note's text stays in the extension's origin. The frame's URL
 * names no note: once the panel has loaded, it is handed a one-time ticket (see `panel-protocol.ts`).
 *
 * The page must not be able to trick the reader into clicking in the panel either (a page that makes our frame
 * transparent and moves it under the reader's next click could delete a note with it). So the frame hangs from a
 * closed shadow root, in the top layer, laid out by an inline important style that no author stylesheet outranks;
 * and if the page touches the host (its style, attributes or place) the panel closes at once.
 */
import { hostTicketMessage, parsePanelMessage, type PanelMessage } from '../../note-panel/panel-protocol.ts';
import { nativeExtensionApi } from '../../shared/native-extension-api.ts';
import { attachClosedShadow, innermostFocus, restoreFocus, unoutrankableStyle } from '../../shared/shadow-host.ts';
import { raiseToTopLayer } from './top-layer.ts';

export const NOTE_HOST_TAG = 'teman-baca-note-host';
const PANEL_PATH = 'extension/note-panel/index.html';

const HOST_STYLE = unoutrankableStyle([
  'position: fixed', 'inset: auto 16px 16px auto', 'margin: 0', 'padding: 0', 'border: 0',
  'display: block', 'z-index: 2147483647', 'width: min(380px, calc(100vw - 32px))',
  'height: min(460px, calc(100vh - 32px))', 'opacity: 1', 'visibility: visible', 'transform: none', 'filter: none',
  'clip-path: none', 'mask: none', 'mix-blend-mode: normal', 'overflow: visible', 'background: transparent',
  'pointer-events: auto',
]);

const CSS = `
:host { all: initial; }
iframe { width: 100%; height: 100%; border: 0; border-radius: 12px; box-shadow: 0 8px 30px rgba(0,0,0,0.3);
  background: Canvas; color-scheme: light dark; display: block; }
`;

export interface NotePanelHandle {
  readonly id: string;
  close(): void;
}

/** The extension's origin as `postMessage` reports it: `chrome-extension://<id>` or `moz-extension://<uuid>`. */
export function extensionOrigin(): string {
  const base = new URL(nativeExtensionApi().runtime.getURL(''));
  return `${base.protocol}//${base.host}`;
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
  const origin = extensionOrigin();
  const host = doc.createElement(NOTE_HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = attachClosedShadow(host);
  const style = doc.createElement('style');
  style.textContent = CSS;
  const frame = doc.createElement('iframe');
  frame.title = label;
  frame.src = api.runtime.getURL(PANEL_PATH);
  shadow.append(style, frame);
  const previousFocus = innermostFocus(doc);
  doc.documentElement.append(host);
  raiseToTopLayer(host);
  frame.addEventListener('load', () => {
    // Only a document of the extension's origin receives the ticket, whatever the page put in the frame meanwhile.
    frame.contentWindow?.postMessage(hostTicketMessage(ticket), origin);
    frame.focus();
  }, { once: true });

  const view = doc.defaultView!;
  const onWindowMessage = (event: MessageEvent) => {
    // Only our own frame, showing our own page, speaks this protocol: a page that swapped the frame's document (by
    // `srcdoc`, say) posts from the page's origin, and anything else posting to the window is not the frame.
    if (event.source !== frame.contentWindow || event.origin !== origin) return;
    const message = parsePanelMessage(event.data);
    if (!message || (message.type !== 'close' && message.id !== id)) return;
    onMessage(message);
    if (message.type === 'close' || message.type === 'deleted') close();
  };
  view.addEventListener('message', onWindowMessage);

  // Anything the page does to the host is an attempt to restyle, move or cover-up our panel: close it.
  const tampering = new MutationObserver(() => close());
  tampering.observe(host, { attributes: true });
  const placement = new MutationObserver(() => {
    if (!host.isConnected || host.parentNode !== doc.documentElement) close();
  });
  placement.observe(doc.documentElement, { childList: true });
  const onToggle = (event: Event) => {
    if ((event as ToggleEvent).newState === 'closed') close();
  };
  host.addEventListener('toggle', onToggle);

  let open = true;
  function close(): void {
    if (!open) return;
    open = false;
    tampering.disconnect();
    placement.disconnect();
    host.removeEventListener('toggle', onToggle);
    view.removeEventListener('message', onWindowMessage);
    const hadFocus = shadow.activeElement !== null || doc.activeElement === host;
    host.remove();
    if (hadFocus || doc.activeElement === doc.body || doc.activeElement === null) restoreFocus(previousFocus);
  }
  return { id, close };
}
