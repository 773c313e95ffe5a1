import { describe, expect, it, vi } from 'vitest';
import type { Sender } from '../../src/messages/sender-policy.ts';
import { CONTENT_PART_FILES } from '../shared/extension-files.ts';
import { injectContentPart, type ExecuteScript } from './content-parts.ts';

const contentScript: Sender = { kind: 'content-script', tabId: 12, frameId: 3, url: 'https://nasional.kompas.com/read/2024/01/01/1/x' };

const executing = (answer: Awaited<ReturnType<ExecuteScript>> = [{}]) => vi.fn<ExecuteScript>(async () => answer);

describe('injectContentPart', () => {
  it.each(Object.entries(CONTENT_PART_FILES))('injects the %s part\'s file into the asking frame only', async (part, file) => {
    const executeScript = executing();
    const reply = await injectContentPart({ type: 'content/load-part', part: part as keyof typeof CONTENT_PART_FILES }, contentScript, executeScript);
    expect(reply).toEqual({ injected: true });
    expect(executeScript).toHaveBeenCalledExactlyOnceWith({ target: { tabId: 12, frameIds: [3] }, files: [file] });
  });

  it.each<Sender>([
    { kind: 'extension-page' },
    { kind: 'note-panel', tabId: 12, frameId: 3 },
  ])('refuses a request from anything but a content script: %j', async (from) => {
    const executeScript = executing();
    const reply = await injectContentPart({ type: 'content/load-part', part: 'notes' }, from, executeScript);
    expect(reply).toEqual({ error: { code: 'invalid-message', message: expect.stringContaining('must come from a content script') } });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('answers with the reason when the browser refuses the injection', async () => {
    const executeScript = vi.fn<ExecuteScript>(async () => {
      throw new Error('Cannot access contents of the page');
    });
    expect(await injectContentPart({ type: 'content/load-part', part: 'reader' }, contentScript, executeScript)).toEqual({
      error: { code: 'injection-failed', message: 'the reader part could not be injected: Cannot access contents of the page' },
    });
  });

  it('answers with the reason when the part threw as it was evaluated', async () => {
    const executeScript = executing([{ error: new Error('x is not a function') }]);
    expect(await injectContentPart({ type: 'content/load-part', part: 'entities' }, contentScript, executeScript)).toEqual({
      error: { code: 'injection-failed', message: 'the entities part could not be injected: x is not a function' },
    });
  });
});
