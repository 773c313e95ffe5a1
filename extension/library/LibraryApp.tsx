import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ArticlesView, type HistorySettingsPort } from './ArticlesView.tsx';
import { EntitiesView, EntityPageView } from './EntitiesView.tsx';
import { Library, type LibraryProps } from './Library.tsx';
import type { LibraryMessageKey } from './library-messages.ts';
import { parseRoute, routeHash, type LibraryRoute, type LibraryView } from './library-route.ts';
import type { ReadingPort } from './reading-port.ts';
import { SearchAbandoned, type SearchFunction } from './search-client.ts';
import type { SearchHitView } from './search-protocol.ts';
import { SearchResults } from './SearchResults.tsx';
import { useDebouncedValue } from './use-debounced-value.ts';

export interface LibraryAppProps extends LibraryProps {
  reading: ReadingPort;
  history: HistorySettingsPort;
  search: SearchFunction;
  /** The window whose address's hash holds the view (a test's happy-dom window is the global one). */
  location?: { hash: string };
}

const VIEWS: ReadonlyArray<[LibraryView, LibraryMessageKey]> = [
  ['highlights', 'readingViewHighlights'],
  ['articles', 'readingViewArticles'],
  ['entities', 'readingViewEntities'],
];

/**
 * The library page: one search box over everything read, and three views (highlights, articles, people & places)
 * chosen by the address's hash, so the reader's entity panel can link straight to an entity's page.
 */
export function LibraryApp(props: LibraryAppProps) {
  const { reading, history, search, strings, language, searchDelayMs = 250 } = props;
  const [route, setRoute] = useState<LibraryRoute>(() => parseRoute(window.location.hash));
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHitView[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const moved = useRef(false);
  const settled = useDebouncedValue(query.trim(), searchDelayMs);
  const active = query.trim() === '' ? '' : settled;

  useEffect(() => {
    const follow = () => {
      moved.current = true;
      setRoute(parseRoute(window.location.hash));
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  // After a change of view, focus goes to its heading, so a screen reader says where the reader now is.
  useLayoutEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading?.focus();
  }, [route]);

  useEffect(() => {
    if (active === '') {
      setHits(null);
      setSearchError(null);
      return;
    }
    setHits(null);
    search(active).then(
      (found) => {
        setSearchError(null);
        setHits(found);
      },
      (error: unknown) => {
        if (!(error instanceof SearchAbandoned)) setSearchError(error instanceof Error ? error.message : String(error));
      },
    );
  }, [search, active]);

  const current = route.view;
  return (
    <>
      <header class="app-header">
        <nav aria-label={strings('readingNavLabel')}>
          <ul class="views">
            {VIEWS.map(([view, key]) => (
              <li key={view}>
                <a href={routeHash({ view, entity: null })} aria-current={current === view ? 'page' : undefined} data-testid={`nav-${view}`}>
                  {strings(key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div role="search" class="global-search">
          <label for="reading-search">{strings('readingSearchLabel')}</label>
          <input
            id="reading-search"
            type="search"
            data-testid="reading-search"
            placeholder={strings('readingSearchPlaceholder')}
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
      </header>
      <main>
        {active !== '' && <SearchResults hits={hits} error={searchError} strings={strings} language={language} />}
        {route.entity !== null ? (
          <EntityPageView reading={reading} strings={strings} language={language} entityKey={route.entity} />
        ) : current === 'articles' ? (
          <ArticlesView reading={reading} history={history} strings={strings} language={language} />
        ) : current === 'entities' ? (
          <EntitiesView reading={reading} strings={strings} language={language} />
        ) : (
          <Library {...props} />
        )}
      </main>
    </>
  );
}
