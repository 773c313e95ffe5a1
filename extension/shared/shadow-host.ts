/**
 * Our UI in a kompas.com page hangs from shadow roots that the page cannot open: a page script (a compromised ad
 * script runs there too) could otherwise read the note panel's address, restyle or click our buttons, or swap our
 * frame's document. Closed roots are reachable only through the references this module keeps, in the content
 * script's own world.
 */

import { isolatedWorldValue } from './isolated-world.ts';

/**
 * One map for the start-up script and every part: the reader button, the reader and the highlights each attach
 * roots, and focus is found and restored across them.
 */
const roots = isolatedWorldValue('shadow-roots', () => new WeakMap<Element, ShadowRoot>());

/**
 * An inline style for one of our hosts in which every declaration is important: an author stylesheet of the page
 * cannot outrank it, so the page can neither hide nor move our UI by CSS.
 */
export function unoutrankableStyle(declarations: readonly string[]): string {
  return declarations.map((declaration) => `${declaration} !important`).join('; ');
}

/** Attaches a closed shadow root to `host` and remembers it, so our own code can still find focus inside it. */
export function attachClosedShadow(host: Element): ShadowRoot {
  const shadow = host.attachShadow({ mode: 'closed' });
  roots.set(host, shadow);
  return shadow;
}

/** The shadow root of one of our hosts, or an open one of the page's; null for a closed root that is not ours. */
export function shadowRootOf(element: Element): ShadowRoot | null {
  return roots.get(element) ?? element.shadowRoot;
}

/**
 * The innermost focused element, through our closed roots and any open ones: `document.activeElement` alone names
 * only the outermost host, and focusing a host gives focus back to nothing in particular.
 */
export function innermostFocus(doc: Document): Element | null {
  let focused: Element | null = doc.activeElement;
  for (let depth = 0; focused && depth < 32; depth += 1) {
    const inner = shadowRootOf(focused)?.activeElement ?? null;
    if (!inner) break;
    focused = inner;
  }
  return focused;
}

/** Focuses what `innermostFocus` returned earlier, if it is still in the document and can take focus. */
export function restoreFocus(element: Element | null): boolean {
  const target = element as (Element & { focus?: (options?: FocusOptions) => void }) | null;
  if (!target?.isConnected || typeof target.focus !== 'function') return false;
  target.focus({ preventScroll: true });
  return true;
}

/**
 * Whether an event came from the reader's own input rather than a page script's `dispatchEvent` or `.click()`.
 * Every handler of ours that acts on a user gesture asks this first: a page must not make highlights, open notes or
 * press our buttons for the reader.
 */
export function isUserGesture(event: Event): boolean {
  return event.isTrusted;
}
