/** A message to the extension's background, as the content scripts and the extension's pages send one. */
import { nativeExtensionApi } from './native-extension-api.ts';

/**
 * Sends `message` and resolves to the background's answer. When there is none (the background stopped mid-request,
 * the extension was reloaded), rejects with what `unreachable` makes of the reason: each caller's own error type.
 */
export async function sendToBackground(message: unknown, unreachable: (reason: string) => Error): Promise<unknown> {
  let reply: unknown;
  try {
    reply = await nativeExtensionApi().runtime.sendMessage(message);
  } catch (error) {
    throw unreachable(error instanceof Error ? error.message : String(error));
  }
  if (reply === undefined || reply === null) throw unreachable('no answer from the background');
  return reply;
}
