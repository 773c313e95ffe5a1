import 'fake-indexeddb/auto'; // idb recognises requests by the global IDB classes; each test still gets its own factory
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Sender } from '../messages/sender-policy.ts';
import { NameMemoryAccess, REMEMBERS_PER_MINUTE } from './name-memory-access.ts';
import { NameStore, openNamesDb } from './name-store.ts';

const NOW = Date.UTC(2026, 0, 10);
const PAGE: Sender = { kind: 'content-script', tabId: 3, frameId: 0, url: 'https://nasional.kompas.com/read/2026/01/10/1/a' };
const LIBRARY: Sender = { kind: 'extension-page' };
const PANEL: Sender = { kind: 'note-panel', tabId: 3, frameId: 2 };
const DADAN = { name: 'Dadan Hindayana', type: 'PER' as const };
const BGN = { name: 'Badan Gizi Nasional', type: 'ORG' as const };

function access(factory = new IDBFactory(), enabled = { on: true }) {
  const reported: unknown[] = [];
  const gate = new NameMemoryAccess(async () => new NameStore(await openNamesDb(factory)), {
    enabled: async () => enabled.on, now: () => NOW, report: (error) => reported.push(error),
  });
  return { gate, factory, enabled, reported };
}

describe('the name memory gate', () => {
  it('reads a page\'s article with only the remembered names its paragraphs write, and keeps them across a restart', async () => {
    const { gate, factory } = access();
    await gate.articleMemory(PAGE, true).remember([DADAN, BGN]);
    expect(await gate.articleMemory(PAGE, false).recall(['Kemarin,  Dadan Hindayana\nhadir di Bogor.'])).toEqual([DADAN]);
    const restarted = access(factory).gate.articleMemory(PAGE, false);
    expect(await restarted.recall(['Badan Gizi Nasional dan Dadan Hindayana'])).toEqual([BGN, DADAN]);
    expect(await restarted.recall(['Tidak ada nama yang diingat.'])).toEqual([]);
  });

  it('learns from a reading that does not remember nothing, and from no part but a content script', async () => {
    const { gate } = access();
    await gate.articleMemory(PAGE, false).remember([DADAN]);
    await gate.articleMemory(LIBRARY, true).remember([DADAN]);
    await gate.articleMemory(PANEL, true).remember([DADAN]);
    expect(await gate.articleMemory(PAGE, false).recall(['Dadan Hindayana'])).toEqual([]);
  });

  it('takes a limited number of articles\' names a minute from one tab, so a flood cannot push the real names out', async () => {
    const { gate } = access();
    for (let article = 0; article < REMEMBERS_PER_MINUTE; article += 1) await gate.articleMemory(PAGE, true).remember([DADAN]);
    await gate.articleMemory(PAGE, true).remember([BGN]);
    expect(await gate.articleMemory(PAGE, false).recall(['Badan Gizi Nasional'])).toEqual([]);
    // Another tab is counted apart.
    await gate.articleMemory({ ...PAGE, tabId: 4 }, true).remember([BGN]);
    expect(await gate.articleMemory(PAGE, false).recall(['Badan Gizi Nasional'])).toEqual([BGN]);
  });

  it('keeps no name the memory may not hold', async () => {
    const { gate } = access();
    await gate.articleMemory(PAGE, true).remember([BGN, { name: 'hadir', type: 'PER' }, { name: 'Dadan', type: 'PER' }]);
    expect(await gate.articleMemory(PAGE, false).recall(['Badan Gizi Nasional hadir, kata Dadan'])).toEqual([BGN]);
  });

  it('forgets everything when an extension page asks, and refuses every other part that would', async () => {
    const { gate, factory } = access();
    await gate.articleMemory(PAGE, true).remember([DADAN, BGN]);
    expect(await gate.handle({ type: 'names/forget' }, PAGE)).toMatchObject({ error: { code: 'not-allowed' } });
    expect(await gate.handle({ type: 'names/forget' }, PANEL)).toMatchObject({ error: { code: 'not-allowed' } });
    expect(await gate.articleMemory(PAGE, false).recall(['Dadan Hindayana'])).toEqual([DADAN]);
    expect(await gate.handle({ type: 'names/forget' }, LIBRARY)).toEqual({ ok: true });
    expect(await gate.articleMemory(PAGE, false).recall(['Dadan Hindayana'])).toEqual([]);
    expect(await access(factory).gate.articleMemory(PAGE, false).recall(['Dadan Hindayana'])).toEqual([]);
  });

  it('refuses messages pages once sent to recall or teach it', async () => {
    const { gate } = access();
    expect(await gate.handle({ type: 'names/remember', names: [DADAN] }, PAGE)).toMatchObject({ error: { code: 'invalid-message' } });
    expect(await gate.handle({ type: 'names/recall', texts: ['Dadan Hindayana'] }, PAGE)).toMatchObject({ error: { code: 'invalid-message' } });
  });

  it('while switched off, recalls nothing and remembers nothing', async () => {
    const { gate, enabled } = access();
    await gate.articleMemory(PAGE, true).remember([DADAN]);
    enabled.on = false;
    expect(await gate.articleMemory(PAGE, false).recall(['Dadan Hindayana'])).toEqual([]);
    await gate.articleMemory(PAGE, true).remember([BGN]);
    enabled.on = true;
    expect(await gate.articleMemory(PAGE, false).recall(['Dadan Hindayana dari Badan Gizi Nasional'])).toEqual([DADAN]);
  });

  it('reads an article without the memory when its database will not open, says so, and opens it again next time', async () => {
    let attempts = 0;
    const factory = new IDBFactory();
    const reported: unknown[] = [];
    const gate = new NameMemoryAccess(async () => {
      if (attempts++ === 0) throw new Error('blocked');
      return new NameStore(await openNamesDb(factory));
    }, { enabled: async () => true, now: () => NOW, report: (error) => reported.push(error) });
    expect(await gate.articleMemory(PAGE, false).recall(['Dadan Hindayana'])).toEqual([]);
    expect(reported).toHaveLength(1);
    await gate.articleMemory(PAGE, true).remember([DADAN]);
    expect(await gate.articleMemory(PAGE, false).recall(['Dadan Hindayana'])).toEqual([DADAN]);
  });
});
