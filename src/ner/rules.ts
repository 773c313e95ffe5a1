import type { GazetteerMark } from './gazetteer.ts';
import type { Tag } from './types.ts';

const isDatelineSource = (word: string): boolean => word.length === 10 && word.toLowerCase() === 'kompas.com';
const DASHES = new Set(['-', '–', '—']);
const UPPER_WORD = /^[A-Z][A-Z'.\-]*$/;

/** A dateline found at the start of a sentence: its tags and how many tokens it spans (dash included). */
export interface Dateline {
  length: number;
  tags: Tag[];
}

/**
 * Kompas opens the first paragraph with a dateline, "JAKARTA, KOMPAS.com - " or "NEW DELHI, KOMPAS.com - ".
 * The training sentences never contain one and the all-capitals place defeats the casing features, so it is tagged by
 * rule: the place is LOC and KOMPAS.com is ORG, as idner-news-2k tags "Kompas.com" in running text.
 * Returns null when the sentence does not open with a dateline.
 */
export function findDateline(words: readonly string[]): Dateline | null {
  let source = -1;
  for (let i = 0; i < words.length && i < 8; i++) {
    if (isDatelineSource(words[i]!)) {
      source = i;
      break;
    }
  }
  if (source < 0) return null;
  const next = words[source + 1];
  const dash = next !== undefined && DASHES.has(next);
  // Copies of a page sometimes lose the dash ("JAKARTA, KOMPAS.com Hasil hitung cepat ..."): after a place in
  // capitals and a comma the source is still the dateline's; alone at the opening it needs the dash.
  if (next !== undefined && !dash && source === 0) return null;
  const tags: Tag[] = [];
  if (source > 0) {
    const place = words.slice(0, source - 1);
    if (words[source - 1] !== ',' || place.length === 0 || !place.every((w) => UPPER_WORD.test(w))) return null;
    place.forEach((_, i) => tags.push(i === 0 ? 'B-LOC' : 'I-LOC'));
    tags.push('O');
  }
  tags.push('B-ORG');
  if (dash) tags.push('O');
  return { length: tags.length, tags };
}

/** Verbs that introduce the outlet a story is taken from: "Dilansir dari Guardian", "seperti dikutip AFP". */
const REPORT_VERBS = new Set(['dilansir', 'melansir', 'dikutip', 'mengutip']);
const REPORT_VERB_LENGTHS = [...REPORT_VERBS].map((verb) => verb.length);
const SHORTEST_REPORT_VERB = Math.min(...REPORT_VERB_LENGTHS);
const LONGEST_REPORT_VERB = Math.max(...REPORT_VERB_LENGTHS);
const REPORT_LINKS = new Set(['dari', 'oleh', 'kantor', 'berita', 'media', 'situs', 'laman', 'harian']);
const NAME_WORD = /^(?:[A-Z0-9][\p{L}\p{N}.'’&-]*|the|of|de)$/u;

/**
 * The outlet named right after a reporting verb is an organisation in both corpora ("dilansir AFP", "dikutip oleh
 * FT Ethiopia"). The model gets most of them from the MEDIA list but reads an unlisted one by its spelling ("Kyiv
 * Independent" as a place), so the capitalised run after the verb is made ORG. "dikutip" and "mengutip" also
 * introduce people ("mengutip Jokowi", "dikutip oleh Jokowi"), so for them the rule needs "dari" or a word such as
 * "kantor berita" before the name. Changes `tags` in place.
 */
export function tagReportSources(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i < words.length; i++) {
    // Most words are ruled out by their length, without lower-casing them.
    const length = words[i]!.length;
    if (length < SHORTEST_REPORT_VERB || length > LONGEST_REPORT_VERB) continue;
    const verb = words[i]!.toLowerCase();
    if (!REPORT_VERBS.has(verb)) continue;
    let start = i + 1;
    while (start < words.length && REPORT_LINKS.has(words[start]!.toLowerCase())) start++;
    const link = words[i + 1]?.toLowerCase();
    if ((verb === 'dikutip' || verb === 'mengutip') && (link === undefined || link === 'oleh' || !REPORT_LINKS.has(link))) continue;
    // A name starts with a capital; "the" and "of" only join one.
    if (start >= words.length || !/^[A-Z0-9]/.test(words[start]!)) continue;
    let end = start;
    while (end < words.length && NAME_WORD.test(words[end]!)) end++;
    while (end > start && /^(?:the|of|de)$/.test(words[end - 1]!)) end--;
    for (let k = start; k < end; k++) tags[k] = k === start ? 'B-ORG' : 'I-ORG';
    // An entity the model continued past the run now starts where the run ends.
    if (end < words.length && tags[end]!.startsWith('I-')) tags[end] = `B-${tags[end]!.slice(2)}` as Tag;
    i = end - 1;
  }
}

/** What a bracketed abbreviation looks like: capitalised, letters (digits, hyphens, dots) only, "BUMN", "PDI-P", "Persero". */
const ABBREVIATION_WORD = /^\p{Lu}[\p{L}\p{N}.&-]*$/u;
/** A bracketed abbreviation glued into one token, as idner-news-2k writes it: "(KPU)". */
const GLUED_ABBREVIATION = /^\(\p{Lu}[\p{L}\p{N}.&-]*\)$/u;
const LONGEST_ABBREVIATION = 3;

/**
 * The number of tokens of a bracketed abbreviation starting at `at` ("( KPU )", "( Densus 88 )", "(KPU)"), or 0: up
 * to three words, the first capitalised ("( Persero )" too, as in "PT Taspen (Persero)"); an age "( 42 )" or a
 * lower-case aside "( kini ... )" is none.
 */
function bracketedAbbreviationLength(words: readonly string[], at: number): number {
  const first = words[at];
  if (first === undefined) return 0;
  if (GLUED_ABBREVIATION.test(first)) return 1;
  if (first !== '(') return 0;
  let end = at + 1;
  while (end < words.length && end - at - 1 < LONGEST_ABBREVIATION && words[end] !== ')') {
    if (!(end === at + 1 ? ABBREVIATION_WORD : /^[\p{L}\p{N}.&-]+$/u).test(words[end]!)) return 0;
    end++;
  }
  return end > at + 1 && words[end] === ')' ? end - at + 1 : 0;
}

/**
 * An organisation or place written in full and followed by its abbreviation in brackets, "Komisi Pemilihan Umum
 * (KPU)", is one entity with the brackets inside, as both the idner-news-2k guideline and the Kompas dev set tag it;
 * the model often ends the span before the bracket or makes the abbreviation an entity of its own (sometimes a
 * person). A person's name and their nickname or initials are two spans, "Joko Widodo (Jokowi)", and the second one
 * is a person even where the model left it out. Changes `tags` in place.
 */
export function joinBracketedAbbreviations(words: readonly string[], tags: Tag[]): void {
  for (let i = 1; i < words.length; i++) {
    const before = tags[i - 1]!;
    if (before === 'O') continue;
    const length = bracketedAbbreviationLength(words, i);
    if (length === 0) continue;
    if (before.endsWith('PER')) {
      // Initials or a nickname after a person's name: a person of its own, "Budi Santoso ( BS )".
      if (words[i] === '(' && length === 3 && tags[i + 1] === 'O') tags[i + 1] = 'B-PER';
      i += length - 1;
      continue;
    }
    const inside = `I-${before.slice(2)}` as Tag;
    for (let k = i; k < i + length; k++) tags[k] = inside;
    const after = i + length;
    if (after < words.length && tags[after]!.startsWith('I-') && tags[after] !== inside) tags[after] = `B-${tags[after]!.slice(2)}` as Tag;
    i = after - 1;
  }
}

/** Royal titles that news writes as part of the name ("Sultan Hamengku Buwono X"). */
const TITLES_IN_NAMES = new Set(['sultan']);

/**
 * Titles, ranks and forms of address stay outside a person's name in the news guideline ("Paus [Leo]", "Pak
 * [Budi]", "AKBP [Budi Santoso]"), but an unseen title before an unseen name is read as the name's first word. A
 * person span that opens with a phrase of the TITLE or HONORIFIC lists and goes on after it starts after it.
 * `marks` are the sentence's list marks (gazetteer.ts). Changes `tags` in place.
 */
export function dropLeadingTitles(words: readonly string[], tags: Tag[], marks: ReadonlyArray<GazetteerMark | null>): void {
  for (let i = 0; i < words.length; i++) {
    if (tags[i] !== 'B-PER') continue;
    const mark = marks[i];
    if (mark == null || !mark.begins || (mark.cls !== 'TITLE' && mark.cls !== 'HONORIFIC')) continue;
    if (TITLES_IN_NAMES.has(words[i]!.toLowerCase())) continue;
    let end = i + 1;
    while (end < words.length && marks[end] != null && !marks[end]!.begins && marks[end]!.cls === mark.cls) end++;
    // Only a title with the name still after it: "Pak" alone, or a span that is all title, is left to the model.
    if (end >= words.length || tags[end] !== 'I-PER') continue;
    for (let k = i; k < end; k++) tags[k] = 'O';
    tags[end] = 'B-PER';
    i = end;
  }
}

/** Words that introduce the initials a suspect or victim is named by: "tersangka berinisial AS". */
const INITIALS_CUES = new Set(['berinisial', 'inisial']);
/** Initials as written: "AS", "MRS", "A.S.", "M" (one to five capitals, dotted or not). */
const INITIALS = /^(?:\p{Lu}\.?){1,5}$/u;
/** What joins a list of initials: "AS dan RK", "AS, RK, serta MT". */
const INITIALS_LINKS = new Set([',', 'dan', 'serta', 'atau', '/']);

/**
 * Police and courts name suspects and victims by their initials ("pelaku berinisial AS dan RK"), which the training
 * news of 2013-14 hardly does: the model reads them as organisations or leaves them out. After "berinisial" or
 * "inisial", each of a list of initials is a person, as the Kompas dev set's guideline tags them. Changes `tags`
 * in place.
 */
export function tagInitials(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!INITIALS_CUES.has(words[i]!.toLowerCase())) continue;
    let k = i + 1;
    while (k < words.length && INITIALS.test(words[k]!)) {
      tags[k] = 'B-PER';
      if (k + 2 < words.length && INITIALS_LINKS.has(words[k + 1]!.toLowerCase()) && INITIALS.test(words[k + 2]!)) {
        tags[k + 1] = 'O';
        k += 2;
      } else if (k + 3 < words.length && words[k + 1] === ',' && INITIALS_LINKS.has(words[k + 2]!) && INITIALS.test(words[k + 3]!)) {
        tags[k + 1] = 'O';
        tags[k + 2] = 'O';
        k += 3;
      } else {
        k++;
        break;
      }
    }
    if (k === i + 1) continue;
    // An entity the model ran on past the initials now starts after them.
    if (k < words.length && tags[k]!.startsWith('I-')) tags[k] = `B-${tags[k]!.slice(2)}` as Tag;
    i = k - 1;
  }
}

/** An ordinal after a title, "Presiden ke-7 RI": the office is still the country's. */
const ORDINAL = /^ke-?\d+$/i;

/** Whether a title ends right before `at`, or a title and its ordinal do ("Presiden ke-7"). */
function followsTitle(words: readonly string[], marks: ReadonlyArray<GazetteerMark | null>, at: number): boolean {
  if (marks[at - 1]?.cls === 'TITLE') return true;
  return at >= 2 && ORDINAL.test(words[at - 1]!) && marks[at - 2]?.cls === 'TITLE';
}

/** List classes of the places a title names its office by: "Presiden RI", "Gubernur Jawa Barat", "Wali Kota Solo". */
const TITLE_PLACE_CLASSES = new Set<string>(['COUNTRY', 'PROVINCE', 'CITY']);

/**
 * A place right after a title belongs to the title, "Presiden RI", "Menteri Luar Negeri Jepang", "Gubernur Jawa
 * Barat", "Wali Kota Yogyakarta": the guideline leaves places inside a title untagged (GUIDELINE item 5), while the
 * model reads "RI" after "Presiden" as an organisation and "Kota Yogyakarta" after "Wali" as a town. A span that is
 * exactly a listed country, province or city and follows a title phrase becomes O, as does one that opens with the
 * title's own last words and goes on with such a place ("Wali [Kota Yogyakarta]"). `marks` are the sentence's list
 * marks (gazetteer.ts). Changes `tags` in place.
 */
export function untagPlacesInTitles(words: readonly string[], tags: Tag[], marks: ReadonlyArray<GazetteerMark | null>): void {
  for (let i = 1; i < words.length; i++) {
    if (!tags[i]!.startsWith('B-')) continue;
    // The place starts after the title words the span took in.
    let place = i;
    while (place < words.length && marks[place]?.cls === 'TITLE' && !marks[place]!.begins && (place === i || tags[place]!.startsWith('I-'))) place++;
    const mark = marks[place];
    if (mark == null || !mark.begins || !TITLE_PLACE_CLASSES.has(mark.cls)) continue;
    if (place === i ? !followsTitle(words, marks, i) : tags[i]!.endsWith('PER')) continue;
    let end = place + 1;
    while (end < words.length && marks[end] != null && !marks[end]!.begins && marks[end]!.cls === mark.cls) end++;
    // The span must be the place and nothing more: "Presiden Korea Selatan Yoon" keeps its person.
    let inside = true;
    for (let k = i + 1; k < end; k++) inside &&= tags[k]!.startsWith('I-');
    if (!inside) continue;
    // The span must be the place and nothing more, or a place span that goes on with a name: "Bupati [Pati
    // Sudewo]", "Presiden [AS Donald Trump]" name the official, who is a person. "Presiden Korea Selatan Yoon" with
    // its person already apart keeps it.
    let last = end;
    while (last < words.length && tags[last]!.startsWith('I-')) last++;
    // The place's abbreviation in brackets is the title's too: "Presiden [Amerika Serikat ( AS )]".
    const abbreviation = last - end === 3 && words[end] === '(' && words[end + 2] === ')';
    if (abbreviation) for (let k = end; k < last; k++) tags[k] = 'O';
    else if (last > end) {
      // Only a place span: an organisation after a title ("Pelatih [Bandung United]") is named after its town.
      if (!tags[i]!.endsWith('LOC')) continue;
      let name = true;
      for (let k = end; k < last; k++) name &&= /^\p{Lu}/u.test(words[k]!) && (marks[k] == null || marks[k]!.cls === 'GIVENNAME');
      if (!name) continue;
      for (let k = end; k < last; k++) tags[k] = k === end ? 'B-PER' : 'I-PER';
    }
    for (let k = i; k < end; k++) tags[k] = 'O';
    i = last - 1;
  }
}

/**
 * Kompas's sections by the names its pages give them in running text: the daily round-up "Populer Global" and
 * "di kanal Global Kompas.com" (the subdomains of kompas.com, KOMPAS.md).
 */
const SECTIONS = new Set([
  'global', 'nasional', 'regional', 'megapolitan', 'internasional', 'money', 'tekno', 'bola', 'otomotif', 'health',
  'edukasi', 'lifestyle', 'travel', 'food', 'properti', 'sains', 'tren', 'hype', 'parapuan', 'skola', 'lestari', 'umkm',
]);
const isSection = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word) && SECTIONS.has(word.toLowerCase());

/**
 * A Kompas section named in the text is no entity: "daftar Populer Global" is a label the model reads as an
 * organisation, and "kanal Global Kompas.com" as an organisation of two words, where only Kompas.com is one. The
 * label "Populer <section>" becomes O, and Kompas.com is an organisation of its own, without a section before it or
 * words the model ran on into after it ("KOMPAS.com Hasil"). Changes `tags` in place.
 */
export function untagSectionLabels(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === 'Populer' && isSection(words[i + 1])) {
      tags[i] = 'O';
      tags[i + 1] = 'O';
      if (i + 2 < words.length && tags[i + 2]!.startsWith('I-')) tags[i + 2] = `B-${tags[i + 2]!.slice(2)}` as Tag;
      i++;
      continue;
    }
    if (!isDatelineSource(word) || tags[i] === 'O') continue;
    tags[i] = 'B-ORG';
    for (let k = i - 1; k >= 0 && tags[k] !== 'O' && isSection(words[k]); k--) {
      const start = tags[k]!.startsWith('B-');
      tags[k] = 'O';
      if (start) break;
    }
    for (let k = i + 1; k < words.length && tags[k]!.startsWith('I-'); k++) tags[k] = 'O';
  }
}

/**
 * Words after which a country is the place itself ("di Jepang", "ke Israel", "asal Iran", "seluruh Indonesia"),
 * as the guideline's rule 12 lists them, and the list words after which it repeats the type of what came before.
 */
const PLACE_CUES = new Set([
  'di', 'ke', 'dari', 'seluruh', 'wilayah', 'asal', 'kawasan', 'daerah', 'menuju', 'sekitar', 'negara', 'dan', 'atau',
  'serta', 'hingga', 'sampai', 'dengan', 'via', 'lewat', 'melalui', 'tiba', 'kembali', 'mengunjungi', 'berkunjung',
  'kunjungan', 'meninggalkan', 'antara', 'perbatasan', 'luar', 'dalam', 'timur', 'barat', 'utara', 'selatan',
]);
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * Words after which a country is the place itself and nothing else: "di Vatikan", "asal Spanyol", "ibu kota
 * Ukraina" (`kota` after `ibu`). The model, which learnt how often a country is left untagged, misses some of them.
 */
const STRONG_PLACE_CUES = new Set(['di', 'ke', 'dari', 'asal', 'seluruh', 'wilayah', 'menuju']);

/**
 * A listed country the model left untagged right after a preposition of place is that place (the guideline's rule
 * 12): it becomes LOC, the country as the lists write it. `marks` are the sentence's list marks (gazetteer.ts).
 * Changes `tags` in place.
 */
export function tagCountriesAsPlaces(words: readonly string[], tags: Tag[], marks: ReadonlyArray<GazetteerMark | null>): void {
  for (let i = 1; i < words.length; i++) {
    const mark = marks[i];
    if (mark == null || !mark.begins || mark.cls !== 'COUNTRY' || tags[i] !== 'O') continue;
    const before = words[i - 1]!;
    const cue = STRONG_PLACE_CUES.has(before) || (before === 'kota' && words[i - 2]?.toLowerCase() === 'ibu');
    if (!cue) continue;
    let end = i + 1;
    while (end < words.length && marks[end] != null && !marks[end]!.begins && marks[end]!.cls === 'COUNTRY') end++;
    let untagged = true;
    for (let k = i; k < end; k++) untagged &&= tags[k] === 'O';
    if (!untagged) continue;
    for (let k = i; k < end; k++) tags[k] = k === i ? 'B-LOC' : 'I-LOC';
    i = end - 1;
  }
}

/**
 * In news a country right after a common noun or verb is mostly a modifier or an actor, "militer AS", "rakyat
 * Jerman", "pemilu Jerman", "mahasiswa Malaysia", "bergabung dengan Rusia", which the idner-news-2k guideline leaves
 * untagged (the Kompas dev set's rule 13), while after a preposition of place it is the place. A span that is exactly
 * a listed country and follows a lower-case word other than such a cue becomes O. `marks` are the sentence's list
 * marks (gazetteer.ts). Changes `tags` in place.
 */
export function untagCountriesAsModifiers(words: readonly string[], tags: Tag[], marks: ReadonlyArray<GazetteerMark | null>): void {
  for (let i = 1; i < words.length; i++) {
    if (tags[i] !== 'B-LOC') continue;
    const mark = marks[i];
    if (mark == null || !mark.begins || mark.cls !== 'COUNTRY') continue;
    const before = words[i - 1]!;
    if (!LOWER_WORD.test(before) || PLACE_CUES.has(before)) continue;
    let end = i + 1;
    while (end < words.length && marks[end] != null && !marks[end]!.begins && marks[end]!.cls === 'COUNTRY') end++;
    let exact = end >= words.length || !tags[end]!.startsWith('I-');
    for (let k = i + 1; k < end; k++) exact &&= tags[k] === 'I-LOC';
    if (!exact) continue;
    for (let k = i; k < end; k++) tags[k] = 'O';
    i = end - 1;
  }
}
