/**
 * Who an entity is across articles. Within one article the reader's panel already merged short forms with the full
 * name they follow (src/entities/entity-index.ts); across the articles read, two more forms name one entity:
 * - a one-word person ("Prabowo") that is a word of exactly one multi-word person name read anywhere ("Prabowo
 *   Subianto"); a surname shared by two people ("Widodo") stays its own entity, since merging would be a guess;
 * - an abbreviation in capitals that an article introduced in brackets after a full name ("Komisi Pemilihan Umum
 *   (KPU)"), when exactly one full name introduced it.
 * These merges depend on every article read, so they are made when reading, never stored in an article's keys: an
 * article read later can make a short form ambiguous or give it its full name.
 */

import type { EntityType } from '../ner/index.ts';
import { normaliseName } from '../entities/entity-index.ts';

/** A full name with its abbreviation in brackets, as src/entities/propagate.ts reads it. */
const NAME_WITH_ABBREVIATION = /^(\p{Lu}.*?)\s*\(\s*(\p{Lu}[\p{Lu}\p{N}.&-]*\p{Lu}[\p{Lu}\p{N}.&-]*)\s*\)$/u;

/**
 * An entity's key across articles: `${type}:${normaliseName(name)}`. A name written with its abbreviation in
 * brackets is keyed by the full name alone, so "Komisi Pemilihan Umum (KPU)" and "Komisi Pemilihan Umum" are one.
 */
export function entityKey(type: EntityType, name: string): string {
  const parts = type === 'PER' ? null : NAME_WITH_ABBREVIATION.exec(name.trim());
  return `${type}:${normaliseName(parts ? parts[1]! : name)}`;
}

export function typeOfKey(key: string): EntityType {
  return key.slice(0, 3) as EntityType;
}

/** The normalised words of a key's name. */
function keyWords(key: string): string[] {
  return key.slice(4).split(' ');
}

/** The distinct words of a person named in several words ([] for any other key): the words it may be shortened to. */
export function personWords(key: string): string[] {
  if (typeOfKey(key) !== 'PER') return [];
  const words = keyWords(key);
  return words.length < 2 ? [] : [...new Set(words)];
}

/** Kinds of link: a word of a multi-word person, an abbreviation to its full name, a full name to its abbreviation. */
export type LinkKind = 'w' | 'a' | 'A';

/** One link between two keys, with the display name of its target. */
export interface EntityLink {
  kind: LinkKind;
  from: string;
  to: string;
  /** The target's name as the article wrote it. */
  toName: string;
}

const SEP = '\u0000';

/** The prefix of every encoded link of `kind` from `from`: links sort by it in an index. */
export function linkPrefix(kind: LinkKind, from: string): string {
  return `${kind}${SEP}${from}${SEP}`;
}

export function encodeLink(link: EntityLink): string {
  return `${linkPrefix(link.kind, link.from)}${link.to}${SEP}${link.toName}`;
}

export function decodeLink(encoded: string): EntityLink {
  const [kind, from, to, toName] = encoded.split(SEP) as [LinkKind, string, string, string];
  return { kind, from, to, toName };
}

/**
 * The links an article's entities make: each word of a multi-word person name to that name, and each abbreviation
 * introduced in brackets to its full name and back.
 */
export function linksOf(entities: ReadonlyArray<{ type: EntityType; name: string }>): EntityLink[] {
  const links: EntityLink[] = [];
  for (const { type, name } of entities) {
    const key = entityKey(type, name);
    if (type === 'PER') {
      const words = keyWords(key);
      if (words.length < 2) continue;
      for (const word of new Set(words)) links.push({ kind: 'w', from: `PER:${word}`, to: key, toName: name });
      continue;
    }
    const parts = NAME_WITH_ABBREVIATION.exec(name.trim());
    if (!parts) continue;
    const abbreviation = `${type}:${normaliseName(parts[2]!)}`;
    if (abbreviation === key) continue;
    links.push({ kind: 'a', from: abbreviation, to: key, toName: parts[1]! });
    links.push({ kind: 'A', from: key, to: abbreviation, toName: parts[2]! });
  }
  return links;
}

/** Where links are looked up: an index of all articles' links, or the links of records in memory. */
export interface LinkSource {
  /** Distinct targets of links of `kind` from `from`, each with one of its names. */
  targets(kind: LinkKind, from: string): Promise<Array<{ key: string; name: string }>>;
}

/** Whether a key may be the short form of another: a one-word person, or any key an abbreviation link leaves. */
function mayBeShortForm(key: string): boolean {
  return typeOfKey(key) === 'PER' ? keyWords(key).length === 1 : true;
}

/** The key `key` merges into across everything read (itself when none), with the target's name when merged. */
export async function canonicalKey(links: LinkSource, key: string): Promise<{ key: string; name: string | null }> {
  if (!mayBeShortForm(key)) return { key, name: null };
  const targets = await links.targets(typeOfKey(key) === 'PER' ? 'w' : 'a', key);
  return targets.length === 1 ? { key: targets[0]!.key, name: targets[0]!.name } : { key, name: null };
}

/** The keys that merge into `key` (not `key` itself). */
export async function aliasesOf(links: LinkSource, key: string): Promise<string[]> {
  const candidates =
    typeOfKey(key) === 'PER'
      ? keyWords(key).length > 1
        ? [...new Set(keyWords(key))].map((word) => `PER:${word}`)
        : []
      : (await links.targets('A', key)).map((t) => t.key);
  const merged = await Promise.all(candidates.map(async (alias) => ((await canonicalKey(links, alias)).key === key ? alias : null)));
  return merged.filter((alias): alias is string => alias !== null);
}

/** Links of records held in memory (the list of every entity reads every record anyway). */
export class MemoryLinks implements LinkSource {
  private readonly byPrefix = new Map<string, Map<string, string>>();

  constructor(links: Iterable<EntityLink>) {
    for (const link of links) {
      const prefix = linkPrefix(link.kind, link.from);
      let targets = this.byPrefix.get(prefix);
      if (!targets) this.byPrefix.set(prefix, (targets = new Map()));
      const known = targets.get(link.to);
      // The fullest written form names the target.
      if (known === undefined || link.toName.length > known.length) targets.set(link.to, link.toName);
    }
  }

  targets(kind: LinkKind, from: string): Promise<Array<{ key: string; name: string }>> {
    return Promise.resolve(this.targetsNow(kind, from));
  }

  targetsNow(kind: LinkKind, from: string): Array<{ key: string; name: string }> {
    return [...(this.byPrefix.get(linkPrefix(kind, from)) ?? [])].map(([key, name]) => ({ key, name }));
  }

  /** `canonicalKey` without a round trip. */
  canonicalNow(key: string): string {
    if (!mayBeShortForm(key)) return key;
    const targets = this.targetsNow(typeOfKey(key) === 'PER' ? 'w' : 'a', key);
    return targets.length === 1 ? targets[0]!.key : key;
  }
}
