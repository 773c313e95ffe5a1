import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LibraryStrings } from './library-messages.ts';

/** How long "Sorotan dihapus. Urungkan" stays, counted while the reader is not pointing at or focused in it. */
export const UNDO_MS = 8_000;

export interface UndoBarProps {
  /** Changes with every delete, restarting the countdown. */
  token: number;
  onUndo: () => void;
  onDismiss: () => void;
  strings: LibraryStrings;
  durationMs?: number;
}

/**
 * The bar after a delete. It takes focus (the deleted item's buttons are gone, and Enter then undoes), and its
 * countdown pauses while the pointer or focus is in it, so nobody loses the chance to undo while reaching for it.
 */
export function UndoBar({ token, onUndo, onDismiss, strings, durationMs = UNDO_MS }: UndoBarProps) {
  const [held, setHeld] = useState({ hover: false, focus: false });
  const undoButton = useRef<HTMLButtonElement>(null);
  const paused = held.hover || held.focus;
  // The latest callback, so a parent re-rendering with a new function does not restart the countdown.
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;

  useLayoutEffect(() => {
    undoButton.current?.focus();
  }, [token]);

  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => dismiss.current(), durationMs);
    return () => clearTimeout(timer);
  }, [token, paused, durationMs]);

  return (
    <div
      class="undo-bar"
      role="group"
      aria-label={strings('libraryDeleted')}
      onMouseEnter={() => setHeld((h) => ({ ...h, hover: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, hover: false }))}
      onFocusIn={() => setHeld((h) => ({ ...h, focus: true }))}
      onFocusOut={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHeld((h) => ({ ...h, focus: false }));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
      }}
    >
      <span>{strings('libraryDeleted')}</span>
      <button type="button" ref={undoButton} class="primary" data-testid="library-undo" onClick={onUndo}>
        {strings('libraryUndo')}
      </button>
      <button type="button" class="icon-button" aria-label={strings('libraryDismiss')} title={strings('libraryDismiss')} onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
