import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ArticleGroup } from '../../src/notes/group-by-article.ts';
import type { Highlight } from '../../src/notes/highlight.ts';
import { importErrorMessage, MAX_IMPORT_CHARS } from '../../src/notes/import.ts';
import { fitsInMessage } from '../../src/messages/message-size.ts';
import type { SearchFilters } from '../../src/notes/store.ts';
import { ArticleSection } from './ArticleSection.tsx';
import { downloadFile, type Download } from './download.ts';
import { EMPTY_FILTERS, FilterBar, type FilterState } from './FilterBar.tsx';
import { checkEdit, dayStartIso, formatCount } from './format.ts';
import { editProblemText, failureText } from './library-errors.ts';
import type { LibraryStrings } from './library-messages.ts';
import type { NoteEdit } from './NoteEditor.tsx';
import { notesFailure, type NotesClient, type UiLanguage } from './notes-port.ts';
import { StatusRegion, type StatusMessage } from './StatusRegion.tsx';
import { TransferPanel } from './TransferPanel.tsx';
import { UndoBar } from './UndoBar.tsx';
import { useDebouncedValue } from './use-debounced-value.ts';

/** Highlights asked for at first, and added by each "show more". */
export const PAGE_SIZE = 200;
/** Pause in typing after which the search is sent. */
export const SEARCH_DELAY_MS = 250;

export interface LibraryProps {
  client: NotesClient;
  strings: LibraryStrings;
  language: UiLanguage;
  /** Saves an exported file; the browser download in the page, a spy in tests. */
  download?: Download;
  searchDelayMs?: number;
  pageSize?: number;
}

interface Results {
  groups: ArticleGroup[];
  total: number;
  shown: number;
}

/** Tags and sections the collection holds, for the filter selects. */
interface Facets {
  tags: string[];
  sections: string[];
}

const collator = new Intl.Collator('id');
const sorted = (values: Iterable<string>) => [...new Set(values)].sort(collator.compare);

function facetsOf(groups: readonly ArticleGroup[]): Facets {
  const highlights = groups.flatMap((group) => group.highlights);
  return {
    tags: sorted(highlights.flatMap((h) => h.tags)),
    sections: sorted(highlights.flatMap((h) => (h.section === null ? [] : [h.section]))),
  };
}

/** The filters as the search message takes them: only those set, dates as ISO times, "to" including its day. */
export function searchFilters(filters: FilterState): SearchFilters {
  const out: SearchFilters = {};
  if (filters.colours.length > 0) out.colours = filters.colours;
  if (filters.tag) out.tag = filters.tag;
  if (filters.section) out.section = filters.section;
  const from = dayStartIso(filters.from);
  const to = dayStartIso(filters.to, true);
  if (from) out.from = from;
  if (to) out.to = to;
  return out;
}

function replaceHighlight(results: Results, updated: Highlight): Results {
  return {
    ...results,
    groups: results.groups.map((group) => ({
      ...group,
      highlights: group.highlights.map((h) => (h.id === updated.id ? updated : h)),
    })),
  };
}

function withoutHighlight(results: Results, id: string): Results {
  const groups = results.groups
    .map((group) => ({ ...group, highlights: group.highlights.filter((h) => h.id !== id) }))
    .filter((group) => group.highlights.length > 0);
  const removed = results.groups.some((group) => group.highlights.some((h) => h.id === id));
  return removed ? { groups, total: results.total - 1, shown: results.shown - 1 } : results;
}

/**
 * The library: every highlight by article, newest first, with search and filters, editing, delete with undo,
 * export and import. All data comes through `client`; nothing here touches the extension API.
 */
export function Library({
  client,
  strings,
  language,
  download = downloadFile,
  searchDelayMs = SEARCH_DELAY_MS,
  pageSize = PAGE_SIZE,
}: LibraryProps) {
  const [filters, setFilters] = useState<FilterState>(EMPTY_FILTERS);
  const [limit, setLimit] = useState(pageSize);
  const [results, setResults] = useState<Results | null>(null);
  const [facets, setFacets] = useState<Facets>({ tags: [], sections: [] });
  const [editingId, setEditingId] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [undo, setUndo] = useState<{ highlight: Highlight; token: number } | null>(null);
  const [busy, setBusy] = useState(false);
  /** Bumped to search again with the same filters (after a delete, restore or import). */
  const [reload, setReload] = useState(0);
  const [facetsReload, setFacetsReload] = useState(0);
  const searchSeq = useRef(0);
  const undoSeq = useRef(0);
  const listRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** A control to focus once the list has re-rendered, as a selector within the list. */
  const focusAfterRender = useRef<string | null>(null);

  const query = useDebouncedQuery(filters.query, searchDelayMs);
  const { colours, tag, section, from, to } = filters;
  const badRange = from !== '' && to !== '' && from > to;

  const fail = useCallback(
    (error: unknown) => setStatus({ kind: 'error', text: failureText(notesFailure(error), strings, language) }),
    [strings, language],
  );

  useEffect(() => {
    const seq = ++searchSeq.current;
    const message = { type: 'notes/search' as const, query, filters: searchFilters({ ...EMPTY_FILTERS, colours, tag, section, from, to }), limit };
    client.request(message).then(
      (reply) => {
        if (seq === searchSeq.current) setResults(reply);
      },
      (error: unknown) => {
        if (seq === searchSeq.current) fail(error);
      },
    );
  }, [client, query, colours, tag, section, from, to, limit, reload, fail]);

  useEffect(() => {
    // Reads every highlight: affordable on a page opened now and then, and exact. A store-side facet index would
    // spare the read for very large collections.
    client.request({ type: 'notes/list-all' }).then((reply) => setFacets(facetsOf(reply.groups)), fail);
  }, [client, facetsReload, fail]);

  useLayoutEffect(() => {
    const selector = focusAfterRender.current;
    if (selector === null) return;
    focusAfterRender.current = null;
    listRef.current?.querySelector<HTMLElement>(selector)?.focus();
  });

  const changeFilters = (next: FilterState) => {
    setFilters(next);
    setLimit(pageSize);
  };

  const edit = (id: string | null) => {
    if (id === null && editingId !== null) focusAfterRender.current = `[data-highlight-id="${editingId}"] [data-testid="library-edit"]`;
    setEditingId(id);
  };

  const save = async (id: string, { note, tags }: NoteEdit) => {
    const problem = checkEdit(note, tags);
    if (problem) {
      setStatus({ kind: 'error', text: editProblemText(problem, strings) });
      return;
    }
    try {
      const { highlight } = await client.request({ type: 'notes/update', id, changes: { note, tags } });
      setResults((current) => current && replaceHighlight(current, highlight));
      setFacets((current) => ({ ...current, tags: sorted([...current.tags, ...highlight.tags]) }));
      focusAfterRender.current = `[data-highlight-id="${id}"] [data-testid="library-edit"]`;
      setEditingId(null);
      setStatus({ kind: 'info', text: strings('librarySaved') });
    } catch (error) {
      fail(error);
    }
  };

  const remove = async (id: string) => {
    try {
      const { deleted } = await client.request({ type: 'notes/delete', id });
      if (editingId === id) setEditingId(null);
      setResults((current) => current && withoutHighlight(current, id));
      setUndo({ highlight: deleted, token: ++undoSeq.current });
      setStatus({ kind: 'info', text: strings('libraryDeleted') });
      setReload((n) => n + 1);
    } catch (error) {
      fail(error);
      // Gone already (another tab): show the list as it is.
      if (notesFailure(error).code === 'not-found') setReload((n) => n + 1);
    }
  };

  /** Closes the undo bar; focus inside it would be lost with it, so it goes to the list heading. */
  const closeUndo = useCallback(() => {
    const active = document.activeElement;
    if (active?.closest('.undo-bar')) headingRef.current?.focus();
    setUndo(null);
  }, []);

  const restore = async () => {
    if (!undo) return;
    const { highlight } = undo;
    closeUndo();
    try {
      await client.request({ type: 'notes/restore', highlight });
      setStatus({ kind: 'info', text: strings('libraryRestored') });
      setReload((n) => n + 1);
    } catch (error) {
      fail(error);
    }
  };

  const exportAs = async (format: 'json' | 'markdown' | 'saved-markdown', withTexts?: boolean) => {
    setBusy(true);
    try {
      const file = await client.request({ type: 'notes/export', format, ...(withTexts === undefined ? {} : { withTexts }) });
      download(file);
      setStatus({ kind: 'info', text: strings('libraryExported', file.filename) });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File) => {
    // A file this many bytes has more characters than the importer reads: refuse it before reading it into memory.
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setStatus({ kind: 'error', text: strings('libraryImportFailed', importErrorMessage({ code: 'too-large' }, language)) });
      return;
    }
    setBusy(true);
    setStatus({ kind: 'info', text: strings('libraryImporting') });
    try {
      const content = await file.text();
      // Chrome refuses a message over 64 MiB of JSON and the send fails as if nobody answered: say why instead.
      if (!fitsInMessage(content)) {
        setStatus({ kind: 'error', text: strings('libraryImportFailed', strings('libraryImportTooLargeToSend')) });
        return;
      }
      const counts = await client.request({ type: 'notes/import', content });
      const carried = counts.articles ? counts.articles.added + counts.articles.updated + counts.articles.unchanged : 0;
      const articles = counts.articles && carried > 0
        ? ` ${strings('libraryImportedArticles', formatCount(counts.articles.added, language), formatCount(counts.articles.updated, language), formatCount(counts.savedArticles ?? 0, language))}`
        : '';
      setStatus({
        kind: 'info',
        text: strings(
          'libraryImported',
          formatCount(counts.added, language),
          formatCount(counts.updated, language),
          formatCount(counts.unchanged, language),
        ) + articles,
      });
      setReload((n) => n + 1);
      setFacetsReload((n) => n + 1);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const filtered = query !== '' || Object.keys(searchFilters(filters)).length > 0;

  return (
    <div class="library">
      <header class="page-header">
        <h1>{strings('libraryTitle')}</h1>
        <p class="hint">{strings('librarySubtitle')}</p>
      </header>
      <FilterBar filters={filters} onChange={changeFilters} tags={facets.tags} sections={facets.sections} strings={strings} />
      <StatusRegion status={status} testId="library-status" />
      <section class="results" aria-labelledby="library-results-heading" aria-busy={results === null}>
        <div class="results-header">
          <h2 id="library-results-heading" ref={headingRef} tabIndex={-1}>
            {strings('libraryResultsHeading')}
          </h2>
          {/* A polite live region from the first render: the count changes once a search's results arrive, that is
              after the pause in typing, so it is read once per search rather than at every key. */}
          <p class="results-count" data-testid="library-count" role="status">
            {results === null
              ? strings('libraryLoading')
              : results.shown < results.total
                ? strings('libraryShownOf', formatCount(results.shown, language), formatCount(results.total, language))
                : strings('libraryCount', formatCount(results.total, language))}
          </p>
        </div>
        {badRange && <p class="notice">{strings('libraryBadDateRange')}</p>}
        {results !== null && results.total === 0 && <p class="notice">{strings(filtered ? 'libraryNoMatches' : 'libraryEmpty')}</p>}
        <div ref={listRef}>
          {results?.groups.map((group) => (
            <ArticleSection
              key={group.articleUrl}
              group={group}
              editingId={editingId}
              onEdit={edit}
              onSave={save}
              onDelete={(id) => void remove(id)}
              strings={strings}
              language={language}
            />
          ))}
        </div>
        {results !== null && results.shown < results.total && (
          <button type="button" class="more" data-testid="library-more" onClick={() => setLimit((n) => n + pageSize)}>
            {strings('libraryShowMore')}
          </button>
        )}
      </section>
      <TransferPanel
        onExport={(format, options) => void exportAs(format, format === 'json' ? options.withTexts : undefined)}
        onExportSaved={() => void exportAs('saved-markdown')}
        onImport={(file) => void importFile(file)}
        busy={busy}
        strings={strings}
        language={language}
      />
      {undo && <UndoBar token={undo.token} onUndo={() => void restore()} onDismiss={closeUndo} strings={strings} />}
    </div>
  );
}

/** The query once typing pauses; cleared at once, so emptying the box shows everything without waiting. */
function useDebouncedQuery(query: string, delayMs: number): string {
  const settled = useDebouncedValue(query.trim(), delayMs);
  return query.trim() === '' ? '' : settled;
}
