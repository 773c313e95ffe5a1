/**
 * The extension API as the content scripts and the modules they share with the extension's pages reach it: the
 * browser's own namespace, without webextension-polyfill. Every kompas.com page evaluates the content scripts, the
 * document-start one while the page waits for its first parse, and the polyfill was 30 KB of them that, on first
 * use, wrapped the whole namespace. The calls used here need no wrapper: Firefox's `browser` and Chrome's Manifest
 * V3 `chrome` both return promises from them, and both take an answer through `sendResponse` (at once, or later
 * when the listener returns true).
 */
import type { Runtime, Storage } from 'webextension-polyfill';

/** A listener of `storage.onChanged`. */
type StorageChangeListener = (changes: Record<string, Storage.StorageChange>, area: string) => void;

export interface NativeExtensionApi {
  runtime: {
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        listener: (message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void) => boolean | undefined,
      ): void;
    };
  };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    onChanged: {
      addListener(listener: StorageChangeListener): void;
      removeListener(listener: StorageChangeListener): void;
    };
  };
  i18n: {
    getMessage(key: string, substitutions?: string[]): string;
    getUILanguage(): string;
  };
}

/** `browser` where the browser has it (Firefox), else `chrome` (Chrome). */
export function nativeExtensionApi(): NativeExtensionApi {
  const scope = globalThis as { browser?: NativeExtensionApi; chrome?: NativeExtensionApi };
  const api = scope.browser ?? scope.chrome;
  if (api?.runtime === undefined) throw new Error('No extension API here: this code runs only inside the extension');
  return api;
}
