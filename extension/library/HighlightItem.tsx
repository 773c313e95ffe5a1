import { renderMarkdown } from '../../src/notes/markdown.ts';
import type { Highlight } from '../../src/notes/highlight.ts';
import { ColourSwatch } from './ColourSwatch.tsx';
import { formatDateTime } from './format.ts';
import { LIBRARY_COLOUR_KEYS, type LibraryStrings } from './library-messages.ts';
import { NoteEditor, type NoteEdit } from './NoteEditor.tsx';
import type { UiLanguage } from './notes-port.ts';

/** The address that opens the article and scrolls to this highlight (the content script reads the fragment). */
export function highlightLink(highlight: Highlight): string {
  return `${highlight.articleUrl}#teman-baca=${highlight.id}`;
}

export interface HighlightItemProps {
  highlight: Highlight;
  editing: boolean;
  onEdit: () => void;
  onCancelEdit: () => void;
  onSave: (edit: NoteEdit) => Promise<void>;
  onDelete: () => void;
  strings: LibraryStrings;
  language: UiLanguage;
}

/** One highlight: its colour, quote, note, tags and date, with edit, delete and "show in article". */
export function HighlightItem({ highlight, editing, onEdit, onCancelEdit, onSave, onDelete, strings, language }: HighlightItemProps) {
  const colourName = strings(LIBRARY_COLOUR_KEYS[highlight.colour]);
  const quoteId = `quote-${highlight.id}`;
  return (
    <li class="highlight" data-testid="library-highlight" data-highlight-id={highlight.id} data-colour={highlight.colour} aria-labelledby={quoteId}>
      <p class="highlight-meta">
        <span class="colour-name">
          <ColourSwatch colour={highlight.colour} />
          {colourName}
        </span>
        <span aria-hidden="true"> · </span>
        <span class="visually-hidden">{strings('libraryCreated')} </span>
        <time dateTime={highlight.createdAt}>{formatDateTime(highlight.createdAt, language)}</time>
      </p>
      <blockquote class="quote" id={quoteId} data-colour={highlight.colour}>
        {highlight.selectors[0].exact}
      </blockquote>
      {editing ? (
        <NoteEditor highlight={highlight} onSave={onSave} onCancel={onCancelEdit} strings={strings} />
      ) : (
        <>
          {highlight.note !== '' && (
            // The only HTML inserted: renderMarkdown escapes every character of the note and writes its own tags.
            <div class="note" data-testid="library-note" dangerouslySetInnerHTML={{ __html: renderMarkdown(highlight.note) }} />
          )}
          {highlight.tags.length > 0 && (
            <ul class="tags" aria-label={strings('libraryTags')}>
              {highlight.tags.map((tag) => (
                <li key={tag} class="tag">
                  {tag}
                </li>
              ))}
            </ul>
          )}
          <div class="actions">
            <button type="button" data-testid="library-edit" onClick={onEdit} aria-describedby={quoteId}>
              {strings('libraryEdit')}
            </button>
            <button type="button" class="danger" data-testid="library-delete" onClick={onDelete} aria-describedby={quoteId}>
              {strings('libraryDelete')}
            </button>
            <a class="button-link" href={highlightLink(highlight)} target="_blank" rel="noopener" data-testid="library-open">
              {strings('libraryOpenAtHighlight')}
              <span class="visually-hidden"> {strings('libraryNewTab')}</span>
            </a>
          </div>
        </>
      )}
    </li>
  );
}
