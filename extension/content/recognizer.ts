/**
 * The recogniser as a page's scripts reach it: one message to the background per reading of the article, which holds
 * the model (decoded once for every page) and the name memory (extension/background/entity-recognition.ts). The page
 * sends its paragraphs and its own names and gets back each paragraph's entities, read as one article, so it neither
 * loads the model nor spends its main thread on recognising or following names.
 */
import type { RecognizeArticle } from '../../src/entities/mentions.ts';
import type { PageNames } from '../../src/kompas/page-names.ts';
import type { EntityArticleRequest } from '../../src/messages/entity-article-request.ts';
import { parseRecognizedTexts } from '../../src/messages/messages.ts';
import { isRecord } from '../../src/validation/is-record.ts';
import { nativeExtensionApi } from '../shared/native-extension-api.ts';

/**
 * Reads an article in the background with the page's own names; `remember`: whether its names go to the name memory
 * (the page's first reading of its article only). Rejects when the background cannot answer, or answers amiss.
 */
export function recognizeInBackground(pageNames: PageNames, remember: boolean): RecognizeArticle {
  return async (paragraphs) => {
    const request: EntityArticleRequest = { type: 'entities/article', paragraphs: [...paragraphs], pageNames, remember };
    const reply = await nativeExtensionApi().runtime.sendMessage(request);
    if (isRecord(reply) && isRecord(reply.error)) throw new Error(`the background could not recognise entities: ${String(reply.error.message)}`);
    return parseRecognizedTexts(reply, paragraphs);
  };
}
