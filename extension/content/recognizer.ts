/**
 * The recogniser as a page's scripts reach it: a message to the background, which holds the model (decoded once for
 * every page, extension/background/entity-recognition.ts). The page sends its paragraphs and gets back their
 * entities, so it neither loads the model nor spends its main thread recognising.
 */
import { parseRecognizedTexts, recognizeRequests, type EntityRecognizeRequest } from '../../src/messages/messages.ts';
import type { RecognizeTexts } from '../../src/entities/mentions.ts';
import type { Entity } from '../../src/ner/types.ts';
import { isRecord } from '../../src/validation/is-record.ts';
import { nativeExtensionApi } from '../shared/native-extension-api.ts';

async function recognizeBatch(request: EntityRecognizeRequest): Promise<Entity[][]> {
  const reply = await nativeExtensionApi().runtime.sendMessage(request);
  if (isRecord(reply) && isRecord(reply.error)) throw new Error(`the background could not recognise entities: ${String(reply.error.message)}`);
  return parseRecognizedTexts(reply, request.texts);
}

/** Each text's entities, recognised by the background. Rejects when it cannot answer, or answers amiss. */
export const recognizeInBackground: RecognizeTexts = async (texts) => {
  const answers: Entity[][] = [];
  for (const request of recognizeRequests(texts)) answers.push(...(await recognizeBatch(request)));
  return answers;
};
