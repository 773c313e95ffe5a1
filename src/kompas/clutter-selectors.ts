/**
 * Elements of kompas.com article pages that are never article text, named by id or class. Only what has been seen on
 * the site (KOMPAS.md marks it [V]) is listed: a guessed class name could remove real paragraphs on a page we never
 * saw. Anything the site renames is still caught by its text (see `clutter-texts.ts`).
 *
 * The names are data rather than one CSS selector so that the reader can find whole class names through the
 * browser's class index (`getElementsByClassName`) and leave only the rest to the selector engine.
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

/**
 * The part of `CLUTTER_NAMES` that a class-name lookup cannot find: prefixes, fragments and ids, as one selector.
 * (Class-name lookups are indexed; attribute-substring selectors test every element, so the fewer the better.)
 */
export const CLUTTER_PARTIAL_SELECTOR: string = [
  ...CLUTTER_NAMES.classPrefixes.map((prefix) => `[class*="${prefix}"]`),
  ...CLUTTER_NAMES.classFragments.map((fragment) => `[class*="${fragment}"]`),
  ...CLUTTER_NAMES.ids.map((id) => `#${id}`),
].join(', ');

const PREFIX_PATTERN = new RegExp(`(?:^|\\s)(?:${CLUTTER_NAMES.classPrefixes.join('|')})`);

/**
 * Whether an element found by `CLUTTER_PARTIAL_SELECTOR` is clutter: `[class*=prefix]` also finds the prefix inside
 * another class name (`no-kompasidRec`), which only a word-start test rules out.
 */
export function isPartialMatchClutter(element: Element): boolean {
  if (CLUTTER_NAMES.ids.includes(element.id)) return true;
  const classes = element.getAttribute('class') ?? '';
  return PREFIX_PATTERN.test(classes) || CLUTTER_NAMES.classFragments.some((fragment) => classes.includes(fragment));
}
