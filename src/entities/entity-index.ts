/**
 * Distinct entities of an article from its mentions: what the entity panel lists and what "next mention" walks.
 * Readers know "Blinken" in the fourth paragraph is the "Antony Blinken" of the second, so short forms are merged
 * with the full name they follow.
 */
import type { EntityType } from '../ner/index.ts';
import { nfkc } from '../unicode/nfkc.ts';
import type { Mention } from './mentions.ts';

export interface EntitySummary {
  /** Stable within one article: type plus the normalised full name. */
  id: string;
  type: EntityType;
  /** The fullest form the article uses, as first written. */
  name: string;
  /** Indexes into the mentions array, in document order. */
  mentions: number[];
}

export interface EntityIndex {
  /** Grouped by type (PER, LOC, ORG), most mentioned first, then by first appearance. */
  entities: EntitySummary[];
  /** `entityOfMention[i]` is the id of the entity mention `i` belongs to. */
  entityOfMention: string[];
}

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

/**
 * Case, spacing and typographic variants of one name compare equal. (Indonesian has no case rules of its own, so
 * the plain lower case is the Indonesian one, without a locale lookup per name.)
 */
export function normaliseName(text: string): string {
  return nfkc(text).replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const words = (normalised: string): string[] => normalised.split(' ');

/**
 * Whether `short` is a short form of `full`: fewer words, all of them words of the full name in the same order
 * ("Blinken", "Antony"; "Joko Widodo" of "Presiden Joko Widodo" is left to the recogniser, which keeps titles out).
 */
function isShortFormOf(shortWords: readonly string[], fullWords: readonly string[]): boolean {
  if (shortWords.length >= fullWords.length) return false;
  let at = 0;
  for (const word of fullWords) if (word === shortWords[at]) at++;
  return at === shortWords.length;
}

export function indexEntities(mentions: readonly Mention[]): EntityIndex {
  const byId = new Map<string, EntitySummary & { first: number }>();
  /** Multi-word names seen so far, per type, most recent last: short forms attach to the latest they fit. */
  const fullNames = new Map<EntityType, Array<{ key: string; words: string[] }>>();
  const entityOfMention: string[] = [];
  // An article repeats its names: each written form is normalised once.
  const keys = new Map<string, string>();

  mentions.forEach((mention, index) => {
    let key = keys.get(mention.text);
    if (key === undefined) keys.set(mention.text, (key = normaliseName(mention.text)));
    let id = `${mention.type}:${key}`;
    if (!byId.has(id)) {
      const candidates = fullNames.get(mention.type) ?? [];
      const keyWords = words(key);
      for (let i = candidates.length - 1; i >= 0; i--) {
        if (isShortFormOf(keyWords, candidates[i]!.words)) {
          id = `${mention.type}:${candidates[i]!.key}`;
          break;
        }
      }
    }
    let entity = byId.get(id);
    if (!entity) {
      entity = { id, type: mention.type, name: mention.text.replace(/\s+/g, ' ').trim(), mentions: [], first: index };
      byId.set(id, entity);
      const keyWords = words(key);
      if (keyWords.length > 1) {
        const list = fullNames.get(mention.type) ?? [];
        list.push({ key, words: keyWords });
        fullNames.set(mention.type, list);
      }
    }
    entity.mentions.push(index);
    entityOfMention.push(id);
  });

  const order = (type: EntityType) => ENTITY_TYPES.indexOf(type);
  const entities = [...byId.values()]
    .sort((a, b) => order(a.type) - order(b.type) || b.mentions.length - a.mentions.length || a.first - b.first)
    .map(({ first: _first, ...entity }) => entity);
  return { entities, entityOfMention };
}
