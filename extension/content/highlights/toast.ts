/**
 * A short message at the bottom of the page, announced to screen readers; for failures that must not pass silently.
 *
 * The live regions are made on the first message and then stay, empty and out of sight between messages: a region
 * inserted together with its text is often not announced, so the text arrives a moment after its region. Nothing
 * is put in the page before there is something to say, so a page cannot tell the extension is there from a host
 * element that waits for messages.
 */
export const TOAST_TAG = 'teman-baca-toast';
const VISIBLE_MS = 6000;
/** Time between a region's first rendering and its text, so assistive technology has seen the empty region. */
export const ANNOUNCE_DELAY_MS = 100;

/** Sized in em from the host, whose `all: initial` gives it the user's default font size (rem is the page's). */
export const TOAST_CSS = `:host { all: initial; position: fixed; z-index: 2147483647; left: 50%; bottom: 1.5em;
  transform: translateX(-50%); max-width: min(32.5em, calc(100vw - 2em)); }
p { margin: 0; padding: 0.625em 1em; border-radius: 8px; background: #1f2328; color: #fff;
  font: 0.875em/1.4 system-ui, sans-serif; box-shadow: 0 4px 18px rgba(0,0,0,0.3); }
p:empty { position: absolute; width: 1px; height: 1px; padding: 0; overflow: hidden; clip-path: inset(50%); box-shadow: none; }`;

interface Toast {
  host: Element;
  regions: Record<'status' | 'alert', HTMLElement>;
  timers: number[];
}

const toasts = new WeakMap<Document, Toast>();

function toastOf(doc: Document): Toast {
  const existing = toasts.get(doc);
  if (existing?.host.isConnected) return existing;
  const host = doc.createElement(TOAST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = TOAST_CSS;
  const region = (role: 'status' | 'alert') => {
    const element = doc.createElement('p');
    element.setAttribute('role', role);
    return element;
  };
  const toast: Toast = { host, regions: { status: region('status'), alert: region('alert') }, timers: [] };
  shadow.append(style, toast.regions.status, toast.regions.alert);
  doc.documentElement.append(host);
  toasts.set(doc, toast);
  return toast;
}

export function showToast(doc: Document, text: string, kind: 'status' | 'alert' = 'alert'): void {
  const view = doc.defaultView;
  if (!view) return;
  const toast = toastOf(doc);
  for (const timer of toast.timers) view.clearTimeout(timer);
  toast.regions.status.textContent = '';
  toast.regions.alert.textContent = '';
  toast.timers = [
    view.setTimeout(() => (toast.regions[kind].textContent = text), ANNOUNCE_DELAY_MS),
    view.setTimeout(() => (toast.regions[kind].textContent = ''), ANNOUNCE_DELAY_MS + VISIBLE_MS),
  ];
}
