/**
 * Where a page of the entity list stops (`EntityMemory.listPage`): the last summary it read, written
 * `${articleCount}:${key}`, which the library passes back as `after` for the next page. Its own module so that the
 * messages' parser checks it without the entity memory.
 */

/** The last summary a page of the list read. */
export interface ListCursor {
  articleCount: number;
  key: string;
}

const LIST_CURSOR = /^([1-9]\d{0,8}):((?:PER|LOC|ORG):\S.*)$/s;

/** The cursor an `after` names, or null when it names none. */
export function parseListCursor(after: string): ListCursor | null {
  const parts = LIST_CURSOR.exec(after);
  return parts ? { articleCount: Number(parts[1]), key: parts[2]! } : null;
}

export const listCursor = (summary: ListCursor): string => `${summary.articleCount}:${summary.key}`;
