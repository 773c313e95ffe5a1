/**
 * What the highlights tell the reader: a short visible message at the bottom of the page, and the same words in live
 * regions for screen readers. The regions are rendered from the start and stay in place, empty between messages:
 * a region added or shown at the moment it speaks is missed by most screen readers.
 */
import { attachClosedShadow, unoutrankableStyle } from '../../shared/shadow-host.ts';

export const TOAST_TAG = 'teman-baca-toast';
export const ANNOUNCER_TAG = 'teman-baca-announcer';
const VISIBLE_MS = 6000;

export type Urgency = 'status' | 'alert';

export interface Announcer {
  /** Says `text` to screen readers: politely for `status`, at once for `alert`. */
  say(text: string, urgency?: Urgency): void;
}

const VISUALLY_HIDDEN = unoutrankableStyle([
  'position: fixed', 'width: 1px', 'height: 1px', 'margin: -1px', 'padding: 0', 'border: 0',
  'overflow: hidden', 'clip-path: inset(50%)', 'white-space: nowrap', 'display: block',
]);

/** Sized in em from `medium`, the reader's own default font size, whatever the page's root says. */
export const TOAST_CSS = `:host { all: initial; position: fixed; z-index: 2147483647; left: 50%; bottom: 1.5em;
  transform: translateX(-50%); max-width: min(32.5em, calc(100vw - 2em)); font-size: medium; }
p { margin: 0; padding: 0.625em 1em; border-radius: 8px; background: #1f2328; color: #fff;
  font: 0.875em/1.4 system-ui, sans-serif; box-shadow: 0 4px 18px rgba(0,0,0,0.3); }`;

const announcers = new WeakMap<Document, Announcer>();

/**
 * The page's live regions, made once per document and kept outside `<body>` so that the reader, which makes the
 * body inert while it is open, does not silence them.
 */
export function announcerFor(doc: Document): Announcer {
  const existing = announcers.get(doc);
  if (existing) return existing;
  const host = doc.createElement(ANNOUNCER_TAG);
  host.setAttribute('style', VISUALLY_HIDDEN);
  const shadow = attachClosedShadow(host);
  const region = (role: Urgency): HTMLElement => {
    const element = doc.createElement('div');
    element.setAttribute('role', role);
    element.setAttribute('aria-live', role === 'alert' ? 'assertive' : 'polite');
    element.setAttribute('aria-atomic', 'true');
    shadow.append(element);
    return element;
  };
  const regions: Record<Urgency, HTMLElement> = { status: region('status'), alert: region('alert') };
  doc.documentElement.append(host);
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  const announcer: Announcer = {
    say(text, urgency = 'status') {
      if (!host.isConnected) doc.documentElement.append(host);
      const target = regions[urgency];
      // The same words twice in a row are still a change for the screen reader when the region was emptied first.
      target.textContent = '';
      setTimeout(() => (target.textContent = text), 50);
      clearTimeout(clearTimer);
      clearTimer = setTimeout(() => Object.values(regions).forEach((element) => (element.textContent = '')), VISIBLE_MS);
    },
  };
  announcers.set(doc, announcer);
  return announcer;
}

/** Shows `text` briefly and announces it; for outcomes the reader must not miss (saved, deleted, failed). */
export function showToast(doc: Document, text: string, urgency: Urgency = 'alert'): void {
  announcerFor(doc).say(text, urgency);
  doc.querySelector(TOAST_TAG)?.remove();
  const host = doc.createElement(TOAST_TAG);
  const shadow = attachClosedShadow(host);
  const style = doc.createElement('style');
  style.textContent = TOAST_CSS;
  const message = doc.createElement('p');
  message.textContent = text;
  // Heard through the live regions already; read once, not twice.
  message.setAttribute('aria-hidden', 'true');
  shadow.append(style, message);
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), VISIBLE_MS);
}
