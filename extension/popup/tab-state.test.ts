import { describe, expect, it } from 'vitest';
import { chooseTargetTab, TabReader, type TabState, type TabStateChange } from './tab-state.ts';

/** A tab whose answers the test hands out one by one, and the popup state the reader's changes build. */
function fakeTab() {
  const waiting = new Map<string, Array<{ resolve: (value: unknown) => void; reject: (error: Error) => void }>>();
  const asked: string[] = [];
  let state: TabState = { kind: 'loading' };
  const ask = (type: string) => {
    asked.push(type);
    return new Promise<unknown>((resolve, reject) => {
      waiting.set(type, [...(waiting.get(type) ?? []), { resolve, reject }]);
    });
  };
  const settle = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return {
    asked,
    state: () => state,
    reader: new TabReader(7, ask, (change: TabStateChange) => {
      state = change(state);
    }),
    async answer(type: string, value: unknown) {
      waiting.get(type)!.shift()!.resolve(value);
      await settle();
    },
    async fail(type: string) {
      waiting.get(type)!.shift()!.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      await settle();
    },
  };
}

const ENTITIES = { available: true, entities: [{ id: 'PER:antony blinken', type: 'PER', name: 'Antony Blinken', count: 3 }] };

describe('TabReader', () => {
  it('shows the clutter count and the reader at once while the entity list is still being read', async () => {
    const tab = fakeTab();
    const done = tab.reader.refresh();
    await tab.answer('clutter/status', { hidden: 4, enabled: true });
    expect(tab.state()).toMatchObject({ kind: 'ready', tabId: 7, status: { hidden: 4 }, reader: null, entities: null });
    await tab.answer('reader/status', { available: true, open: false });
    await tab.answer('highlights/status', { drawn: 2, notFound: [] });
    expect(tab.state()).toMatchObject({ reader: { available: true }, highlights: { drawn: 2 }, entities: null });

    await tab.answer('entities/list', ENTITIES);
    await done;
    expect(tab.state()).toMatchObject({ entities: ENTITIES });
  });

  it('keeps what it shows through a refresh, and does not ask again for a part still being answered', async () => {
    const tab = fakeTab();
    const first = tab.reader.refresh();
    await tab.answer('clutter/status', { hidden: 4, enabled: true });
    await tab.answer('reader/status', { available: true, open: false });
    await tab.answer('highlights/status', { drawn: 2, notFound: [] });

    const second = tab.reader.refresh();
    await tab.answer('clutter/status', { hidden: 5, enabled: true });
    expect(tab.state()).toMatchObject({ status: { hidden: 5 }, reader: { available: true }, highlights: { drawn: 2 }, entities: null });
    expect(tab.asked.filter((type) => type === 'entities/list')).toHaveLength(1);
    expect(tab.asked.filter((type) => type === 'reader/status')).toHaveLength(2);

    await tab.answer('reader/status', { available: true, open: true });
    await tab.answer('highlights/status', { drawn: 3, notFound: [] });
    await tab.answer('entities/list', ENTITIES);
    await Promise.all([first, second]);
    expect(tab.state()).toMatchObject({ status: { hidden: 5 }, reader: { open: true }, highlights: { drawn: 3 }, entities: ENTITIES });
  });

  it('says the page is not ready when its content script does not answer', async () => {
    const tab = fakeTab();
    const done = tab.reader.refresh();
    await tab.fail('clutter/status');
    await done;
    expect(tab.state()).toEqual({ kind: 'not-ready' });
  });

  it('shows a part that fails or answers wrongly as empty, without blanking the rest', async () => {
    const tab = fakeTab();
    const done = tab.reader.refresh();
    await tab.answer('clutter/status', { hidden: 1, enabled: false });
    await tab.fail('entities/list');
    await tab.answer('reader/status', { available: 'yes' });
    await tab.answer('highlights/status', { drawn: 0, notFound: [] });
    await done;
    expect(tab.state()).toMatchObject({
      status: { hidden: 1, enabled: false },
      reader: { available: false, open: false },
      entities: { available: false, entities: [] },
    });
  });
});

describe('chooseTargetTab', () => {
  const OWN = 'moz-extension://c0ffee/';
  const kompas = [
    { id: 4, url: 'https://nasional.kompas.com/read/2025/01/01/1/a', lastAccessed: 100 },
    { id: 7, url: 'https://regional.kompas.com/read/2025/01/01/2/b', lastAccessed: 300 },
    { id: 5, url: 'https://www.kompas.com/', lastAccessed: 200 },
  ];

  it('speaks for the active tab on a desktop, where the popup is not a tab', async () => {
    const active = { id: 9, url: 'https://www.example.com/' };
    expect(await chooseTargetTab(active, OWN, async () => kompas)).toBe(active);
    expect(await chooseTargetTab(undefined, OWN, async () => kompas)).toBeUndefined();
  });

  it('speaks for the Kompas tab used last where the popup opened as a tab of its own', async () => {
    const popupTab = { id: 11, url: `${OWN}extension/popup/index.html`, lastAccessed: 400 };
    expect((await chooseTargetTab(popupTab, OWN, async () => kompas))?.id).toBe(7);
    expect(await chooseTargetTab(popupTab, OWN, async () => [])).toBeUndefined();
  });
});
