/**
 * Whether the panel is really seen where it is clicked. The panel is framed in a kompas.com page, and a page that
 * made our frame transparent, or laid something over it, could steer the reader's click onto "Hapus". The host
 * defends the frame's styles (note-panel-host.ts); this asks the browser itself, where it can tell: Chromium's
 * IntersectionObserver with `trackVisibility` reports a target as not visible when anything covers it, or when an
 * ancestor in any embedding document makes it transparent, filtered or transformed. Where the browser cannot tell
 * (Firefox), the panel relies on the host's defences and on the confirmation step before deleting.
 */

/** Seen: the browser vouches the target is unobscured; hidden: it says otherwise; unknown: it cannot tell. */
export type Visibility = 'seen' | 'hidden' | 'unknown';

interface VisibilityEntry extends IntersectionObserverEntry {
  /** Set by browsers that implement visibility tracking (IntersectionObserver v2). */
  isVisible?: boolean;
}

type ObserverConstructor = new (
  callback: (entries: VisibilityEntry[]) => void,
  options: IntersectionObserverInit & { trackVisibility?: boolean; delay?: number },
) => IntersectionObserver;

/** The shortest interval the browser allows between visibility reports (it refuses less). */
const DELAY_MS = 100;

/**
 * Reports the target's visibility now and on every change; returns a function that stops watching. Reports
 * `unknown` once, and never again, where the browser has no visibility tracking.
 */
export function watchVisibility(
  target: Element,
  onChange: (visibility: Visibility) => void,
  Observer: ObserverConstructor | undefined = globalThis.IntersectionObserver as ObserverConstructor | undefined,
): () => void {
  if (!Observer) {
    onChange('unknown');
    return () => undefined;
  }
  let tracked = true;
  const observer = new Observer((entries) => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    if (typeof entry.isVisible !== 'boolean') {
      if (tracked) onChange('unknown');
      tracked = false;
      observer.disconnect();
      return;
    }
    onChange(entry.isVisible ? 'seen' : 'hidden');
  }, { threshold: [0], trackVisibility: true, delay: DELAY_MS });
  observer.observe(target);
  return () => observer.disconnect();
}
