import type { ComponentChildren } from 'preact';
import type { LibraryStrings } from './library-messages.ts';
import type { HitSnippet, SearchHitView } from './search-protocol.ts';
import { formatCount } from './format.ts';
import type { UiLanguage } from './notes-port.ts';
import { savedPageHref } from './saved-link.ts';

/** The snippet's text with its matched words in <mark>, as text nodes (never HTML). */
export function MarkedSnippet({ snippet }: { snippet: HitSnippet }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  snippet.marks.forEach(([start, end], i) => {
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={i}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  });
  parts.push(snippet.text.slice(at));
  return <p class="snippet">{parts}</p>;
}

export interface SearchResultsProps {
  hits: SearchHitView[] | null;
  error: string | null;
  strings: LibraryStrings;
  language: UiLanguage;
}

/** The global search's ranked hits: articles and highlights, each with its marked snippet. */
export function SearchResults({ hits, error, strings, language }: SearchResultsProps) {
  return (
    <section class="search-results" aria-labelledby="search-results-heading" data-testid="reading-search-results">
      <h2 id="search-results-heading">{strings('readingSearchHeading')}</h2>
      <p role="status" class="results-count" data-testid="reading-search-count">
        {error !== null
          ? strings('readingSearchFailed', error)
          : hits === null
            ? strings('readingSearching')
            : hits.length === 0
              ? strings('readingSearchNone')
              : strings('readingSearchCount', formatCount(hits.length, language))}
      </p>
      {hits !== null && hits.length > 0 && (
        <ol class="hits">
          {hits.map((hit) => (
            <li key={hit.id} class="hit" data-testid="reading-search-hit" data-kind={hit.kind} data-url={hit.articleUrl}>
              <p class="hit-kind">{strings(hit.kind === 'article' ? 'readingKindArticle' : 'readingKindHighlight')}{hit.section ? ` · ${hit.section}` : ''}</p>
              <h3>
                <a href={hit.saved ? savedPageHref(hit.articleUrl) : hit.articleUrl} target={hit.saved ? undefined : '_blank'} rel="noopener noreferrer">
                  {hit.title}
                </a>
              </h3>
              <MarkedSnippet snippet={hit.snippet} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
