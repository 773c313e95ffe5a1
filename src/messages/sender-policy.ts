/**
 * Who may talk to the background. Web pages cannot reach `runtime.onMessage` at all (there is no
 * `externally_connectable`); this holds the line against other extensions, and against our content script's
 * messages arriving from any site but kompas.com.
 */

/** What the browser says about a message's sender. */
export interface SenderInfo {
  /** The sending extension's id. */
  id?: string | undefined;
  /** The sending document's address (a content script's page, or one of our own pages). */
  url?: string | undefined;
}

export interface OwnExtension {
  id: string;
  /** Scheme and host of the extension's own pages: `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  origin: string;
}

const isKompasHostname = (hostname: string): boolean => hostname === 'kompas.com' || hostname.endsWith('.kompas.com');

/** True for our own pages (popup, library, the note panel framed in an article) and our content scripts on kompas.com. */
export function isOwnSender(sender: SenderInfo, own: OwnExtension): boolean {
  if (sender.id !== own.id) return false;
  let url: URL;
  try {
    url = new URL(sender.url ?? '');
  } catch {
    return false;
  }
  // Compared as scheme and host: for extension schemes, `URL.origin` is "null" outside the browser that owns them.
  if (`${url.protocol}//${url.host}` === own.origin) return true;
  return (url.protocol === 'https:' || url.protocol === 'http:') && isKompasHostname(url.hostname);
}
