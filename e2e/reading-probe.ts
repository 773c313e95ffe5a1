/**
 * Asking the background about the reading memory from one of the extension's own pages, as the library does: what
 * the reading tests check the store with.
 */
import type { TestPage } from './browsers.ts';

type RuntimeApi = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** Sends `message` to the background from `extensionPage` and resolves with its answer. */
export async function ask<R>(extensionPage: TestPage, message: unknown): Promise<R> {
  return extensionPage.evaluate(async (sent) => {
    const scope = globalThis as unknown as { browser?: RuntimeApi; chrome: RuntimeApi };
    return (await (scope.browser ?? scope.chrome).runtime.sendMessage(sent)) as never;
  }, message);
}

/** The addresses of the articles recorded, sorted. */
export async function recordedUrls(extensionPage: TestPage): Promise<string[]> {
  const reply = await ask<{ articles?: Array<{ url: string }> }>(extensionPage, { type: 'reading/list', limit: 50 });
  return (reply.articles ?? []).map((article) => article.url).sort();
}
