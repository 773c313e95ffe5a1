import browser from 'webextension-polyfill';

/** A UI string in the browser's language (Indonesian by default), with `$1`-style substitutions. */
export function t(key: string, ...substitutions: Array<string | number>): string {
  const message = browser.i18n.getMessage(key, substitutions.map(String));
  // An empty answer means a missing key: show the key so the gap is visible instead of a blank control.
  return message || key;
}
