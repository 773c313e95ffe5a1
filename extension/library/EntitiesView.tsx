import { useEffect, useState } from 'preact/hooks';
import type { EntityType } from '../../src/ner/index.ts';
import type { EntityAcross, EntityPage } from '../../src/reading/entity-memory.ts';
import { formatCount, formatDateTime, formatDay } from './format.ts';
import type { LibraryMessageKey, LibraryStrings } from './library-messages.ts';
import { routeHash } from './library-route.ts';
import type { UiLanguage } from './notes-port.ts';
import { readingFailure, type ReadingPort } from './reading-port.ts';
import { savedPageHref } from './saved-link.ts';

const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];
const TYPE_KEYS: Record<EntityType, LibraryMessageKey> = { PER: 'readingTypePER', LOC: 'readingTypeLOC', ORG: 'readingTypeORG' };
const entityHref = (key: string) => routeHash({ view: 'entities', entity: key });

interface ViewProps {
  reading: ReadingPort;
  strings: LibraryStrings;
  language: UiLanguage;
}

/**
 * Entities of each type shown at first and added by each "Tampilkan lebih banyak": the background reads a page of
 * them from an index, where the whole list (every summary read and merged) took 0.4-0.9 s at 10,000 articles.
 */
export const ENTITY_PAGE = 200;

/** "Tokoh & tempat": the entities of the articles read, by type, most read about first, a page at a time. */
export function EntitiesView({ reading, strings, language }: ViewProps) {
  const [entities, setEntities] = useState<EntityAcross[] | null>(null);
  const [next, setNext] = useState<Partial<Record<EntityType, string>>>({});
  const [loadingMore, setLoadingMore] = useState<EntityType | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    reading.request({ type: 'reading/entities', limit: ENTITY_PAGE }).then(
      (reply) => {
        setEntities(reply.entities);
        setNext(reply.next ?? {});
      },
      (e: unknown) => setError(readingFailure(e).message),
    );
  }, [reading]);
  const more = (type: EntityType) => {
    const after = next[type];
    if (after === undefined || loadingMore !== null) return;
    setLoadingMore(type);
    reading.request({ type: 'reading/entities', limit: ENTITY_PAGE, entityType: type, after }).then(
      (reply) => {
        // A page may repeat none of the shown, but the list may have changed since: keep each entity once.
        setEntities((shown) => {
          const known = new Set((shown ?? []).map((e) => e.key));
          return [...(shown ?? []), ...reply.entities.filter((e) => !known.has(e.key))];
        });
        setNext((before) => {
          const { [type]: _done, ...rest } = before;
          const after = reply.next?.[type];
          return after === undefined ? rest : { ...rest, [type]: after };
        });
        setLoadingMore(null);
      },
      (e: unknown) => {
        setError(readingFailure(e).message);
        setLoadingMore(null);
      },
    );
  };
  return (
    <div class="reading-view" data-testid="entities-view">
      <header class="page-header">
        <h1 id="view-heading" tabIndex={-1}>{strings('readingEntitiesTitle')}</h1>
        <p class="hint">{strings('readingEntitiesIntro')}</p>
      </header>
      <p role="status" class="results-count">
        {error !== null ? strings('readingFailed', error) : entities === null ? strings('readingLoading') : entities.length === 0 ? strings('readingEntitiesEmpty') : ''}
      </p>
      {entities !== null &&
        TYPES.map((type) => {
          const ofType = entities.filter((e) => e.type === type);
          if (ofType.length === 0) return null;
          return (
            <section key={type} aria-labelledby={`entities-${type}`} class="entity-type">
              <h2 id={`entities-${type}`}>{strings(TYPE_KEYS[type])}</h2>
              <ul class="entity-list">
                {ofType.map((e) => (
                  <li key={e.key} data-testid="reading-entity" data-key={e.key}>
                    <a href={entityHref(e.key)}>{e.name}</a>{' '}
                    <span class="hint">
                      {strings('readingEntityCounts', formatCount(e.articleCount, language), formatCount(e.mentionCount, language))} ·{' '}
                      {strings('readingEntitySeen', formatDateTime(e.firstSeen, language), formatDateTime(e.lastSeen, language))}
                    </span>
                  </li>
                ))}
              </ul>
              {next[type] !== undefined && (
                <button type="button" data-testid="entities-more" data-type={type} disabled={loadingMore !== null} onClick={() => more(type)}>
                  {strings('readingEntitiesMore', strings(TYPE_KEYS[type]))}
                </button>
              )}
            </section>
          );
        })}
    </div>
  );
}

/** One entity's page: its articles, articles per week, the names often with it, the highlights naming it. */
export function EntityPageView({ reading, strings, language, entityKey }: ViewProps & { entityKey: string }) {
  const [page, setPage] = useState<EntityPage | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setPage(undefined);
    reading.request({ type: 'reading/entity', key: entityKey }).then((reply) => setPage(reply.page), (e: unknown) => setError(readingFailure(e).message));
  }, [reading, entityKey]);

  const back = <p><a href={routeHash({ view: 'entities', entity: null })}>{strings('readingEntityBack')}</a></p>;
  if (page === undefined || page === null) {
    return (
      <div class="reading-view" data-testid="entity-page">
        <header class="page-header">
          <h1 id="view-heading" tabIndex={-1}>{strings('readingEntitiesTitle')}</h1>
        </header>
        {back}
        <p role="status">{error !== null ? strings('readingFailed', error) : page === null ? strings('readingEntityNotFound') : strings('readingLoading')}</p>
      </div>
    );
  }
  const { entity } = page;
  const most = Math.max(1, ...page.timeline.map((w) => w.count));
  const others = page.names.filter((n) => n !== entity.name);
  return (
    <div class="reading-view" data-testid="entity-page" data-key={entity.key}>
      <header class="page-header">
        <p class="hint">{strings(TYPE_KEYS[entity.type])}</p>
        <h1 id="view-heading" tabIndex={-1}>{entity.name}</h1>
        <p class="hint">
          {strings('readingEntityCounts', formatCount(entity.articleCount, language), formatCount(entity.mentionCount, language))} ·{' '}
          {strings('readingEntitySeen', formatDateTime(entity.firstSeen, language), formatDateTime(entity.lastSeen, language))}
        </p>
        {others.length > 0 && <p class="hint">{strings('readingEntityAlsoWritten', others.join(', '))}</p>}
      </header>
      {back}
      <section aria-labelledby="entity-articles">
        <h2 id="entity-articles">{strings('readingEntityArticles')}</h2>
        <ul class="article-list">
          {page.articles.map((a) => (
            <li key={a.url} data-testid="entity-article" data-url={a.url}>
              <a href={a.saved ? savedPageHref(a.url) : a.url} target={a.saved ? undefined : '_blank'} rel="noopener noreferrer">{a.title}</a>{' '}
              <span class="hint">{strings('readingReadOn', formatDateTime(a.lastReadAt, language))}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="entity-timeline">
        <h2 id="entity-timeline">{strings('readingEntityTimeline')}</h2>
        {/* A list, so every week is read out; the bar beside it is its count drawn, hidden from screen readers. */}
        <ol class="timeline" data-testid="entity-timeline">
          {page.timeline.map((w) => (
            <li key={w.week}>
              <span class="week">{strings('readingEntityWeek', formatDay(w.start, language), formatCount(w.count, language))}</span>
              <span class="bar" aria-hidden="true" style={{ width: `${(w.count / most) * 10}rem` }} />
            </li>
          ))}
        </ol>
      </section>
      {page.related.length > 0 && (
        <section aria-labelledby="entity-related">
          <h2 id="entity-related">{strings('readingEntityRelated')}</h2>
          <ul class="entity-list">
            {page.related.map((r) => (
              <li key={r.key} data-testid="entity-related">
                <a href={entityHref(r.key)}>{r.name}</a> <span class="hint">{strings('readingEntityRelatedCount', formatCount(r.sharedArticles, language))}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="entity-highlights">
        <h2 id="entity-highlights">{strings('readingEntityHighlights')}</h2>
        {page.highlights.length === 0 ? (
          <p class="notice">{strings('readingEntityNoHighlights')}</p>
        ) : (
          <ul class="entity-highlights">
            {page.highlights.map((h) => (
              <li key={h.id} data-testid="entity-highlight">
                <blockquote>{h.selectors[0].exact}</blockquote>
                {/* The note as plain text: the library's Markdown view is for the highlights list. */}
                {h.note && <p class="note">{h.note}</p>}
                <p class="hint">{h.title}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
