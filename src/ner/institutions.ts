import { tagsToSpans } from './conll.ts';
import type { GazetteerMark } from './gazetteer.ts';
import type { EntityType, Tag } from './types.ts';

/**
 * Bodies named by the region they serve, the region inside the name: "Polda Jawa Tengah", "Polres Batang", "BPBD
 * Jawa Barat", "Pemprov Bali", "DPRD Jakarta", "Kemenlu Malaysia". The news of 2013-14 hardly names them, so the
 * model reads the head as an organisation (or nothing) and the region as a place of its own.
 */
const REGIONAL_HEADS = new Set([
  'polda', 'polres', 'polresta', 'polrestabes', 'polsek', 'pemprov', 'pemkab', 'pemkot', 'kejati', 'kejari', 'kodam',
  'korem', 'kodim', 'lanud', 'bpbd', 'dprd', 'kpud', 'bawaslu', 'kemenlu', 'kemenhan', 'kemendagri', 'timnas', 'satpol',
]);
/** "Pemerintah Provinsi / Kabupaten / Kota X" is the region's government, one organisation. */
const REGION_KINDS = new Set(['provinsi', 'kabupaten', 'kota']);

/**
 * Heads of places one goes to, the guideline's facilities, tagged LOC with the head inside: "Gedung Merah Putih",
 * "Museum X", "Sirkuit X", "Mapolres X", "Mabes Polri". "Gedung Putih" names the American government as often as
 * its house, and acts in news ("kata Gedung Putih"), so it is left to the model.
 */
const FACILITY_HEADS = new Set([
  'gedung', 'museum', 'sirkuit', 'stadion', 'mapolda', 'mapolres', 'mapolresta', 'mapolsek', 'mabes', 'bandara',
  'hotel', 'masjid',
]);
const NOT_FACILITIES = new Set(['gedung putih']);

/** List classes of the places that complete a body's name after its bracketed abbreviation. */
const PLACE_CLASSES = new Set<string>(['COUNTRY', 'PROVINCE', 'CITY']);

const isCapitalised = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word);
const retag = (tags: Tag[], start: number, end: number, type: EntityType): void => {
  for (let k = start; k < end; k++) tags[k] = k === start ? `B-${type}` : `I-${type}`;
};

/** A national team's age group, "timnas U17 Indonesia", "Timnas U-23". */
const AGE_GROUP = /^U-?\d{2}$/;

/** How many tokens open a regional body at `at` ("Polda", "timnas U17"), or 0. */
function regionalHeadLength(words: readonly string[], at: number): number {
  const lower = words[at]!.toLowerCase();
  if (!REGIONAL_HEADS.has(lower) || (!isCapitalised(words[at]) && lower !== 'timnas')) return 0;
  if (lower === 'satpol') return words[at + 1] === 'PP' ? 2 : 0;
  return lower === 'timnas' && AGE_GROUP.test(words[at + 1] ?? '') ? 2 : 1;
}

/**
 * The end of the one-word region the model left untagged after a body's head ("Polres [Batang]", a regency the
 * lists do not hold), or -1: a capitalised word that is no title ("Polres AKP ...") nor a word the lists know as
 * something other than a place.
 */
function untaggedRegionEnd(words: readonly string[], tags: readonly Tag[], marks: ReadonlyArray<GazetteerMark | null>, at: number): number {
  const word = words[at];
  if (word === undefined || tags[at] !== 'O' || !/^\p{Lu}\p{Ll}+$/u.test(word)) return -1;
  const mark = marks[at];
  if (mark != null && !(mark.begins && PLACE_CLASSES.has(mark.cls))) return -1;
  let end = at + 1;
  if (mark != null) while (end < words.length && marks[end] != null && !marks[end]!.begins && marks[end]!.cls === mark.cls) end++;
  return end;
}

/**
 * The end of a national team named from "timnas" at `at` (`head` tokens with its age group), or -1: the span the
 * model began on the age group or the country ("timnas [U17 Indonesia]"), or a listed country it left untagged
 * ("timnas U-17 Indonesia"). A nickname after it ("timnas Garuda") is not a country, and stays out.
 */
function nationalTeamEnd(
  words: readonly string[], tags: readonly Tag[], marks: ReadonlyArray<GazetteerMark | null>,
  spanAt: ReadonlyMap<number, { end: number }>, at: number, head: number,
): number {
  for (let start = at + 1; start <= at + head; start++) {
    const span = spanAt.get(start);
    if (span !== undefined && span.end >= at + head) return span.end;
  }
  const mark = marks[at + head];
  return mark?.begins && mark.cls === 'COUNTRY' ? untaggedRegionEnd(words, tags, marks, at + head) : -1;
}

/** The end of "Pemerintah Provinsi / Kabupaten / Kota <region>" opening at `at`, or -1. */
function regionalGovernmentEnd(words: readonly string[], tags: readonly Tag[], at: number): number {
  if (words[at] !== 'Pemerintah' || !isCapitalised(words[at + 1]) || !REGION_KINDS.has(words[at + 1]!.toLowerCase())) return -1;
  let end = at + 2;
  while (end < words.length && isCapitalised(words[end]) && !tags[end]!.endsWith('PER')) end++;
  return end > at + 2 ? end : -1;
}

/**
 * A regional body and the region after it are one organisation, "[Polda Jawa Tengah]ORG", as the news guideline and
 * NERGrit tag them ("Pemprov Kalsel", "Polres Metro Jakarta Selatan"), where the model gives "[Polda]ORG [Jawa
 * Tengah]LOC" or leaves the head out. The place span right after the head (or the rest of a place span the head
 * opens) joins it as ORG; a unit the model's span put before the head ("Direktorat Reserse Siber Polda") is left
 * untagged, as the guideline keeps generic units ("Divisi Humas Polri") outside. So does an organisation with its abbreviation in brackets followed by a place, "Badan
 * X ( BX ) Maluku", except a party's branch ("[Partai Y ( PY )]ORG [Sulawesi Selatan]LOC", as idner-news-2k tags it).
 * `governments` says whether "Pemerintah Kabupaten X" is the region's government, as news tags it, or, as NERGrit's
 * encyclopedic prose does, the place after a common noun. Changes `tags` in place.
 */
export function joinRegionalBodies(
  words: readonly string[], tags: Tag[], marks: ReadonlyArray<GazetteerMark | null>, governments = true,
): void {
  // Most sentences name no such body: the spans are read only where one opens (they stay valid after a join,
  // which only merges spans at and before the place it is made).
  const none = !words.some((word) => word === ')' || word === 'Pemerintah' || REGIONAL_HEADS.has(word.toLowerCase()));
  if (none) return;
  const spans = tagsToSpans(tags);
  const spanAt = new Map(spans.map((span) => [span.start, span]));
  for (let i = 0; i < words.length; i++) {
    const government = governments ? regionalGovernmentEnd(words, tags, i) : -1;
    if (government > 0) {
      retag(tags, i, government, 'ORG');
      i = government - 1;
      continue;
    }
    const head = regionalHeadLength(words, i);
    if (head > 0) {
      const around = spans.find((span) => span.start <= i && span.end > i);
      // A body inside a place's name ("Gedung DPRD Jakarta") is part of that place, and an abbreviation in brackets
      // part of the name before it.
      if (around !== undefined && around.start < i && (around.type !== 'ORG' || words[i - 1] === '(')) continue;
      const place = spanAt.get(i + head);
      let end = -1;
      if (around !== undefined && around.end > i + head) end = around.end;
      else if (place?.type === 'LOC') end = place.end;
      else if (words[i]!.toLowerCase() === 'timnas') end = nationalTeamEnd(words, tags, marks, spanAt, i, head);
      else if (place === undefined) end = untaggedRegionEnd(words, tags, marks, i + head);
      // "Satpol PP" is the body itself, the municipal police of whatever region the story is in.
      if (end < 0 && head === 2 && words[i + 1] === 'PP') end = i + head;
      if (end < 0) continue;
      if (around !== undefined) for (let k = around.start; k < i; k++) tags[k] = 'O';
      retag(tags, i, end, 'ORG');
      i = end - 1;
      continue;
    }
    if (words[i] !== ')' || !tags[i]!.endsWith('ORG')) continue;
    const place = spanAt.get(i + 1);
    if (place?.type !== 'LOC' || !PLACE_CLASSES.has(marks[i + 1]?.cls ?? '')) continue;
    const organisation = spans.find((span) => span.start <= i && span.end === i + 1);
    if (organisation === undefined || words[organisation.start]!.toLowerCase() === 'partai') continue;
    retag(tags, organisation.start, place.end, 'ORG');
    i = place.end - 1;
  }
}

/**
 * A facility with its head, "[Gedung Merah Putih]LOC", "[Mapolres Jakarta Selatan]LOC", is a place in the news
 * guideline (item 14, and the Kompas dev set's "di Mabes Polri"); the model reads an unseen one as an organisation or
 * a person, or finds the name without the head. A span that opens with a facility head becomes LOC, and a head the
 * model left out right before a span joins it. Changes `tags` in place.
 */
export function tagFacilities(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]!;
    if (!isCapitalised(word) || !FACILITY_HEADS.has(word.toLowerCase())) continue;
    if (NOT_FACILITIES.has(`${word} ${words[i + 1]}`.toLowerCase())) continue;
    let end = i + 1;
    if (tags[i]!.startsWith('B-')) {
      while (end < words.length && tags[end]!.startsWith('I-')) end++;
    } else if (tags[i] === 'O' && tags[i + 1]!.startsWith('B-')) {
      end = i + 2;
      while (end < words.length && tags[end]!.startsWith('I-')) end++;
    }
    if (end === i + 1) continue;
    retag(tags, i, end, 'LOC');
    i = end - 1;
  }
}
