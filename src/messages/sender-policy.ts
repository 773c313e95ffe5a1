/**
 * Who may talk to the background, and as what. Web pages cannot reach `runtime.onMessage` at all (there is no
 * `externally_connectable`); this holds the line against other extensions and against our content script's messages
 * arriving from any site but kompas.com, and it tells the background which of our parts is asking, so each gets only
 * what it needs: a content script runs in a kompas.com page's process, which a hostile script may own, so it is
 * given its own page's highlights and nothing else.
 */

/** What the browser says about a message's sender. */
export interface SenderInfo {
  /** The sending extension's id. */
  id?: string | undefined;
  /** The sending document's address (a content script's page, or one of our own pages). */
  url?: string | undefined;
  /** The tab the sender is in; absent for the popup and the background. */
  tab?: { id?: number | undefined } | undefined;
  /** 0 for a tab's top document, larger for a frame inside it. */
  frameId?: number | undefined;
}

export interface OwnExtension {
  id: string;
  /** Scheme and host of the extension's own pages: `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  origin: string;
}

/** One of our pages at the top of a tab or in its own window: the library, the popup. Trusted with every note. */
export interface ExtensionPageSender {
  kind: 'extension-page';
}

/**
 * Our note panel: an extension page framed in a kompas.com tab. It may open the one note its embedder was given a
 * ticket for, and nothing else.
 */
export interface NotePanelSender {
  kind: 'note-panel';
  tabId: number;
  frameId: number;
}

/** Our content script in a kompas.com page (any frame of it). Scoped to the page at `url`. */
export interface ContentScriptSender {
  kind: 'content-script';
  tabId: number;
  frameId: number;
  /** The address of the sender's document, as the browser (not the page) reports it. */
  url: string;
}

export type Sender = ExtensionPageSender | NotePanelSender | ContentScriptSender;
export type SenderKind = Sender['kind'];

const isKompasHostname = (hostname: string): boolean => hostname === 'kompas.com' || hostname.endsWith('.kompas.com');

/** What the sender is, or null when it is none of our parts and must be refused. */
export function classifySender(sender: SenderInfo, own: OwnExtension): Sender | null {
  if (sender.id !== own.id) return null;
  let url: URL;
  try {
    url = new URL(sender.url ?? '');
  } catch {
    return null;
  }
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  // Compared as scheme and host: for extension schemes, `URL.origin` is "null" outside the browser that owns them.
  if (`${url.protocol}//${url.host}` === own.origin) {
    // The library opened as a tab is a top document; only the note panel is ever framed inside a tab.
    if (tabId === undefined || frameId === 0) return { kind: 'extension-page' };
    return { kind: 'note-panel', tabId, frameId };
  }
  if ((url.protocol === 'https:' || url.protocol === 'http:') && isKompasHostname(url.hostname) && tabId !== undefined) {
    return { kind: 'content-script', tabId, frameId, url: url.href };
  }
  return null;
}
