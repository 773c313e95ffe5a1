/**
 * A sentence's emission scores without hashing every feature of every token.
 *
 * The score of a token is the sum of its features' weights (`sentenceFeatures` names them). Most templates read one
 * word at one place of the window: the word itself (its forms, affixes, shape, class, cluster), the word before or
 * after it (alone, or with the centre's short shape), two places away. Their weights can be summed once per word
 * and place, and reused wherever the word occurs; news repeats its words, so most tokens then cost a handful of
 * seven-wide additions. Templates over short shapes, and over list and known-name marks, take few values and are
 * tabulated per model and style. Only the word pairs are hashed per token.
 *
 * The result equals `emissionScores(sentenceFeatures(...))` exactly (integer weights, summed in another order); a
 * test checks it over the tuning corpora. Template numbers below are those of `sentenceFeatures`.
 */
import type { Domain } from './domain.ts';
import * as features from './features.ts';
import { computeWordValues, type WordKnowledge } from './features.ts';
import { GAZETTEER_CLASSES, markGazetteer, type GazetteerMark } from './gazetteer.ts';
import { combine as combineHashes, hashString } from './hash.ts';
import { markKnownEntities, type KnownNameLookup } from './known-entities.ts';
import { TAG_COUNT } from './types.ts';

// Module-local copies: some module loaders turn each use of an import into a property read, and these are read in
// the innermost loop.
const combine = combineHashes;
const T = TAG_COUNT;
const { LOWER, WORD, SHAPE, SHORT_SHAPE, SUFFIX2, SUFFIX3, SUFFIX4, PREFIX2, PREFIX3, WORD_CLASS, FLAGS, GAZETTEER, KNOWN,
  CLUSTER_COARSE, CLUSTER_FULL, NO_MARK, START_VALUES, END_VALUES, SHORT_SHAPES, DOMAIN_TEMPLATES } = features;

/** What the scorer needs of a model: its weights by hash bucket and what it knows of words. */
export interface ScoringModel extends WordKnowledge {
  bucketMask: number;
  weights: Int8Array;
}

/** Short shapes of real words (0-4, as SHORT_SHAPES) and of the padding before and after a sentence (5, 6). */
const SHAPE_COUNT = SHORT_SHAPES.length + 2;
const WORD_SHAPES = SHORT_SHAPES.length;
const SHAPE_HASHES = [...SHORT_SHAPES.map((s) => hashString(s)), START_VALUES[SHORT_SHAPE]!, END_VALUES[SHORT_SHAPE]!];

/**
 * Offsets into a word's partial sums (Int32Array): weights of the templates that read the word
 * - OWN: at the centre (0, 1, 2, 7, 12-16, 21, 29, 31, 36, 37, and 1 and 7 conjoined with the domain);
 * - BEFORE + 7 * centre shape: just before the centre (3, 22, 25; 3 and 25 conjoined);
 * - AFTER + 7 * centre shape: just after it (4, 23, 26; 4 and 26 conjoined);
 * - TWO_BEFORE, TWO_AFTER: two places away (5, 6).
 */
const OWN = 0;
const BEFORE = OWN + T;
const AFTER = BEFORE + WORD_SHAPES * T;
const TWO_BEFORE = AFTER + WORD_SHAPES * T;
const TWO_AFTER = TWO_BEFORE + T;
const PARTIALS = TWO_AFTER + T;

/** 1 for the templates that also have a domain-conjoined copy, by template number. */
const CONJOINED = new Uint8Array(64);
for (const template of DOMAIN_TEMPLATES) CONJOINED[template] = 1;
/** Where a shared template's domain-conjoined copy is: combine(64 + domain, hash of the shared feature). */
const conjoined = (domain: Domain, feature: number): number => combine(64 + domain, feature);

/**
 * List and known-name marks as small numbers, so their templates can be tabulated: 0 no mark, 1 and 2 the padding
 * before and after the sentence (which carry their own marker, as in sentenceFeatures), then one per class and
 * B/I. The *_MARK_HASHES arrays give the value sentenceFeatures hashes for each.
 */
const NO_MARK_ID = 0;
const START_MARK_ID = 1;
const END_MARK_ID = 2;
const GAZETTEER_MARK_HASHES = [NO_MARK, START_VALUES[GAZETTEER]!, END_VALUES[GAZETTEER]!,
  ...GAZETTEER_CLASSES.flatMap((cls) => [hashString(`B${cls}`), hashString(`I${cls}`)])];
const GAZETTEER_MARK_IDS = new Map(GAZETTEER_CLASSES.map((cls, i) => [cls, 3 + 2 * i]));
const KNOWN_MARKS = ['PER', 'LOC', 'ORG'].flatMap((type) => [`B-${type}`, `I-${type}`]);
const KNOWN_MARK_HASHES = [NO_MARK, START_VALUES[KNOWN]!, END_VALUES[KNOWN]!, ...KNOWN_MARKS.map((mark) => hashString(mark))];
const KNOWN_MARK_IDS = new Map(KNOWN_MARKS.map((mark, i) => [mark, 3 + i]));
const G = GAZETTEER_MARK_HASHES.length;
const K = KNOWN_MARK_HASHES.length;

/**
 * Offsets into a domain's mark table, by template:
 * - CENTRE_MARK + 7 * (mark * 5 + centre shape): 17 and 20 (and their conjoined copies);
 * - MARK_BEFORE + 7 * mark: 18; MARK_AFTER + 7 * mark: 19; TWO_MARKS + 7 * (mark two before * G + mark before): 30;
 * - KNOWN_CENTRE + 7 * (known mark * 5 + centre shape): 34; KNOWN_PAIR + 7 * (known before * K + known centre): 35.
 */
const CENTRE_MARK = 0;
const MARK_BEFORE = CENTRE_MARK + G * 5 * T;
const MARK_AFTER = MARK_BEFORE + G * T;
const TWO_MARKS = MARK_AFTER + G * T;
const KNOWN_CENTRE = TWO_MARKS + G * G * T;
const KNOWN_PAIR = KNOWN_CENTRE + K * 5 * T;
const MARK_TABLE = KNOWN_PAIR + K * K * T;
/** The same offsets in cells of T: the mark table is summed a cell at a time. */
const MARK_BEFORE_CELL = MARK_BEFORE / T;
const MARK_AFTER_CELL = MARK_AFTER / T;
const TWO_MARKS_CELL = TWO_MARKS / T;
const KNOWN_CENTRE_CELL = KNOWN_CENTRE / T;
const KNOWN_PAIR_CELL = KNOWN_PAIR / T;
/** Cells of one template's block in the shape-pair table, and the templates of its four blocks in order. */
const SHAPE_PAIRS = SHAPE_COUNT * SHAPE_COUNT;
const PAIR_TEMPLATES = [8, 9, 27, 28];

/**
 * Which parts of a word's partial sums are summed, as bits of `ScoredWord.ready`: its own templates; the templates
 * that read it just before a centre of each short shape (BEFORE_READY << shape), or just after one; two places away.
 */
const OWN_READY = 1;
const BEFORE_READY = 1 << 1;
const AFTER_READY = 1 << (1 + WORD_SHAPES);
const TWO_BEFORE_READY = 1 << (1 + 2 * WORD_SHAPES);
const TWO_AFTER_READY = TWO_BEFORE_READY << 1;

/**
 * A word as the scorer sees it: its values, short shape and partial sums in one domain. Each part of the sums is
 * summed when a sentence first reads it, and summing is much of the cost of a word met for the first time: every
 * part is a few reads from a weight table larger than the processor's caches, and a word is mostly read in one or
 * two places (a lower-case word two places from a name only as a centre's neighbour, and most words beside centres
 * of one or two shapes).
 */
export interface ScoredWord {
  values: Uint32Array;
  shape: number;
  /** The block holding the word's sums, from `base` on (PARTIALS of them). */
  partials: Int32Array;
  base: number;
  /** The parts of the sums summed so far (*_READY bits). */
  ready: number;
}

/**
 * What the caller keeps for the scorer with each word it has looked up (word-records.ts): the word's partial sums per
 * style, filled in here when first needed, and the known names it starts.
 */
export interface ScoreLookup extends KnownNameLookup {
  readonly scored: [ScoredWord | undefined, ScoredWord | undefined];
}

/**
 * Per model and domain: the tables over short shapes and marks. Like words' sums, a cell of the shape-pair and mark
 * tables is summed when a sentence first reads it: a sentence reads a few dozen of their 1,240 cells (a 1,587-word
 * article of news text 422), and summing them all, each a read from the weight table, was 40% of tagging a page's
 * first sentence in a profile.
 */
interface DomainTables {
  /** The padding before and after a sentence, scored like words. */
  start: ScoredWord;
  end: ScoredWord;
  /**
   * Templates 8 (before, centre), 9 (centre, after), 27 (two before, before), 28 (after, two after), a block of
   * SHAPE_PAIRS cells each, by shape pair; `pairsReady` has a byte per cell.
   */
  pairs: Int32Array;
  pairsReady: Uint8Array;
  /** [centre shape * 2 + first in sentence]: template 24 and its conjoined copy. */
  opening: Int32Array;
  /** The list and known-name templates, at the offsets above; `marksReady` has a byte per cell. */
  marks: Int32Array;
  marksReady: Uint8Array;
}

/** Built on first use per model and domain: Kompas pages are read in one style, so the other's tables are never built. */
const tablesByModel = new WeakMap<ScoringModel, [DomainTables | null, DomainTables | null]>();

function add(model: ScoringModel, hash: number, into: Int32Array, at: number): void {
  const w = model.weights;
  const b = (hash & model.bucketMask) * T;
  // Unrolled for the seven tags: on a page's first words this runs before the JIT has optimised anything.
  into[at]! += w[b]!;
  into[at + 1]! += w[b + 1]!;
  into[at + 2]! += w[b + 2]!;
  into[at + 3]! += w[b + 3]!;
  into[at + 4]! += w[b + 4]!;
  into[at + 5]! += w[b + 5]!;
  into[at + 6]! += w[b + 6]!;
}

/** Adds a shared template's weights and, if the template is conjoined with the domain, its conjoined copy's. */
function addTemplate(model: ScoringModel, domain: Domain, template: number, hash: number, into: Int32Array, at: number): void {
  add(model, hash, into, at);
  if (CONJOINED[template] === 1) add(model, conjoined(domain, hash), into, at);
}

function shapeIndex(values: Uint32Array): number {
  const index = SHAPE_HASHES.indexOf(values[SHORT_SHAPE]!);
  if (index < 0) throw new Error('Unknown short shape');
  return index;
}

/**
 * Words' sums are kept in shared blocks: a typed array of its own for each word, allocated outside the JavaScript
 * heap at this size, cost more than summing it. A block lives as long as one of its words' records.
 */
const WORDS_PER_BLOCK = 256;
let sumsBlock = new Int32Array(WORDS_PER_BLOCK * PARTIALS);
let sumsBlockUsed = 0;

function unscoredWord(values: Uint32Array): ScoredWord {
  if (sumsBlockUsed === WORDS_PER_BLOCK) {
    sumsBlock = new Int32Array(WORDS_PER_BLOCK * PARTIALS);
    sumsBlockUsed = 0;
  }
  return { values, shape: shapeIndex(values), partials: sumsBlock, base: PARTIALS * sumsBlockUsed++, ready: 0 };
}

/** Sums the templates that read the word at the centre (0, 1, 2, 7, 12-16, 21, 29, 31, 36, 37). */
function sumOwn(model: ScoringModel, domain: Domain, word: ScoredWord): void {
  const p = word.partials;
  const v = word.values;
  const at = word.base + OWN;
  add(model, combine(0, 0), p, at);
  addTemplate(model, domain, 1, combine(1, v[LOWER]!), p, at);
  addTemplate(model, domain, 2, combine(2, v[WORD]!), p, at);
  addTemplate(model, domain, 7, combine(7, v[SHAPE]!), p, at);
  addTemplate(model, domain, 12, combine(12, v[SUFFIX2]!), p, at);
  addTemplate(model, domain, 13, combine(13, v[SUFFIX3]!), p, at);
  addTemplate(model, domain, 14, combine(14, v[SUFFIX4]!), p, at);
  addTemplate(model, domain, 15, combine(15, v[PREFIX2]!), p, at);
  addTemplate(model, domain, 16, combine(16, v[PREFIX3]!), p, at);
  addTemplate(model, domain, 21, combine(21, v[WORD_CLASS]!), p, at);
  addTemplate(model, domain, 29, combine(29, v[FLAGS]!, v[SHORT_SHAPE]!), p, at);
  addTemplate(model, domain, 31, combine(31, v[WORD_CLASS]!, v[SHORT_SHAPE]!), p, at);
  addTemplate(model, domain, 36, combine(36, v[CLUSTER_COARSE]!), p, at);
  addTemplate(model, domain, 37, combine(37, v[CLUSTER_FULL]!), p, at);
  word.ready |= OWN_READY;
}

/** Sums the templates that read the word just before a centre of short shape `centre` (3, 22, 25). */
function sumBefore(model: ScoringModel, domain: Domain, word: ScoredWord, centre: number): void {
  const p = word.partials;
  const v = word.values;
  const at = word.base + BEFORE + centre * T;
  addTemplate(model, domain, 3, combine(3, v[LOWER]!), p, at);
  addTemplate(model, domain, 22, combine(22, v[WORD_CLASS]!), p, at);
  addTemplate(model, domain, 25, combine(25, v[LOWER]!, SHAPE_HASHES[centre]!), p, at);
  word.ready |= BEFORE_READY << centre;
}

/** Sums the templates that read the word just after a centre of short shape `centre` (4, 23, 26). */
function sumAfter(model: ScoringModel, domain: Domain, word: ScoredWord, centre: number): void {
  const p = word.partials;
  const v = word.values;
  const at = word.base + AFTER + centre * T;
  addTemplate(model, domain, 4, combine(4, v[LOWER]!), p, at);
  addTemplate(model, domain, 23, combine(23, v[WORD_CLASS]!), p, at);
  addTemplate(model, domain, 26, combine(26, SHAPE_HASHES[centre]!, v[LOWER]!), p, at);
  word.ready |= AFTER_READY << centre;
}

/** Sums template 5, which reads the word two places before the centre. */
function sumTwoBefore(model: ScoringModel, domain: Domain, word: ScoredWord): void {
  addTemplate(model, domain, 5, combine(5, word.values[LOWER]!), word.partials, word.base + TWO_BEFORE);
  word.ready |= TWO_BEFORE_READY;
}

/** Sums template 6, which reads the word two places after the centre. */
function sumTwoAfter(model: ScoringModel, domain: Domain, word: ScoredWord): void {
  addTemplate(model, domain, 6, combine(6, word.values[LOWER]!), word.partials, word.base + TWO_AFTER);
  word.ready |= TWO_AFTER_READY;
}

function buildTables(model: ScoringModel, domain: Domain): DomainTables {
  const opening = new Int32Array(WORD_SHAPES * 2 * T);
  for (let c = 0; c < WORD_SHAPES; c++) {
    for (const first of [0, 1]) addTemplate(model, domain, 24, combine(24, SHAPE_HASHES[c]!, first), opening, (c * 2 + first) * T);
  }
  return {
    start: unscoredWord(START_VALUES),
    end: unscoredWord(END_VALUES),
    pairs: new Int32Array(4 * SHAPE_PAIRS * T),
    pairsReady: new Uint8Array(4 * SHAPE_PAIRS),
    opening,
    marks: new Int32Array(MARK_TABLE),
    marksReady: new Uint8Array(MARK_TABLE / T),
  };
}

/** Sums the template of one cell of the shape-pair table. */
function fillPairCell(model: ScoringModel, domain: Domain, tables: DomainTables, cell: number): void {
  const pair = cell % SHAPE_PAIRS;
  const template = PAIR_TEMPLATES[(cell - pair) / SHAPE_PAIRS]!;
  const hash = combine(template, SHAPE_HASHES[Math.floor(pair / SHAPE_COUNT)]!, SHAPE_HASHES[pair % SHAPE_COUNT]!);
  addTemplate(model, domain, template, hash, tables.pairs, cell * T);
  tables.pairsReady[cell] = 1;
}

/** Sums the templates of one cell of the mark table (see the offsets above). */
function fillMarkCell(model: ScoringModel, domain: Domain, tables: DomainTables, cell: number): void {
  const at = cell * T;
  const template = (id: number, hash: number) => addTemplate(model, domain, id, hash, tables.marks, at);
  if (cell < MARK_BEFORE_CELL) {
    const mark = GAZETTEER_MARK_HASHES[Math.floor(cell / WORD_SHAPES)]!;
    template(17, combine(17, mark));
    template(20, combine(20, mark, SHAPE_HASHES[cell % WORD_SHAPES]!));
  } else if (cell < MARK_AFTER_CELL) {
    template(18, combine(18, GAZETTEER_MARK_HASHES[cell - MARK_BEFORE_CELL]!));
  } else if (cell < TWO_MARKS_CELL) {
    template(19, combine(19, GAZETTEER_MARK_HASHES[cell - MARK_AFTER_CELL]!));
  } else if (cell < KNOWN_CENTRE_CELL) {
    const pair = cell - TWO_MARKS_CELL;
    template(30, combine(30, GAZETTEER_MARK_HASHES[Math.floor(pair / G)]!, GAZETTEER_MARK_HASHES[pair % G]!));
  } else if (cell < KNOWN_PAIR_CELL) {
    const known = cell - KNOWN_CENTRE_CELL;
    template(34, combine(34, KNOWN_MARK_HASHES[Math.floor(known / WORD_SHAPES)]!, SHAPE_HASHES[known % WORD_SHAPES]!));
  } else {
    const pair = cell - KNOWN_PAIR_CELL;
    template(35, combine(35, KNOWN_MARK_HASHES[Math.floor(pair / K)]!, KNOWN_MARK_HASHES[pair % K]!));
  }
  tables.marksReady[cell] = 1;
}

function tablesFor(model: ScoringModel, domain: Domain): DomainTables {
  let byDomain = tablesByModel.get(model);
  if (byDomain === undefined) tablesByModel.set(model, (byDomain = [null, null]));
  return (byDomain[domain] ??= buildTables(model, domain));
}

/** Scratch reused between sentences; it only grows. */
let window: ScoredWord[] = [];
let gazetteerIds = new Uint8Array(64);
let knownIds = new Uint8Array(64);

/**
 * Mark ids of a sentence, with the padding: ids[i + 2] is token i's. Token i's list mark is its GazetteerMark's id.
 */
function fillMarkIds(n: number, gazetteer: ReadonlyArray<GazetteerMark | null>, known: ReadonlyArray<string | null>): void {
  if (gazetteerIds.length < n + 4) {
    gazetteerIds = new Uint8Array((n + 4) * 2);
    knownIds = new Uint8Array((n + 4) * 2);
  }
  gazetteerIds[0] = gazetteerIds[1] = START_MARK_ID;
  knownIds[0] = knownIds[1] = START_MARK_ID;
  for (let i = 0; i < n; i++) {
    const mark = gazetteer[i];
    gazetteerIds[i + 2] = mark == null ? NO_MARK_ID : GAZETTEER_MARK_IDS.get(mark.cls)! + (mark.begins ? 0 : 1);
    const name = known[i];
    knownIds[i + 2] = name == null ? NO_MARK_ID : KNOWN_MARK_IDS.get(name)!;
  }
  gazetteerIds[n + 2] = gazetteerIds[n + 3] = END_MARK_ID;
  knownIds[n + 2] = knownIds[n + 3] = END_MARK_ID;
}

/** Whether token i is a candidate or at most two places from one. */
function nearCandidate(candidates: ArrayLike<number>, i: number, n: number): boolean {
  const from = i >= 2 ? i - 2 : 0;
  const to = i + 2 < n ? i + 2 : n - 1;
  for (let k = from; k <= to; k++) if (candidates[k]) return true;
  return false;
}

/**
 * Writes the emission scores of `words` (n * TAG_COUNT, token-major) into `out`; `lookups[i]` is what the caller
 * looked up for token i (word-records.ts), where its partial sums are kept. `gazetteerMarks` may be passed when
 * the caller has them already. With `candidates`, tokens where it is 0 are skipped and their scores left as they were.
 */
export function sentenceEmissions(
  model: ScoringModel, words: readonly string[], lookups: ReadonlyArray<ScoreLookup>, domain: Domain, out: Float64Array,
  gazetteerMarks: ReadonlyArray<GazetteerMark | null> = markGazetteer(words), candidates?: ArrayLike<number>,
): void {
  const n = words.length;
  const tables = tablesFor(model, domain);
  const { start, end } = tables;
  // window[i + 2] is token i; two padding places each side stand for the sentence edges, as in sentenceFeatures.
  if (window.length < n + 4) window = new Array<ScoredWord>(n + 4);
  window[0] = start;
  window[1] = start;
  for (let i = 0; i < n; i++) {
    // Only candidates are scored, and they read two places each way: a word farther from every candidate is never
    // read, and scoring a word not seen before is the costly part on a page's first run.
    if (candidates !== undefined && !nearCandidate(candidates, i, n)) continue;
    // The record keeps the word's values with its sums: a word scored in the other style has them already.
    const scored = lookups[i]!.scored;
    window[i + 2] = scored[domain] ??= unscoredWord(scored[domain === 0 ? 1 : 0]?.values ?? computeWordValues(words[i]!, model));
  }
  window[n + 2] = end;
  window[n + 3] = end;
  fillMarkIds(n, gazetteerMarks, markKnownEntities(words, model.known, lookups));
  const gIds = gazetteerIds;
  const kIds = knownIds;

  const w = model.weights;
  const mask = model.bucketMask;
  const { pairs, pairsReady, opening, marks, marksReady } = tables;
  const domainTemplate = 64 + domain;
  for (let i = 0; i < n; i++) {
    if (candidates !== undefined && !candidates[i]) continue;
    const p2 = window[i]!;
    const p1 = window[i + 1]!;
    const c = window[i + 2]!;
    const n1 = window[i + 3]!;
    const n2 = window[i + 4]!;
    const cs = c.shape;
    if ((c.ready & OWN_READY) === 0) sumOwn(model, domain, c);
    if ((p1.ready & (BEFORE_READY << cs)) === 0) sumBefore(model, domain, p1, cs);
    if ((n1.ready & (AFTER_READY << cs)) === 0) sumAfter(model, domain, n1, cs);
    if ((p2.ready & TWO_BEFORE_READY) === 0) sumTwoBefore(model, domain, p2);
    if ((n2.ready & TWO_AFTER_READY) === 0) sumTwoAfter(model, domain, n2);
    const own = c.partials;
    const before = p1.partials;
    const after = n1.partials;
    const twoBefore = p2.partials;
    const twoAfter = n2.partials;
    const oo = c.base + OWN;
    const bo = p1.base + BEFORE + cs * T;
    const ao = n1.base + AFTER + cs * T;
    const tbo = p2.base + TWO_BEFORE;
    const tao = n2.base + TWO_AFTER;
    const c8 = p1.shape * SHAPE_COUNT + cs;
    const c9 = SHAPE_PAIRS + cs * SHAPE_COUNT + n1.shape;
    const c27 = 2 * SHAPE_PAIRS + p2.shape * SHAPE_COUNT + p1.shape;
    const c28 = 3 * SHAPE_PAIRS + n1.shape * SHAPE_COUNT + n2.shape;
    if (pairsReady[c8] === 0) fillPairCell(model, domain, tables, c8);
    if (pairsReady[c9] === 0) fillPairCell(model, domain, tables, c9);
    if (pairsReady[c27] === 0) fillPairCell(model, domain, tables, c27);
    if (pairsReady[c28] === 0) fillPairCell(model, domain, tables, c28);
    const pair8 = c8 * T;
    const pair9 = c9 * T;
    const pair27 = c27 * T;
    const pair28 = c28 * T;
    const open = (cs * 2 + (i === 0 ? 1 : 0)) * T;
    const gc = gIds[i + 2]!;
    const gb = gIds[i + 1]!;
    const kc = kIds[i + 2]!;
    const kb = kIds[i + 1]!;
    const c17 = gc * WORD_SHAPES + cs;
    const c18 = MARK_BEFORE_CELL + gb;
    const c19 = MARK_AFTER_CELL + gIds[i + 3]!;
    const c30 = TWO_MARKS_CELL + gIds[i]! * G + gb;
    const c34 = KNOWN_CENTRE_CELL + kc * WORD_SHAPES + cs;
    const c35 = KNOWN_PAIR_CELL + kb * K + kc;
    if (marksReady[c17] === 0) fillMarkCell(model, domain, tables, c17);
    if (marksReady[c18] === 0) fillMarkCell(model, domain, tables, c18);
    if (marksReady[c19] === 0) fillMarkCell(model, domain, tables, c19);
    if (marksReady[c30] === 0) fillMarkCell(model, domain, tables, c30);
    if (marksReady[c34] === 0) fillMarkCell(model, domain, tables, c34);
    if (marksReady[c35] === 0) fillMarkCell(model, domain, tables, c35);
    const m17 = c17 * T;
    const m18 = c18 * T;
    const m19 = c19 * T;
    const m30 = c30 * T;
    const m34 = c34 * T;
    const m35 = c35 * T;

    const cLower = c.values[LOWER]!;
    const pLower = p1.values[LOWER]!;
    const nLower = n1.values[LOWER]!;
    const f10 = combine(10, pLower, cLower);
    const f11 = combine(11, cLower, nLower);
    const b10 = (f10 & mask) * T;
    const b10d = (combine(domainTemplate, f10) & mask) * T;
    const b11 = (f11 & mask) * T;
    const b11d = (combine(domainTemplate, f11) & mask) * T;
    const b32 = (combine(32, pLower, p2.values[LOWER]!) & mask) * T;
    const b33 = (combine(33, nLower, n2.values[LOWER]!) & mask) * T;

    const o = i * T;
    for (let t = 0; t < T; t++) {
      out[o + t] = own[oo + t]! + before[bo + t]! + after[ao + t]! + twoBefore[tbo + t]! + twoAfter[tao + t]!
        + pairs[pair8 + t]! + pairs[pair9 + t]! + pairs[pair27 + t]! + pairs[pair28 + t]! + opening[open + t]!
        + marks[m17 + t]! + marks[m18 + t]! + marks[m19 + t]! + marks[m30 + t]! + marks[m34 + t]! + marks[m35 + t]!
        + w[b10 + t]! + w[b10d + t]! + w[b11 + t]! + w[b11d + t]! + w[b32 + t]! + w[b33 + t]!;
    }
  }
}
