import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ReaderSheetProps {
  /** Whether the sheet is shown; the caller owns the state and closes it through `onClose`. */
  open: boolean;
  onClose: () => void;
  /** The sheet's accessible name, and its visible heading. */
  title: string;
  /** The visible name of the button that closes it. */
  closeLabel: string;
  /** For the stylesheet: which sheet this is. */
  kind: string;
  children: ComponentChildren;
}

/**
 * A sheet that rises from the bottom of a phone's screen: a native modal `<dialog>`, so the rest of the reader is
 * inert while it is open (focus stays inside, and screen readers see the sheet alone), and the browser gives focus
 * back to the button that opened it on close. Escape is handled here and stops here: the same key on the reader
 * would close the whole reader.
 */
export function ReaderSheet({ open, onClose, title, closeLabel, kind, children }: ReaderSheetProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = element.getRootNode() instanceof ShadowRoot ? (element.getRootNode() as ShadowRoot).activeElement : null;
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    } else if (!open && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
      // Browsers give focus back on close; the emulations tests run in do not, and an opener that moved is missed.
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus({ preventScroll: true });
    }
  }, [open]);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      class={`sheet sheet-${kind}`}
      aria-label={title}
      onKeyDown={onKeyDown}
      // A close the browser makes itself (a form, a close request) keeps the caller's state in step.
      onClose={() => open && onClose()}
      // A tap on the backdrop, outside the sheet's box, closes it as on a phone's own sheets.
      onClick={(event) => event.target === dialog.current && onClose()}
    >
      <div class="sheet-head">
        <h2 class="sheet-title">{title}</h2>
        <button type="button" class="sheet-close" onClick={onClose}>{closeLabel}</button>
      </div>
      <div class="sheet-body">{children}</div>
    </dialog>
  );
}
