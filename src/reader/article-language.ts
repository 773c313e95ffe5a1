/**
 * The language an article is written in, for the reader's `lang` attribute: screen readers choose their voice by it.
 * kompas.com publishes mostly in Indonesian and some stories in English (the Global section), and a page's
 * `<html lang>` may be the site's default rather than the story's; so the text decides when it clearly can, and
 * the page's declaration otherwise.
 */

/** Short words that nearly every paragraph of the language uses and the other language almost never does. */
const MARKERS = {
  id: new Set(['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'tidak', 'pada', 'akan', 'juga', 'dalam', 'tersebut', 'adalah']),
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'are', 'this', 'from', 'has', 'have', 'which']),
} as const;

/** How many times more markers one language needs, over at least MIN_MARKERS, for the text to decide. */
const CLEAR_RATIO = 3;
const MIN_MARKERS = 8;

/** A BCP 47 language tag such as "id", "en" or "en-US". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** "id" or "en" when the text is clearly written in it, else null. */
export function textLanguage(text: string): 'id' | 'en' | null {
  let id = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (MARKERS.id.has(word)) id++;
    else if (MARKERS.en.has(word)) en++;
  }
  if (id >= MIN_MARKERS && id >= en * CLEAR_RATIO) return 'id';
  if (en >= MIN_MARKERS && en >= id * CLEAR_RATIO) return 'en';
  return null;
}

/** The article's language: its text's when clear, else the page's declared one, else Indonesian. */
export function articleLanguage(doc: Document, text: string): string {
  const declared = doc.documentElement.getAttribute('lang')?.trim() ?? '';
  const fromPage = LANGUAGE_TAG.test(declared) ? declared : null;
  const fromText = textLanguage(text);
  if (fromText !== null && fromPage?.toLowerCase().split('-')[0] !== fromText) return fromText;
  return fromPage ?? 'id';
}
