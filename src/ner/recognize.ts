import { runToEnd, type Steps } from '../scheduling/steps.ts';
import { tagsToSpans } from './conll.ts';
import { DOMAIN_ENCYCLOPEDIC, DOMAIN_NEWS, sentenceDomain, type Domain } from './domain.ts';
import { markGazetteer, type GazetteerMark } from './gazetteer.ts';
import { joinRegionalBodies, tagFacilities } from './institutions.ts';
import bundledModelData from './model.json';
import { loadModel, loadModelInSteps, tagWords, type Model, type ModelData } from './model.ts';
import { tagTeamsAndOutlets, untagProductsAndEvents, untagQuotedWorks } from './products-and-teams.ts';
import { dropLeadingTitles, findDateline, joinBracketedAbbreviations, tagCountriesAsPlaces, tagInitials, tagReportSources, untagCountriesAsModifiers, untagPlacesInTitles, untagSectionLabels } from './rules.ts';
import { sentenceEnds, tokenOffsets } from './tokenizer.ts';
import type { Entity, Tag } from './types.ts';
import { recordsAt, wordRecords, type WordRecord } from './word-records.ts';

/**
 * The shipped model where it is bundled: in Node (the command line, the benchmarks, the tests) `recognize` works
 * without any set-up. The extension's build replaces it with null (vite.config.ts) and fetches the file instead.
 */
const bundled = bundledModelData as unknown as ModelData | null;

let shipped: Model | null = null;
let current: Model | null = null;
let preparing: Promise<void> | null = null;

/** The bundled shipped model, decoded on first use; an error in a build without it (the extension). */
export function shippedModel(): Model {
  if (bundled === null) throw new Error('This build does not bundle the entity model: await prepareRecognizer() first');
  shipped ??= loadModel(bundled);
  return shipped;
}

/** Makes `model` the one `recognize` and `tagSentence` use when none is passed. */
export function useModel(model: Model): void {
  current = model;
}

function currentModel(): Model {
  if (current === null && bundled !== null) current = shippedModel();
  if (current === null) throw new Error('The entity recogniser has no model yet: await prepareRecognizer() or call useModel() first');
  return current;
}

/**
 * Loads and decodes the model (`load` supplies the shipped `model.json`), awaiting `pause()` between its parts: a
 * page can give the browser the main thread back in between, so loading the recogniser never makes one long task.
 * Done once; later calls wait for the first.
 */
export function prepareRecognizer(load: () => Promise<ModelData>, pause: () => Promise<void>): Promise<void> {
  if (current !== null) return Promise.resolve();
  preparing ??= (async () => {
    const model = await loadModelInSteps(await load(), pause);
    current ??= model;
  })().finally(() => {
    preparing = null;
  });
  return preparing;
}

/**
 * Tags one sentence given as tokens (as in a CoNLL file) with the shipped model. A leading dateline is tagged by rule
 * and the rest tagged as a sentence of its own, which is how the model saw sentence openings in training; outlets
 * after "dilansir" and the like are organisations (rules.ts). `gazetteerMarks` and the words' `records`
 * (word-records.ts) may be passed when the caller has them already; `style` is the guideline the sentence is read
 * by, guessed from its words (domain.ts) when not given.
 */
export function tagSentence(
  words: readonly string[], model: Model = currentModel(), gazetteerMarks?: ReadonlyArray<GazetteerMark | null>,
  records: readonly WordRecord[] = wordRecords(model, words), style?: Domain,
): Tag[] {
  const dateline = findDateline(words);
  // A sentence after a Kompas dateline is news whatever its words suggest.
  const domain = dateline === null ? style ?? sentenceDomain(model.domain, words, records) : DOMAIN_NEWS;
  const marks = gazetteerMarks ?? markGazetteer(words, records);
  const tags = dateline === null
    ? tagWords(model, words, domain, marks, records)
    : [...dateline.tags, ...tagWords(model, words.slice(dateline.length), undefined, undefined, records.slice(dateline.length))];
  tagReportSources(words, tags);
  tagInitials(words, tags);
  untagSectionLabels(words, tags);
  // Encyclopedic prose (NERGrit) keeps an abbreviation in brackets out of the name and a title such as "Pangeran"
  // in it; news (idner-news-2k, Kompas) the other way round.
  if (domain === DOMAIN_NEWS) {
    joinBracketedAbbreviations(words, tags);
    dropLeadingTitles(words, tags, marks);
    untagPlacesInTitles(words, tags, marks);
    untagCountriesAsModifiers(words, tags, marks);
    tagCountriesAsPlaces(words, tags, marks);
  }
  // A sentence of today's news read as encyclopedic prose still names "timnas U17 Indonesia" and "Polda Jawa Tengah",
  // which NERGrit tags as one organisation too.
  joinRegionalBodies(words, tags, marks, domain === DOMAIN_NEWS);
  if (domain === DOMAIN_NEWS) tagFacilities(words, tags);
  // Both guidelines keep products and events out and type teams and outlets as organisations.
  untagProductsAndEvents(words, tags);
  untagQuotedWorks(words, tags);
  tagTeamsAndOutlets(words, tags);
  return tags;
}

/**
 * The guideline a whole article is written under, from its sentences given as tokens. Style belongs to a document,
 * not to a sentence: the classifier reads some sentences of any news story as encyclopedic prose (long official
 * names, few reporting verbs), about a third of 2024-26 Kompas news, and each would then be tagged by the other
 * guideline. An article with a Kompas dateline is news; otherwise its sentences vote, and a tie is news.
 */
export function articleStyle(sentences: readonly (readonly string[])[], model: Model = currentModel()): Domain {
  let news = 0;
  let encyclopedic = 0;
  for (const words of sentences) {
    if (words.length === 0) continue;
    if (findDateline(words) !== null) return DOMAIN_NEWS;
    if (sentenceDomain(model.domain, words, wordRecords(model, words)) === DOMAIN_NEWS) news++;
    else encyclopedic++;
  }
  return encyclopedic > news ? DOMAIN_ENCYCLOPEDIC : DOMAIN_NEWS;
}

/** Gazetteer classes a reader always wants shown as places. */
const PLACE_CLASSES = new Set(['COUNTRY', 'PROVINCE', 'CITY']);

/**
 * The idner-news-2k guideline leaves a country or city untagged when it acts or modifies ("dukungan China", "dolar
 * AS", "Moskwa mengaku"), and the model learnt that. A reader scanning a story still wants every country and city it
 * names, so the product view marks listed places the model left outside any entity. `tag`/`eval` keep the model's
 * guideline tags, which is what the corpora score.
 */
function markListedPlaces(words: readonly string[], tags: Tag[], marks: ReadonlyArray<GazetteerMark | null>): void {
  for (let i = 0; i < words.length; i++) {
    const mark = marks[i];
    if (mark == null || !mark.begins || !PLACE_CLASSES.has(mark.cls) || tags[i] !== 'O') continue;
    // "Presiden RI", "Menteri Luar Negeri Jepang": the country is part of the title, not a place the story names.
    let end = i + 1;
    while (end < words.length && marks[end] != null && !marks[end]!.begins) end++;
    if (i > 0 && marks[i - 1]?.cls === 'TITLE') {
      // So is its abbreviation in brackets: "Presiden Amerika Serikat ( AS )".
      if (words[end] === '(' && words[end + 2] === ')') i = end + 2;
      continue;
    }
    let free = true;
    for (let k = i; k < end; k++) free &&= tags[k] === 'O';
    if (!free) continue;
    for (let k = i; k < end; k++) tags[k] = k === i ? 'B-LOC' : 'I-LOC';
  }
}

/** "Baca juga: <headline>" links to another story: its title-cased words would read as names, and are not this story's. */
function isRelatedLink(words: readonly string[]): boolean {
  return words.length >= 2 && words[0]!.toLowerCase() === 'baca' && words[1]!.toLowerCase() === 'juga';
}

/**
 * Finds the people, places and organisations named in a text. Pure and deterministic: the same text always gives
 * the same entities, in text order, with offsets into `text`.
 */
export function recognize(text: string, model: Model = currentModel()): Entity[] {
  // One step per sentence costs a resumption of the generator each: nothing beside tagging the sentence.
  return runToEnd(recognizeInSteps(text, model));
}

/**
 * `recognize`, yielding after each sentence (scheduling/steps.ts): a paragraph read in code not yet optimised can
 * take tens of milliseconds, a sentence a few.
 */
export function* recognizeInSteps(text: string, model: Model = currentModel()): Steps<Entity[]> {
  const entities: Entity[] = [];
  const offsets = tokenOffsets(text);
  const records = recordsAt(model, text, offsets);
  let from = 0;
  for (const to of sentenceEnds(text, offsets)) {
    recognizeSentence(text, offsets, records, from, to, model, entities);
    from = to;
    yield;
  }
  return entities;
}

/** Adds the entities of the sentence of tokens `from` to `to` (indexes into `offsets` pairs and `allRecords`). */
function recognizeSentence(
  text: string, offsets: ArrayLike<number>, allRecords: readonly WordRecord[], from: number, to: number, model: Model,
  entities: Entity[],
): void {
  const records = allRecords.slice(from, to);
  const words = records.map((record) => record.word);
  if (isRelatedLink(words)) return;
  const marks = markGazetteer(words, records);
  // Every text the extension reads is a Kompas news story, yet the style classifier reads about a third of the
  // sentences of 2024-26 Kompas news as encyclopedic prose (long official names, few reporting verbs), and would tag
  // them by NERGrit's guideline: countries tagged everywhere, abbreviations outside names.
  const tags = tagSentence(words, model, marks, records, DOMAIN_NEWS);
  markListedPlaces(words, tags, marks);
  for (const span of tagsToSpans(tags)) {
    const start = offsets[2 * (from + span.start)]!;
    const end = offsets[2 * (from + span.end) - 1]!;
    entities.push({ start, end, type: span.type, text: text.slice(start, end) });
  }
}
