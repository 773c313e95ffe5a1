import { describe, expect, it } from 'vitest';
import { classifySender } from './sender-policy.ts';

const own = { id: 'abc', origin: 'chrome-extension://abc' };
const article = 'https://nasional.kompas.com/read/2024/01/01/1/x';

describe('classifySender', () => {
  it('tells our pages, the framed note panel and our content scripts apart', () => {
    // The popup (no tab) and the library opened as a tab (its top document).
    expect(classifySender({ id: 'abc', url: 'chrome-extension://abc/extension/popup/index.html' }, own)).toEqual({ kind: 'extension-page' });
    expect(classifySender({ id: 'abc', url: 'chrome-extension://abc/extension/library/index.html', tab: { id: 4 }, frameId: 0 }, own))
      .toEqual({ kind: 'extension-page' });
    expect(classifySender({ id: 'abc', url: 'chrome-extension://abc/extension/note-panel/index.html', tab: { id: 4 }, frameId: 7 }, own))
      .toEqual({ kind: 'note-panel', tabId: 4, frameId: 7 });
    expect(classifySender({ id: 'abc', url: article, tab: { id: 4 }, frameId: 0 }, own))
      .toEqual({ kind: 'content-script', tabId: 4, frameId: 0, url: article });
    expect(classifySender({ id: 'abc', url: 'http://kompas.com/', tab: { id: 9 }, frameId: 2 }, own))
      .toEqual({ kind: 'content-script', tabId: 9, frameId: 2, url: 'http://kompas.com/' });
  });

  it('gives an extension page framed in a tab the note panel\'s rights only, whatever its path', () => {
    expect(classifySender({ id: 'abc', url: 'chrome-extension://abc/extension/library/index.html', tab: { id: 4 }, frameId: 3 }, own))
      .toEqual({ kind: 'note-panel', tabId: 4, frameId: 3 });
  });

  it.each([
    [{ id: 'other', url: 'chrome-extension://abc/extension/library/index.html' }],
    [{ id: undefined, url: article, tab: { id: 1 } }],
    [{ id: 'abc', url: article }],
    [{ id: 'abc', url: article, tab: {} }],
    [{ id: 'abc', url: 'https://evil.example/kompas.com', tab: { id: 1 } }],
    [{ id: 'abc', url: 'https://kompas.com.evil.example/', tab: { id: 1 } }],
    [{ id: 'abc', url: 'https://notkompas.com/', tab: { id: 1 } }],
    [{ id: 'abc', url: 'chrome-extension://other/page.html' }],
    [{ id: 'abc', url: 'file:///kompas.com/x', tab: { id: 1 } }],
    [{ id: 'abc', url: 'not a url' }],
    [{ id: 'abc' }],
  ])('refuses %j', (sender) => {
    expect(classifySender(sender, own)).toBeNull();
  });
});
