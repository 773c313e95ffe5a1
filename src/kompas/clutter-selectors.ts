/**
 * Elements of kompas.com article pages that are never article text, named by selector. Only what has been seen on the
 * site (KOMPAS.md marks it [V]) is listed: a guessed class name could remove real paragraphs on a page we never saw.
 * Anything the site renames is still caught by its text (see `clutter-texts.ts`).
 */

/** Ads and ad slots. */
const ADS = ['.ads-on-body', '.ads-partner-wrap', 'span.liftdown_v2_tanda', '[class*="DFP"]', '.native-wrap', '.wSpec'];

/** Recommendation widgets and related-article boxes, old and new layout. */
const RECOMMENDATIONS = ['[class^="kompasidRec"]', '[class*=" kompasidRec"]', '.kcm-read-terkait'];

/** "Baca juga" blocks that a script injects between paragraphs (the inline `<p>` form is known by its text). */
const BACA_JUGA_BLOCKS = ['[class^="inject-baca-juga"]', '[class*=" inject-baca-juga"]'];

/** Paywall teasers, sign-in and data-verification pop-ups, sticky bars, share quotes. */
const PROMPTS = ['.gate-kgplus', '#kgmModal-onetap', '#kgmModal-complete', '.kcm__sticky', '.fb-quote'];

/** Paging links of a split article; the reader shows the whole text instead. */
export const PAGING_SELECTOR = '.read__paging';

/** Everything above, as one selector so that a document is searched once. */
export const CLUTTER_SELECTOR: string = [...ADS, ...RECOMMENDATIONS, ...BACA_JUGA_BLOCKS, ...PROMPTS, PAGING_SELECTOR].join(
  ', ',
);

/**
 * The empty marker that ends the article body. Whatever follows it inside the body's container (banners, the
 * comment contest, the newsletter form) is not article text.
 */
export const END_OF_ARTICLE_SELECTOR = '#EndOfArticle';
