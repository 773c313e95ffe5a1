/**
 * The extension API as the document-start script (clutter.iife.ts) reaches it: the browser's own namespace, without
 * webextension-polyfill. That script is evaluated while the page waits for its first parse, and the polyfill was
 * most of it (30 of 52 KB) and, on first use, wrapped the whole namespace. The calls used here need no wrapper:
 * Firefox's `browser` and Chrome's Manifest V3 `chrome` both return promises from them, and both take a response
 * given synchronously through `sendResponse`.
 */
import type { Runtime } from 'webextension-polyfill';
import type { SettingsStorage } from '../shared/settings-storage.ts';

export interface NativeExtensionApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        listener: (message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void) => boolean | undefined,
      ): void;
    };
  };
  storage: SettingsStorage;
}

/** `browser` where the browser has it (Firefox), else `chrome` (Chrome). */
export function nativeExtensionApi(): NativeExtensionApi {
  const scope = globalThis as { browser?: NativeExtensionApi; chrome?: NativeExtensionApi };
  const api = scope.browser ?? scope.chrome;
  if (api?.runtime === undefined) throw new Error('No extension API here: this script runs only as a content script');
  return api;
}
