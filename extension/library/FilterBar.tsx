import { useRef } from 'preact/hooks';
import { COLOURS, type Colour } from '../../src/notes/highlight.ts';
import { ColourSwatch } from './ColourSwatch.tsx';
import { LIBRARY_COLOUR_KEYS, type LibraryStrings } from './library-messages.ts';

/** What the reader has typed and picked, as the controls hold it (dates as `YYYY-MM-DD`, empty for none). */
export interface FilterState {
  query: string;
  /** Any of these colours; none picked means every colour. */
  colours: Colour[];
  /** Empty for any tag. */
  tag: string;
  /** Empty for any section. */
  section: string;
  from: string;
  to: string;
}

export const EMPTY_FILTERS: FilterState = { query: '', colours: [], tag: '', section: '', from: '', to: '' };

export interface FilterBarProps {
  filters: FilterState;
  onChange: (filters: FilterState) => void;
  /** Tags and sections present in the collection, to pick from. */
  tags: readonly string[];
  sections: readonly string[];
  strings: LibraryStrings;
}

/** The search box and the filters. Native controls, each with a visible label; colours are toggle buttons. */
export function FilterBar({ filters, onChange, tags, sections, strings }: FilterBarProps) {
  const search = useRef<HTMLInputElement>(null);
  const set = (changes: Partial<FilterState>) => onChange({ ...filters, ...changes });
  // The button goes away with the filters it clears: focus goes to the search box rather than being lost.
  const clear = () => {
    onChange(EMPTY_FILTERS);
    search.current?.focus();
  };
  const toggleColour = (colour: Colour) =>
    set({
      colours: filters.colours.includes(colour)
        ? filters.colours.filter((c) => c !== colour)
        : COLOURS.filter((c) => c === colour || filters.colours.includes(c)),
    });
  const filtered =
    filters.query !== '' || filters.colours.length > 0 || filters.tag !== '' || filters.section !== '' || filters.from !== '' || filters.to !== '';
  // A tag or section picked earlier stays offered even when the collection no longer has it, so the select shows it.
  const tagOptions = filters.tag && !tags.includes(filters.tag) ? [filters.tag, ...tags] : tags;
  const sectionOptions = filters.section && !sections.includes(filters.section) ? [filters.section, ...sections] : sections;
  return (
    <search class="filter-bar" aria-labelledby="library-search-heading">
      <h2 id="library-search-heading" class="visually-hidden">
        {strings('librarySearchHeading')}
      </h2>
      <div class="field search-field">
        <label for="library-search">{strings('librarySearchLabel')}</label>
        <input
          ref={search}
          id="library-search"
          type="search"
          data-testid="library-search"
          value={filters.query}
          placeholder={strings('librarySearchPlaceholder')}
          maxLength={500}
          autoComplete="off"
          onInput={(event) => set({ query: event.currentTarget.value })}
        />
      </div>
      <div class="filter-row">
        <div class="field" role="group" aria-labelledby="library-colour-label">
          <span id="library-colour-label" class="field-label">
            {strings('libraryColourFilter')}
          </span>
          <div class="chips">
            {COLOURS.map((colour) => (
              <button
                key={colour}
                type="button"
                class="chip"
                data-colour-filter={colour}
                aria-pressed={filters.colours.includes(colour)}
                onClick={() => toggleColour(colour)}
              >
                <ColourSwatch colour={colour} />
                {strings(LIBRARY_COLOUR_KEYS[colour])}
              </button>
            ))}
          </div>
        </div>
        <div class="field">
          <label for="library-tag">{strings('libraryTagFilter')}</label>
          <select id="library-tag" data-testid="library-tag-filter" value={filters.tag} onChange={(event) => set({ tag: event.currentTarget.value })}>
            <option value="">{strings('libraryAnyTag')}</option>
            {tagOptions.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="library-section">{strings('librarySectionFilter')}</label>
          <select
            id="library-section"
            data-testid="library-section-filter"
            value={filters.section}
            onChange={(event) => set({ section: event.currentTarget.value })}
          >
            <option value="">{strings('libraryAnySection')}</option>
            {sectionOptions.map((section) => (
              <option key={section} value={section}>
                {section}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="library-from">{strings('libraryFrom')}</label>
          <input
            id="library-from"
            type="date"
            data-testid="library-from"
            value={filters.from}
            max={filters.to || undefined}
            onChange={(event) => set({ from: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="library-to">{strings('libraryTo')}</label>
          <input
            id="library-to"
            type="date"
            data-testid="library-to"
            value={filters.to}
            min={filters.from || undefined}
            onChange={(event) => set({ to: event.currentTarget.value })}
          />
        </div>
        {filtered && (
          <button type="button" class="link-button clear-filters" onClick={clear}>
            {strings('libraryClearFilters')}
          </button>
        )}
      </div>
    </search>
  );
}
