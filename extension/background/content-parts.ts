/**
 * Puts the article content script's later parts in place (extension/content/parts). They are not web-accessible,
 * so no page can load one to learn the extension is installed; the background injects each into the asking content
 * script's own world and frame, and only for our content script, and only a part the build made.
 */
import type { ContentPartRequest } from '../../src/messages/content-part-request.ts';
import type { Sender } from '../../src/messages/sender-policy.ts';
import { CONTENT_PART_FILES } from '../shared/extension-files.ts';

/** `scripting.executeScript` as the background calls it: files into one frame of a tab, in the content scripts' world. */
export type ExecuteScript = (injection: {
  target: { tabId: number; frameIds: number[] };
  files: string[];
}) => Promise<ReadonlyArray<{ error?: unknown }> | undefined>;

export type ContentPartReply =
  | { injected: true }
  | { error: { code: 'invalid-message' | 'injection-failed'; message: string } };

/** Injects the requested part into the sender's frame, once the sender is known to be our content script. */
export async function injectContentPart(request: ContentPartRequest, from: Sender, executeScript: ExecuteScript): Promise<ContentPartReply> {
  if (from.kind !== 'content-script') {
    return { error: { code: 'invalid-message', message: `content/load-part must come from a content script, not ${from.kind}` } };
  }
  const files = [CONTENT_PART_FILES[request.part]];
  try {
    const results = await executeScript({ target: { tabId: from.tabId, frameIds: [from.frameId] }, files });
    // Firefox reports a script that threw in its result; Chrome reports it to the frame's console only.
    const failed = results?.find((result) => result.error !== undefined);
    if (failed) throw failed.error;
    return { injected: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: { code: 'injection-failed', message: `the ${request.part} part could not be injected: ${reason}` } };
  }
}
