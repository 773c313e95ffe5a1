import type { Tag } from './types.ts';

/**
 * Names the guideline keeps out of the three types although they are capitalised and behave like organisations in a
 * sentence (GUIDELINE item 17: events, products, programmes are O): platforms and apps ("ditonton di YouTube"),
 * devices and systems, motor-racing series and their sessions, taxes and loans by their abbreviation ("tarif PPN"),
 * product kinds ("AMDK") and trade fairs. The news of 2013-14 hardly names them, so the model reads them as the
 * organisations that make them, or by their spelling as people and places. Lower-cased phrases.
 */
const PRODUCTS = phraseSet(`
youtube|tiktok|instagram|facebook|whatsapp|telegram|spotify|threads|snapchat|chatgpt|gmail|google maps|android|ios|
iphone|ipad|macbook|playstation|xbox|nintendo switch|motogp|moto2|moto3|motoe|formula 1|formula e|f1|wsbk|worldsbk|
superbike|nascar|indycar|sprint|sprint race|ppn|pph|ppnbm|pbb-p2|bphtb|kpr|kur|qris|amdk|giias|iims|olimpiade|
paralimpiade|sea games|asian games|asian para games|piala dunia|piala asia|piala eropa|liga champions|liga europa`);

/**
 * Events named by a place: "MotoGP Australia", "GP Mandalika", "Piala Asia", "Olimpiade Paris". The place is part of
 * the event's name, and the event is O; an organisation after the head stays ("Piala [AFF]").
 */
const EVENT_HEADS = new Set(['motogp', 'moto2', 'moto3', 'gp', 'piala', 'olimpiade', 'paralimpiade', 'f1']);

/**
 * Teams, clubs, makers and outlets that news names as actors ("pembalap Ducati", "kalah dari Persib", "menurut Sky
 * Italia"), ORG by the dev set's guideline, which the model reads as places ("dari Aprilia") or people by their
 * spelling. Makers and platforms of other kinds (Google, Meta, Apple) and the usual outlets are the gazetteer's ORG
 * and MEDIA lists, which the model weighs already. Clubs named by their city alone ("Barcelona", "Liverpool") are left
 * out: the same word is the city more often.
 */
const TEAMS = phraseSet(`
ducati|aprilia|ktm|yamaha|suzuki|gresini|pramac|vr46|lcr|tech3|trackhouse|red bull|ferrari|mclaren|aston martin|
haas|sauber|racing bulls|real madrid|atletico madrid|manchester united|man united|manchester city|man city|chelsea|
arsenal|tottenham|tottenham hotspur|newcastle united|aston villa|everton|juventus|inter milan|ac milan|as roma|lazio|
atalanta|bayern munchen|bayern muenchen|bayern munich|borussia dortmund|psg|paris saint-germain|ajax|psv|feyenoord|
benfica|al nassr|al hilal|inter miami|persija|persib|persebaya|arema|arema fc|psm|psis|bali united|borneo fc|
madura united|persis|persik|persita|psbs|dewa united|malut united|semen padang|pss|barito putera|bhayangkara fc|
persikabo|tesla|spacex|openai|nvidia|alibaba|tencent|bytedance|huawei|xiaomi|oppo|sony|intel|sky italia|sky sports|
gazzetta dello sport|motorsport.com|crash.net|the athletic|nhk|kbs|cgtn|vnexpress|inquirer|channel newsasia|cna|
abs-cbn|haaretz|times of israel|the moscow times|kyiv independent|ukrainska pravda|interfax|anadolu|trt|press tv|
irna|bild|le figaro|el pais|corriere della sera|la repubblica|japan times|korea herald|korea times|chosun ilbo|
new straits times|malay mail|the star`);

/** Lower-cased phrases by their first word, longest first. */
type PhraseSet = Map<string, string[][]>;

function phraseSet(list: string): PhraseSet {
  const byFirst: PhraseSet = new Map();
  for (const raw of list.split('|')) {
    const words = raw.trim().split(' ');
    if (words[0] === '') continue;
    const entries = byFirst.get(words[0]!) ?? [];
    entries.push(words);
    entries.sort((a, b) => b.length - a.length);
    byFirst.set(words[0]!, entries);
  }
  return byFirst;
}

/** Whether a word opens with a capital letter; most words are ruled out by their first character alone. */
function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c > 127 && /^\p{Lu}/u.test(word);
}

/** The number of words of the longest phrase of `set` written at `at`, or 0. */
function phraseAt(set: PhraseSet, words: readonly string[], at: number): number {
  const entries = set.get(words[at]!.toLowerCase());
  if (entries === undefined) return 0;
  for (const entry of entries) {
    if (at + entry.length > words.length) continue;
    let ok = true;
    for (let k = 1; k < entry.length && ok; k++) ok = words[at + k]!.toLowerCase() === entry[k];
    if (ok) return entry.length;
  }
  return 0;
}

/** The end of the span that starts at `start` (B- tag). */
function spanEnd(tags: readonly Tag[], start: number): number {
  let end = start + 1;
  while (end < tags.length && tags[end]!.startsWith('I-')) end++;
  return end;
}

/**
 * Products and events are O (PRODUCTS): a span the model opened with one, capitalised as a name, is untagged, and so
 * is a place the model tagged right after an event's head ("MotoGP [Australia]", "Piala [Asia]"). Changes `tags` in
 * place.
 */
export function untagProductsAndEvents(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i]!)) continue;
    const product = phraseAt(PRODUCTS, words, i);
    const head = EVENT_HEADS.has(words[i]!.toLowerCase());
    if (product === 0 && !head) continue;
    let after = i + Math.max(product, 1);
    // The span goes from the product to where the model ended it; inside a longer name it is left alone.
    if (product > 0 && tags[i]!.startsWith('B-')) {
      after = spanEnd(tags, i);
      for (let k = i; k < after; k++) tags[k] = 'O';
    } else if (product > 1) {
      // A span the model began inside the product's words ("Piala [Asia]") goes with it.
      for (let k = i + 1; k < i + product; k++) {
        if (!tags[k]!.startsWith('B-')) continue;
        const end = spanEnd(tags, k);
        for (let m = k; m < end; m++) tags[m] = 'O';
        after = Math.max(after, end);
      }
    }
    if (head && after < words.length && tags[after] === 'B-LOC') {
      const end = spanEnd(tags, after);
      for (let k = after; k < end; k++) tags[k] = 'O';
      after = end;
    }
    i = after - 1;
  }
}

/**
 * Teams, clubs, makers and outlets (TEAMS) are organisations: a span that is exactly one, read as a person or a
 * place, becomes ORG, and one the model left untagged is tagged ORG. A span that goes on past it ("Persija
 * Jakarta") is the model's to type. Changes `tags` in place.
 */
export function tagTeamsAndOutlets(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i]!)) continue;
    const length = phraseAt(TEAMS, words, i);
    if (length === 0) continue;
    const end = i + length;
    // A sentence's first word is capitalised whatever it is ("Persis seperti ...", "Arsenal senjata ..."): untagged
    // there, it is left to the model.
    let free = i > 0;
    for (let k = i; k < end; k++) free &&= tags[k] === 'O';
    const exact = tags[i]!.startsWith('B-') && spanEnd(tags, i) === end;
    if (free || exact) {
      for (let k = i; k < end; k++) tags[k] = k === i ? 'B-ORG' : 'I-ORG';
    }
    i = end - 1;
  }
}

/** Words that introduce a work by its title: "lagu “X”", "film "X"", "video “X”". */
const WORK_CUES = new Set(['lagu', 'film', 'album', 'single', 'video', 'serial', 'buku', 'novel', 'drama', 'acara', 'program', 'lirik']);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);

/**
 * The title of a song, film or book, quoted after a word that says so ("lagu anak “X”", "video "X""), is O by the
 * guideline, whatever the title's words look like; the model reads a title-cased one as an organisation. A span that
 * starts right after such a quote is untagged, up to where the model ended it. Changes `tags` in place.
 */
export function untagQuotedWorks(words: readonly string[], tags: Tag[]): void {
  for (let q = 1; q + 1 < words.length; q++) {
    if (!OPENING_QUOTES.has(words[q]!) || !tags[q + 1]!.startsWith('B-')) continue;
    const cue = WORK_CUES.has(words[q - 1]!.toLowerCase()) || (q >= 2 && WORK_CUES.has(words[q - 2]!.toLowerCase()));
    if (!cue) continue;
    const end = spanEnd(tags, q + 1);
    for (let k = q + 1; k < end; k++) tags[k] = 'O';
    q = end - 1;
  }
}
