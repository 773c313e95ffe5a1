import { useEffect, useRef, useState } from 'preact/hooks';
import type { Highlight } from '../../src/notes/highlight.ts';
import { formatTagsInput, parseTagsInput } from './format.ts';
import type { LibraryStrings } from './library-messages.ts';

export interface NoteEdit {
  note: string;
  tags: string[];
}

export interface NoteEditorProps {
  highlight: Highlight;
  /** Resolves when the save is over, whichever way it went; the editor closes only on success (the parent's call). */
  onSave: (edit: NoteEdit) => Promise<void>;
  onCancel: () => void;
  strings: LibraryStrings;
}

/** The note and tags of one highlight, edited in place. Ctrl/Cmd+Enter saves, Esc cancels. */
export function NoteEditor({ highlight, onSave, onCancel, strings }: NoteEditorProps) {
  const [note, setNote] = useState(highlight.note);
  const [tags, setTags] = useState(formatTagsInput(highlight.tags));
  const [saving, setSaving] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const ids = `edit-${highlight.id}`;

  useEffect(() => {
    const field = textarea.current;
    if (!field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);

  const save = async () => {
    if (saving) return;
    setSaving(true);
    try {
      await onSave({ note, tags: parseTagsInput(tags) });
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <form
      class="note-editor"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label for={`${ids}-note`}>{strings('libraryNoteLabel')}</label>
      <textarea
        id={`${ids}-note`}
        ref={textarea}
        data-testid="library-note-input"
        rows={4}
        value={note}
        aria-describedby={`${ids}-hint`}
        onInput={(event) => setNote(event.currentTarget.value)}
      />
      <p id={`${ids}-hint`} class="hint">
        {strings('libraryNoteHint')}
      </p>
      <label for={`${ids}-tags`}>{strings('libraryTagsLabel')}</label>
      <input
        id={`${ids}-tags`}
        type="text"
        data-testid="library-tags-input"
        value={tags}
        autoComplete="off"
        onInput={(event) => setTags(event.currentTarget.value)}
      />
      <div class="actions">
        <button type="submit" class="primary" data-testid="library-save" disabled={saving} aria-busy={saving}>
          {saving ? strings('librarySaving') : strings('librarySave')}
        </button>
        <button type="button" data-testid="library-cancel" onClick={onCancel}>
          {strings('libraryCancel')}
        </button>
      </div>
    </form>
  );
}
