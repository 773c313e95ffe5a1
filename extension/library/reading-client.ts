/** The extension pages' `ReadingPort` in the extension: messages to the background, replies parsed. */
import { nativeExtensionApi } from '../shared/native-extension-api.ts';
import { parseReadingReply, ReadingRequestError, type PageReadingMessage, type ReadingPort, type ReadingResponses } from './reading-port.ts';

export async function requestReading<M extends PageReadingMessage>(message: M): Promise<ReadingResponses[M['type']]> {
  let reply: unknown;
  try {
    reply = await nativeExtensionApi().runtime.sendMessage(message);
  } catch (error) {
    throw new ReadingRequestError('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (reply === undefined || reply === null) throw new ReadingRequestError('unreachable', 'no answer from the background');
  return parseReadingReply(message.type, reply) as ReadingResponses[M['type']];
}

export const messageReadingPort: ReadingPort = { request: requestReading };
