import type { ArticleGroup } from '../../src/notes/group-by-article.ts';
import { HighlightItem } from './HighlightItem.tsx';
import type { LibraryStrings } from './library-messages.ts';
import type { NoteEdit } from './NoteEditor.tsx';
import type { UiLanguage } from './notes-port.ts';

export interface ArticleSectionProps {
  group: ArticleGroup;
  /** The highlight whose note is open for editing, if it is in this article. */
  editingId: string | null;
  onEdit: (id: string | null) => void;
  onSave: (id: string, edit: NoteEdit) => Promise<void>;
  onDelete: (id: string) => void;
  strings: LibraryStrings;
  language: UiLanguage;
}

/** One article: its title (a link to it), section, and its highlights in reading order. */
export function ArticleSection({ group, editingId, onEdit, onSave, onDelete, strings, language }: ArticleSectionProps) {
  const headingId = `article-${group.highlights[0]?.id ?? encodeURIComponent(group.articleUrl)}`;
  return (
    <section class="article" aria-labelledby={headingId} data-article-url={group.articleUrl}>
      <header class="article-header">
        <h3 id={headingId}>
          <a href={group.articleUrl} target="_blank" rel="noopener">
            {group.title || group.articleUrl}
            <span class="visually-hidden"> {strings('libraryNewTab')}</span>
          </a>
        </h3>
        <p class="article-section">{group.section ?? strings('libraryNoSection')}</p>
      </header>
      <ul class="highlights">
        {group.highlights.map((highlight) => (
          <HighlightItem
            key={highlight.id}
            highlight={highlight}
            editing={editingId === highlight.id}
            onEdit={() => onEdit(highlight.id)}
            onCancelEdit={() => onEdit(null)}
            onSave={(edit) => onSave(highlight.id, edit)}
            onDelete={() => onDelete(highlight.id)}
            strings={strings}
            language={language}
          />
        ))}
      </ul>
    </section>
  );
}
