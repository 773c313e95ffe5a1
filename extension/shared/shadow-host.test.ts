import { afterEach, describe, expect, it, vi } from 'vitest';

/** One evaluation of the module, as each part's bundle carries its own copy of it. */
const aBundlesCopy = async () => {
  vi.resetModules();
  return import('./shadow-host.ts');
};

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('teman-baca/shadow-roots')];
  document.body.replaceChildren();
});

describe('our closed shadow roots across the start-up script and the parts', () => {
  it('are found, and focus inside them, by a copy of the module other than the one that attached them', async () => {
    const startUp = await aBundlesCopy();
    const part = await aBundlesCopy();
    expect(part).not.toBe(startUp);
    const host = document.createElement('kompas-reader-button');
    document.body.append(host);
    const shadow = startUp.attachClosedShadow(host);
    const button = document.createElement('button');
    shadow.append(button);
    button.focus();
    expect(part.shadowRootOf(host)).toBe(shadow);
    expect(part.innermostFocus(document)).toBe(button);
  });
});
