/** The extension pages' `ReadingPort` in the extension: messages to the background, replies parsed. */
import { sendToBackground } from '../shared/background-request.ts';
import { parseReadingReply, ReadingRequestError, type PageReadingMessage, type ReadingPort, type ReadingResponses } from './reading-port.ts';

export async function requestReading<M extends PageReadingMessage>(message: M): Promise<ReadingResponses[M['type']]> {
  const reply = await sendToBackground(message, (reason) => new ReadingRequestError('unreachable', reason));
  return parseReadingReply(message.type, reply) as ReadingResponses[M['type']];
}

export const messageReadingPort: ReadingPort = { request: requestReading };
