import { describe, expect, it } from 'vitest';
import { isOwnSender } from './sender-policy.ts';

const own = { id: 'abc', origin: 'chrome-extension://abc' };

describe('isOwnSender', () => {
  it('accepts our pages and our content scripts on kompas.com', () => {
    expect(isOwnSender({ id: 'abc', url: 'chrome-extension://abc/extension/library/index.html' }, own)).toBe(true);
    expect(isOwnSender({ id: 'abc', url: 'chrome-extension://abc/extension/note-panel/index.html?id=1' }, own)).toBe(true);
    expect(isOwnSender({ id: 'abc', url: 'https://nasional.kompas.com/read/2024/01/01/1/x' }, own)).toBe(true);
    expect(isOwnSender({ id: 'abc', url: 'https://kompas.com/' }, own)).toBe(true);
  });

  it.each([
    [{ id: 'other', url: 'chrome-extension://abc/extension/library/index.html' }],
    [{ id: undefined, url: 'https://nasional.kompas.com/read/1' }],
    [{ id: 'abc', url: 'https://evil.example/kompas.com' }],
    [{ id: 'abc', url: 'https://kompas.com.evil.example/' }],
    [{ id: 'abc', url: 'https://notkompas.com/' }],
    [{ id: 'abc', url: 'chrome-extension://other/page.html' }],
    [{ id: 'abc', url: 'file:///kompas.com/x' }],
    [{ id: 'abc', url: 'not a url' }],
    [{ id: 'abc' }],
  ])('refuses %j', (sender) => {
    expect(isOwnSender(sender, own)).toBe(false);
  });
});
