import { useEffect, useRef, useState } from 'preact/hooks';
import { COLOURS, type Colour, type Highlight } from '../../src/notes/highlight.ts';
import { renderMarkdown } from '../../src/notes/markdown.ts';
import { ColourSwatch } from '../library/ColourSwatch.tsx';
import { checkEdit, formatTagsInput, parseTagsInput, type EditProblem } from '../library/format.ts';
import { notesFailure, type NotesClient } from '../library/notes-port.ts';
import { StatusRegion, type StatusMessage } from '../library/StatusRegion.tsx';
import { NOTE_PANEL_COLOUR_KEYS, type NotePanelStrings } from './note-panel-messages.ts';
import { panelMessage, type PanelMessage, type TicketSource } from './panel-protocol.ts';
import { watchVisibility, type Visibility } from './visibility-guard.ts';

export interface NotePanelProps {
  /**
   * The one-time tickets for the highlight to show, as the embedder hands them over: the content script's, and any
   * the article page posts in its name. The background checks each, and answers the real one with the highlight.
   */
  tickets: TicketSource;
  client: NotesClient;
  strings: NotePanelStrings;
  /** Tells the embedding content script what happened: `window.parent.postMessage` in the page, a spy in tests. */
  post: (message: PanelMessage) => void;
}

type PanelState =
  | { kind: 'loading' }
  /** Nothing to edit: no ticket or a refused one, the highlight is gone, or it could not be read. */
  | { kind: 'unavailable'; text: string }
  | { kind: 'ready'; highlight: Highlight }
  | { kind: 'deleted' };

/** Where the delete stands: one click on "Hapus" only asks, so that one click lured onto it deletes nothing. */
type DeleteStep = 'idle' | 'confirming';

function problemText(problem: EditProblem, strings: NotePanelStrings): string {
  switch (problem.kind) {
    case 'note-too-long':
      return strings('notePanelNoteTooLong', problem.max);
    case 'too-many-tags':
      return strings('notePanelTooManyTags', problem.max);
    case 'tag-too-long':
      return strings('notePanelTagTooLong', problem.max);
  }
}

function failureText(error: unknown, strings: NotePanelStrings): string {
  const failure = notesFailure(error);
  switch (failure.code) {
    case 'quota-exceeded':
      return strings('notePanelErrorQuota');
    case 'not-found':
      return strings('notePanelNotFound');
    case 'not-allowed':
      // A used or stale ticket, or a background that restarted and forgot this panel: nothing is lost.
      return strings('notePanelOpenAgain');
    case 'unreachable':
      return strings('notePanelErrorUnreachable');
    default:
      return strings('notePanelErrorOther', failure.message);
  }
}

/**
 * The note of one highlight, shown over the article in our own frame: the quote, the note with a Markdown preview,
 * tags and colour. Simpan saves note, tags and colour; a colour picked is saved at once, so the page repaints it.
 * Esc closes, Ctrl/Cmd+Enter saves. "Hapus" asks first, with the confirming button elsewhere. Messages to the page
 * carry ids and colours only (see `panel-protocol.ts`).
 */
/** Tickets tried at most before the panel gives up: the page can post forged ones, and each costs a request. */
export const MAX_TICKET_ATTEMPTS = 20;

const refusal = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'not-allowed';

/** The highlight of the first of `tickets` the background redeems; throws the last refusal when none is. */
async function redeemFirst(tickets: TicketSource, client: NotesClient): Promise<Highlight> {
  let refused: unknown = Object.assign(new Error('no ticket was handed over'), { code: 'not-allowed' as const });
  for (let attempt = 0; attempt < MAX_TICKET_ATTEMPTS; attempt++) {
    const given = await tickets.next();
    // No ticket came: as good as a refused one.
    if (given === null) break;
    try {
      return (await client.request({ type: 'notes/redeem-ticket', ticket: given })).highlight;
    } catch (error) {
      // A forged, used or stale ticket: the next one may be the embedder's own. Anything else is the answer.
      if (!refusal(error)) throw error;
      refused = error;
    }
  }
  throw refused;
}

export function NotePanel({ tickets, client, strings, post }: NotePanelProps) {
  const [state, setState] = useState<PanelState>({ kind: 'loading' });
  const [deleteStep, setDeleteStep] = useState<DeleteStep>('idle');
  const cancelDelete = useRef<HTMLButtonElement>(null);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [colour, setColour] = useState<Colour>('yellow');
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const panel = useRef<HTMLElement>(null);
  // Where the browser can tell that something covers the panel or makes it transparent, deleting waits until the
  // panel is seen again (visibility-guard.ts).
  const [visibility, setVisibility] = useState<Visibility>('unknown');
  useEffect(() => (panel.current ? watchVisibility(panel.current, setVisibility) : undefined), []);
  const obscured = visibility === 'hidden';

  useEffect(() => {
    let live = true;
    redeemFirst(tickets, client)
      .then(
        (highlight) => {
          if (!live) return;
          setNote(highlight.note);
          setTags(formatTagsInput(highlight.tags));
          setColour(highlight.colour);
          setState({ kind: 'ready', highlight });
        },
        (error: unknown) => {
          if (live) setState({ kind: 'unavailable', text: failureText(error, strings) });
        },
      );
    return () => {
      live = false;
    };
  }, [client, tickets, strings]);

  const ready = state.kind === 'ready';
  useEffect(() => {
    // `autofocus` is not honoured in a frame the page inserts later; focusing here is.
    if (!ready) return;
    const field = textarea.current;
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length);
  }, [ready]);

  const close = () => post(panelMessage('close'));

  useEffect(() => {
    // The safe choice takes the focus, so a stray Enter or Space cancels.
    if (deleteStep === 'confirming') cancelDelete.current?.focus();
  }, [deleteStep]);

  const save = async () => {
    if (state.kind !== 'ready' || saving) return;
    const tagList = parseTagsInput(tags);
    const problem = checkEdit(note, tagList);
    if (problem) {
      setStatus({ kind: 'error', text: problemText(problem, strings) });
      return;
    }
    setSaving(true);
    try {
      const { highlight } = await client.request({ type: 'notes/update', id: state.highlight.id, changes: { note, tags: tagList, colour } });
      setState({ kind: 'ready', highlight });
      setTags(formatTagsInput(highlight.tags));
      setStatus({ kind: 'info', text: strings('notePanelSaved') });
      post(panelMessage('saved', highlight.id, highlight.colour));
    } catch (error) {
      setStatus({ kind: 'error', text: failureText(error, strings) });
    } finally {
      setSaving(false);
    }
  };

  const pickColour = async (next: Colour) => {
    if (state.kind !== 'ready') return;
    const previous = colour;
    setColour(next);
    try {
      const { highlight } = await client.request({ type: 'notes/update', id: state.highlight.id, changes: { colour: next } });
      setState({ kind: 'ready', highlight });
      setStatus({ kind: 'info', text: strings('notePanelColourSaved', strings(NOTE_PANEL_COLOUR_KEYS[highlight.colour])) });
      post(panelMessage('colour', highlight.id, highlight.colour));
    } catch (error) {
      setColour(previous);
      setStatus({ kind: 'error', text: failureText(error, strings) });
    }
  };

  const remove = async () => {
    if (state.kind !== 'ready' || deleteStep !== 'confirming' || obscured) return;
    setDeleteStep('idle');
    try {
      const { deleted } = await client.request({ type: 'notes/delete', id: state.highlight.id });
      setState({ kind: 'deleted' });
      setStatus({ kind: 'info', text: strings('notePanelDeleted') });
      post(panelMessage('deleted', deleted.id));
    } catch (error) {
      setStatus({ kind: 'error', text: failureText(error, strings) });
    }
  };

  // Keys on the whole panel document: Esc must close even when focus sits on the page body of the frame.
  const keys = useRef<(event: KeyboardEvent) => void>(() => {});
  keys.current = (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      // Closed when the key is released: closing removes this frame, and a frame removed between the key's press and
      // its release leaves the release with nowhere to go.
      if (event.type === 'keyup') close();
    } else if (event.type === 'keydown' && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => keys.current(event);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keyup', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keyup', onKeyDown);
    };
  }, []);

  return (
    <main class="note-panel" aria-labelledby="note-panel-title" ref={panel}>
      <header class="panel-header">
        <h1 id="note-panel-title">{strings('notePanelTitle')}</h1>
        <button type="button" class="icon-button" data-testid="note-close" title={strings('notePanelCloseHint')} onClick={close}>
          {strings('notePanelClose')}
        </button>
      </header>
      {state.kind === 'loading' && <p class="muted">{strings('notePanelLoading')}</p>}
      {state.kind === 'unavailable' && <p class="notice">{state.text}</p>}
      {state.kind === 'ready' && (
        <form
          class="panel-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <figure class="quote" data-colour={colour}>
            <figcaption class="visually-hidden">{strings('notePanelQuote')}</figcaption>
            <blockquote>{state.highlight.selectors[0].exact}</blockquote>
          </figure>
          <label for="note-text">{strings('notePanelNoteLabel')}</label>
          <textarea
            id="note-text"
            ref={textarea}
            data-testid="note-text"
            rows={5}
            value={note}
            autoFocus
            aria-describedby="note-hint"
            onInput={(event) => setNote(event.currentTarget.value)}
          />
          <p id="note-hint" class="hint">
            {strings('notePanelNoteHint')}
          </p>
          {note.trim() !== '' && (
            <details class="preview" open>
              <summary>{strings('notePanelPreview')}</summary>
              {/* The only HTML inserted: renderMarkdown escapes every character of the note and writes its own tags. */}
              <div class="note-preview" data-testid="note-preview" dangerouslySetInnerHTML={{ __html: renderMarkdown(note) }} />
            </details>
          )}
          <label for="note-tags">{strings('notePanelTagsLabel')}</label>
          <input id="note-tags" type="text" data-testid="note-tags" value={tags} autoComplete="off" onInput={(event) => setTags(event.currentTarget.value)} />
          <fieldset class="colours">
            <legend>{strings('notePanelColour')}</legend>
            {COLOURS.map((c) => (
              <label key={c} class="colour-option">
                <input type="radio" name="colour" value={c} data-colour={c} checked={colour === c} onChange={() => void pickColour(c)} />
                <ColourSwatch colour={c} />
                <span>{strings(NOTE_PANEL_COLOUR_KEYS[c])}</span>
              </label>
            ))}
          </fieldset>
          {deleteStep === 'idle' ? (
            <div class="actions">
              <button type="submit" class="primary" data-testid="note-save" title={strings('notePanelSaveHint')} disabled={saving} aria-busy={saving}>
                {saving ? strings('notePanelSaving') : strings('notePanelSave')}
              </button>
              <button type="button" class="danger" data-testid="note-delete" title={strings('notePanelDeleteHint')} onClick={() => setDeleteStep('confirming')}>
                {strings('notePanelDelete')}
              </button>
            </div>
          ) : (
            // The confirming button takes the first place, not the one "Hapus" had: there "Batal" stands.
            <div class="actions confirm-delete" role="group" aria-labelledby="note-delete-question">
              <p id="note-delete-question" class="confirm-question">{strings('notePanelDeleteQuestion')}</p>
              {obscured && <p class="notice" data-testid="note-obscured">{strings('notePanelObscured')}</p>}
              <button type="button" class="danger" data-testid="note-delete-confirm" disabled={obscured} onClick={() => void remove()}>
                {strings('notePanelDeleteConfirm')}
              </button>
              <button type="button" ref={cancelDelete} data-testid="note-delete-cancel" onClick={() => setDeleteStep('idle')}>
                {strings('notePanelDeleteCancel')}
              </button>
            </div>
          )}
        </form>
      )}
      <StatusRegion status={status} testId="note-status" />
    </main>
  );
}
