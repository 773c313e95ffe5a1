import { useEffect, useState } from 'preact/hooks';

/**
 * Where the reader switches to its phone layout: one compact bar, the settings and the entity panel in sheets. In
 * `em`, which in a media query is the user's default font size: 37.5em is 600 CSS px at the usual 16 px, and a
 * larger default (or a zoomed window) reaches the compact layout sooner. reader-styles.ts uses the same query.
 */
export const COMPACT_QUERY = '(max-width: 37.5em)';

/**
 * Whether the window is narrow enough for the compact layout, following it as it changes (a phone turned, a window
 * resized, zoom). Without `matchMedia` (a DOM emulation) the full layout is kept.
 */
export function useCompactLayout(view: Window | null): boolean {
  const query = view && typeof view.matchMedia === 'function' ? view.matchMedia(COMPACT_QUERY) : null;
  const [compact, setCompact] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return undefined;
    const update = (): void => setCompact(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [query?.media]);
  return compact;
}
