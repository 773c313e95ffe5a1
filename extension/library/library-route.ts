/**
 * Where the library is, as its address's hash: `#view=articles`, `#view=entities`, `#entity=<key>` (the reader's
 * entity panel links to `library/index.html#entity=<key>`). No hash, or one not understood, is the highlights view.
 */
export type LibraryView = 'highlights' | 'articles' | 'entities';

export type LibraryRoute = { view: LibraryView; entity: null } | { view: 'entities'; entity: string };

const VIEWS: readonly LibraryView[] = ['highlights', 'articles', 'entities'];
/** Longer than any entity key (type, colon, a name of at most 200 characters). */
const MAX_KEY_CHARS = 220;

export function parseRoute(hash: string): LibraryRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const entity = params.get('entity');
  if (entity !== null && /^(PER|LOC|ORG):./.test(entity) && entity.length <= MAX_KEY_CHARS) return { view: 'entities', entity };
  const view = params.get('view');
  return { view: VIEWS.includes(view as LibraryView) ? (view as LibraryView) : 'highlights', entity: null };
}

export function routeHash(route: LibraryRoute): string {
  if (route.entity !== null) return `#${new URLSearchParams({ entity: route.entity })}`;
  return route.view === 'highlights' ? '#view=highlights' : `#view=${route.view}`;
}
