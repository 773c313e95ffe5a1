/**
 * The names a kompas.com article page gives for its own subjects, outside the recogniser: the editors' tags (meta
 * `content_tags` and the tag links under the article), the keyword links in the body (`a.inner-link-tag`), and two
 * sentences that name the subjects in context, the title and the lead image's caption ("Menteri ... <name> saat ...").
 * Pure DOM reading, strings out: which of them are names, and of what type, is for the recogniser to say
 * (src/entities/page-names.ts).
 *
 * The page is not trusted: whatever it writes here can at most make us look for a few more capitalised strings in
 * its own text, so the lists are bounded in number and length.
 */

export interface PageNames {
  /**
   * Names the editors list for this article (tags, keyword links), as written, each once, in page order. Only
   * strings shaped like a name are kept (`isNameShaped`): a topic tag such as "banjir rob" is not one.
   */
  listed: string[];
  /** The headline, where present: title-cased, so it names its subjects among other capitalised words. */
  title: string | null;
  /** The lead image's caption without its credit, where present: who is in the photo, usually with their title. */
  caption: string | null;
}

/** A page that names nothing for its article, or a text read on its own (a highlight's quote). */
export const NO_PAGE_NAMES: PageNames = Object.freeze({ listed: [], title: null, caption: null }) as PageNames;

/** Listed names kept at most: a page lists a dozen tags and keyword links; a hostile one could list thousands. */
export const MAX_LISTED_NAMES = 40;
/** Longer strings are headlines or slogans, not names. */
const MAX_NAME_LENGTH = 80;
const MAX_NAME_WORDS = 6;
/** A one-word name shorter than this is too often an abbreviation that is also a word ("RI" in "Presiden RI"). */
const MIN_SINGLE_WORD_LENGTH = 3;
/** A sentence longer than this is not a title or a caption. */
const MAX_SENTENCE_LENGTH = 400;
/** Lower-case words that stand inside names ("Universitas Gadjah Mada dan ...", "Abdullah bin Zayed"). */
const NAME_CONNECTORS = new Set(['bin', 'binti', 'dan', 'van', 'von', 'de', 'der', 'da', 'di', 'al', 'el', '&']);
/** Lists of the article's tags under the body, in today's layout and an older one. */
const TAG_LIST_CLASSES = ['tag__article', 'read__tagging'];
const KEYWORD_LINK_CLASS = 'inner-link-tag';
const TITLE_CLASS = 'read__title';
/** Captions of the lead image: today's layout, then the old one. */
const CAPTION_CLASSES = ['photo__caption', 'kcm-read-img-caption'];

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Whether `text` is written as a name: starts with a capital letter, every word capitalised (or a digit, or one of
 * the few lower-case connectors names carry), short. This is what keeps ordinary words out: a name is only ever
 * looked for as written, so a candidate that is capitalised can never match a lower-case word.
 */
export function isNameShaped(text: string): boolean {
  if (text.length > MAX_NAME_LENGTH || !/^\p{Lu}/u.test(text) || text.includes('#')) return false;
  const words = text.split(' ');
  if (words.length > MAX_NAME_WORDS) return false;
  if (words.length === 1 && text.length < MIN_SINGLE_WORD_LENGTH) return false;
  return words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || NAME_CONNECTORS.has(word));
}

function contentTags(doc: Document): string[] {
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    if (meta.getAttribute('name') === 'content_tags') return (meta.getAttribute('content') ?? '').split(',').map(clean);
  }
  return [];
}

function linkTexts(doc: Document): string[] {
  const texts: string[] = [];
  for (const name of TAG_LIST_CLASSES) {
    for (const list of Array.from(doc.getElementsByClassName(name))) {
      for (const link of Array.from(list.getElementsByTagName('a'))) texts.push(clean(link.textContent));
    }
  }
  for (const link of Array.from(doc.getElementsByClassName(KEYWORD_LINK_CLASS))) texts.push(clean(link.textContent));
  return texts;
}

function title(doc: Document): string {
  for (const element of Array.from(doc.getElementsByClassName(TITLE_CLASS))) {
    const text = clean(element.textContent);
    if (text !== '') return text;
  }
  return '';
}

/** The first caption's text without its credit, which the site sets in a `span` at its end. */
function caption(doc: Document): string {
  for (const name of CAPTION_CLASSES) {
    const element = doc.getElementsByClassName(name)[0];
    if (!element) continue;
    let text = clean(element.textContent);
    const credit = clean(element.getElementsByTagName('span')[0]?.textContent);
    if (credit !== '' && text.endsWith(credit)) text = text.slice(0, -credit.length).trim();
    if (text !== '') return text;
  }
  return '';
}

/** Reads the page's own names for its article; cheap: a handful of lookups by tag and class, no selector engine. */
export function readPageNames(doc: Document): PageNames {
  const listed: string[] = [];
  const seen = new Set<string>();
  for (const text of [...contentTags(doc), ...linkTexts(doc)]) {
    if (listed.length >= MAX_LISTED_NAMES) break;
    if (seen.has(text) || !isNameShaped(text)) continue;
    seen.add(text);
    listed.push(text);
  }
  const sentence = (text: string): string | null => (text === '' || text.length > MAX_SENTENCE_LENGTH ? null : text);
  return { listed, title: sentence(title(doc)), caption: sentence(caption(doc)) };
}

/** What is wrong with a `PageNames` that came from elsewhere (a page's script, through a message). */
export class InvalidPageNamesError extends Error {
  override name = 'InvalidPageNamesError';
}

/**
 * A `PageNames` received from a content script, held to what `readPageNames` could have read: at most
 * `MAX_LISTED_NAMES` names, each shaped like a name and given once, and a title and caption no longer than a sentence.
 * Throws `InvalidPageNamesError` saying what does not fit.
 */
export function parsePageNames(value: unknown): PageNames {
  if (typeof value !== 'object' || value === null) throw new InvalidPageNamesError('the page names are not an object');
  const { listed, title, caption } = value as Record<string, unknown>;
  if (!Array.isArray(listed) || listed.length > MAX_LISTED_NAMES) {
    throw new InvalidPageNamesError(`the page names need a list of at most ${MAX_LISTED_NAMES} names`);
  }
  const seen = new Set<string>();
  for (const name of listed) {
    if (typeof name !== 'string' || !isNameShaped(name)) throw new InvalidPageNamesError('a listed page name is not shaped like a name');
    if (seen.has(name)) throw new InvalidPageNamesError(`"${name}" is listed twice`);
    seen.add(name);
  }
  const sentence = (text: unknown, what: string): string | null => {
    if (text === null) return null;
    if (typeof text !== 'string' || text === '' || text.length > MAX_SENTENCE_LENGTH) {
      throw new InvalidPageNamesError(`the page's ${what} must be null or a sentence of at most ${MAX_SENTENCE_LENGTH} characters`);
    }
    return text;
  };
  return { listed: [...seen], title: sentence(title, 'title'), caption: sentence(caption, 'caption') };
}
