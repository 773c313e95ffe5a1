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

  /**
   * Takes the sheet down at once, not at the next render: a key pressed right after (a second Escape, for the
   * reader) must already reach the button that opened it.
   */
  const takeDown = (): void => {
    const element = dialog.current;
    if (!element?.open) return;
    if (typeof element.close === 'function') element.close();
    else element.removeAttribute('open');
    // Browsers give focus back on close; the DOM emulations unit tests run in do not.
    if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus({ preventScroll: true });
  };
  const dismiss = (): void => {
    takeDown();
    onClose();
  };

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      const root = element.getRootNode();
      opener.current = root instanceof ShadowRoot || root instanceof Document ? root.activeElement : null;
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    } else if (!open) {
      takeDown();
    }
  }, [open]);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    dismiss();
  };

  return (
    <dialog
      ref={dialog}
      class={`sheet sheet-${kind}`}
      aria-label={title}
      onKeyDown={onKeyDown}
      // Escape while focus is nowhere in the sheet (its focused button went disabled) reaches the dialog as a close
      // request: it too closes the sheet alone.
      onCancel={(event) => {
        event.preventDefault();
        dismiss();
      }}
      // A close the browser makes itself (a form, a close request) keeps the caller's state in step.
      onClose={() => open && onClose()}
      // A tap on the backdrop, outside the sheet's box, closes it as on a phone's own sheets.
      onClick={(event) => event.target === dialog.current && dismiss()}
    >
      <div class="sheet-head">
        <h2 class="sheet-title">{title}</h2>
        <button type="button" class="sheet-close" onClick={dismiss}>{closeLabel}</button>
      </div>
      <div class="sheet-body">{children}</div>
    </dialog>
  );
}
