import { nativeExtensionApi } from './native-extension-api.ts';

/** A UI string in the browser's language (Indonesian by default), with `$1`-style substitutions. */
export function t(key: string, ...substitutions: Array<string | number>): string {
  const message = nativeExtensionApi().i18n.getMessage(key, substitutions.map(String));
  // An empty answer means a missing key: show the key so the gap is visible instead of a blank control.
  return message || key;
}
