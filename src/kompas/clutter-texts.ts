/**
 * Promotions and link boxes that kompas.com puts between and after article paragraphs, known by their text. Texts
 * outlive class names (see KOMPAS.md), so these catch what `clutter-selectors.ts` cannot name.
 *
 * Patterns run over compact text (`compactText`: lower-cased, whitespace removed), so markup and spacing inside a
 * promotion do not matter. The five banners of the comment contest are in `banner-signatures.ts`.
 */

/** A text that marks a block element as clutter when the block's compact text matches it. */
export interface ClutterText {
  /** Stable name, used in tests and diagnostics. */
  readonly id: string;
  /** Tested against the block's whole compact text; anchor with `^` where the promotion opens the block. */
  readonly pattern: RegExp;
  /**
   * Longest compact text the block may have. A real paragraph can quote a promotion ("… lewat WhatsApp Channel …");
   * a block far longer than the promotion itself is article text that mentions it.
   */
  readonly maxLength: number;
  /** When set, the block must hold a link: "Baca juga" without its link and without a colon is ordinary prose. */
  readonly requiresLink?: boolean;
}

export const CLUTTER_TEXTS: readonly ClutterText[] = [
  // "Baca juga: <a>…</a>" (Indonesian) and "Also read: <a>…</a>" (English pages).
  { id: 'baca-juga', pattern: /^(?:baca(?:juga|pula)|also(?:read)|readalso|readmore)[:：]/, maxLength: 400 },
  { id: 'baca-juga-link', pattern: /^(?:bacajuga|alsoread|readalso)/, maxLength: 400, requiresLink: true },
  // The promotion's sentences, or its channel address; a paragraph merely naming "WhatsApp Channel" stays.
  { id: 'whatsapp-channel', pattern: /^simakbreakingnews|^pilihsaluranandalanmu|whatsapp\.com\/channel/, maxLength: 500 },
  { id: 'support-box', pattern: /^dalamsegalasituasi,?kompas\.comberkomitmen/, maxLength: 1500 },
  { id: 'support-button', pattern: /berikanapresiasi|kirimkanapresiasispesial/, maxLength: 300 },
  { id: 'app-download', pattern: /downloadkompas\.comapp/, maxLength: 300 },
  { id: 'ad-free', pattern: /bacaberitatanpaiklan/, maxLength: 300 },
  { id: 'columnist-call', pattern: /^andabisamenjadikolumnis/, maxLength: 300 },
  { id: 'copyright', pattern: /copyright(?:©)?\d{4}-\d{4}pt\.?kompascybermedia/, maxLength: 400 },
  { id: 'ad-label', pattern: /^(?:iklan|advertisement|scrolltocontinuewithcontent|scrolltoresumecontent)$/, maxLength: 40 },
];

/**
 * Single words, one of which every clutter text and banner holds. The reader judges a block only when one of its own
 * text nodes holds one of them, so most paragraphs are never compacted or matched. Single words, because the site
 * splits phrases across `<strong>` and `<span>` children; each banner's word is listed beside it.
 */
export const CLUTTER_HINT = new RegExp([
  'baca', 'also', 'read', // "Baca juga", "Also read", "Read also"
  'whatsapp', 'simak', 'saluran', // WhatsApp Channel
  'komitmen', 'apresiasi', // support box
  'download', 'iklan', 'advertisement', 'scroll', 'kolumnis', 'copyright',
  'jernih', 'insight', 'dirimu', // comment-contest, newsletter and data banners
].join('|'), 'i');
