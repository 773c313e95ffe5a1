/**
 * Elements of kompas.com article pages that are never article text, named by id or class. Only what has been seen on
 * the site (KOMPAS.md marks it [V]) is listed: a guessed class name could remove real paragraphs on a page we never
 * saw. Anything the site renames is still caught by its text (see `clutter-texts.ts`).
 *
 * The names are data rather than one CSS selector so that the reader can test them while it walks the document
 * anyway (one pass, no selector engine); `CLUTTER_SELECTOR` is the same list as CSS for code that wants a query.
 */

/** How clutter is named. */
export interface ClutterNames {
  /** Whole class names. */
  readonly classes: readonly string[];
  /** Class names that the site numbers or suffixes: `kompasidRec_wrap`, `inject-baca-juga-2`. */
  readonly classPrefixes: readonly string[];
  /** Fragments anywhere in the class attribute: ad slots are named `…DFP…` in many ways. */
  readonly classFragments: readonly string[];
  readonly ids: readonly string[];
}

export const CLUTTER_NAMES: ClutterNames = {
  classes: [
    // Ads and ad slots.
    'ads-on-body', 'ads-partner-wrap', 'liftdown_v2_tanda', 'native-wrap', 'wSpec',
    // Related articles in the old layout.
    'kcm-read-terkait',
    // Paywall teaser, sticky bars, share quotes.
    'gate-kgplus', 'kcm__sticky', 'fb-quote',
    // Paging links of a split article: the reader shows the whole text instead.
    'read__paging',
  ],
  // Recommendation widgets; "Baca juga" blocks that a script injects between paragraphs.
  classPrefixes: ['kompasidRec', 'inject-baca-juga'],
  classFragments: ['DFP'],
  // Sign-in and data-verification pop-ups.
  ids: ['kgmModal-onetap', 'kgmModal-complete'],
};

/** Paging links of a split article. */
export const PAGING_SELECTOR = '.read__paging';

/** The empty marker that ends the article body; what follows it in the body's container is not article text. */
export const END_OF_ARTICLE_ID = 'EndOfArticle';
export const END_OF_ARTICLE_SELECTOR = `#${END_OF_ARTICLE_ID}`;

/** `CLUTTER_NAMES` as one CSS selector. */
export const CLUTTER_SELECTOR: string = [
  ...CLUTTER_NAMES.classes.map((name) => `.${name}`),
  ...CLUTTER_NAMES.classPrefixes.flatMap((prefix) => [`[class^="${prefix}"]`, `[class*=" ${prefix}"]`]),
  ...CLUTTER_NAMES.classFragments.map((fragment) => `[class*="${fragment}"]`),
  ...CLUTTER_NAMES.ids.map((id) => `#${id}`),
].join(', ');

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Tests a class attribute against `CLUTTER_NAMES` in one regular expression. */
const CLASS_PATTERN = new RegExp([
  `(?:^|\\s)(?:${CLUTTER_NAMES.classes.map(escapeRegExp).join('|')})(?:\\s|$)`,
  `(?:^|\\s)(?:${CLUTTER_NAMES.classPrefixes.map(escapeRegExp).join('|')})`,
  ...CLUTTER_NAMES.classFragments.map(escapeRegExp),
].join('|'));
const IDS = new Set(CLUTTER_NAMES.ids);

/** Whether an element is clutter by name; the same answer as `element.matches(CLUTTER_SELECTOR)`, without a selector engine. */
export function isClutterByName(element: Element): boolean {
  if (element.id !== '' && IDS.has(element.id)) return true;
  const classes = element.getAttribute('class');
  return classes !== null && classes !== '' && CLASS_PATTERN.test(classes);
}
