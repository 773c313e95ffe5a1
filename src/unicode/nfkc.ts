/** Any character NFKC may change: ASCII text is its own normal form. */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * `text.normalize('NFKC')`, without calling it for ASCII text. The first call in a script world loads the browser's
 * normalisation data, milliseconds at document_start, and in V8 each later call costs two to three times this test
 * (about 100-150 ns against 45 ns for a name); most text the extension compares (banner phrases, names in Indonesian
 * news) is ASCII.
 */
export function nfkc(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFKC') : text;
}
