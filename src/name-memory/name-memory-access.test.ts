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
  const gate = new NameMemoryAccess(async () => new NameStore(await openNamesDb(factory)), { enabled: async () => enabled.on, now: () => NOW });
  return { gate, factory, enabled };
}

describe('the name memory gate', () => {
  it('recalls, for a page, only the remembered names its texts write, and keeps them across a restart', async () => {
    const { gate, factory } = access();
    expect(await gate.handle({ type: 'names/remember', names: [DADAN, BGN] }, PAGE)).toEqual({ ok: true });
    expect(await gate.handle({ type: 'names/recall', texts: ['Kemarin,  Dadan Hindayana\nhadir di Bogor.'] }, PAGE))
      .toEqual({ names: [DADAN] });
    const restarted = access(factory).gate;
    expect(await restarted.handle({ type: 'names/recall', texts: ['Badan Gizi Nasional dan Dadan Hindayana'] }, PAGE))
      .toEqual({ names: [BGN, DADAN] });
    expect(await restarted.handle({ type: 'names/recall', texts: ['Tidak ada nama yang diingat.'] }, PAGE)).toEqual({ names: [] });
  });

  it('takes a limited number of articles\' names a minute from one tab, so a flood cannot push the real names out', async () => {
    const { gate } = access();
    for (let message = 0; message < REMEMBERS_PER_MINUTE; message += 1) {
      expect(await gate.handle({ type: 'names/remember', names: [DADAN] }, PAGE)).toEqual({ ok: true });
    }
    expect(await gate.handle({ type: 'names/remember', names: [BGN] }, PAGE)).toMatchObject({ error: { code: 'rate-limited' } });
    expect(await gate.handle({ type: 'names/recall', texts: ['Badan Gizi Nasional'] }, PAGE)).toEqual({ names: [] });
    // Another tab is counted apart.
    expect(await gate.handle({ type: 'names/remember', names: [BGN] }, { ...PAGE, tabId: 4 })).toEqual({ ok: true });
  });

  it('refuses a page that would forget, and every other part that would recall or remember', async () => {
    const { gate } = access();
    await gate.handle({ type: 'names/remember', names: [DADAN] }, PAGE);
    expect(await gate.handle({ type: 'names/forget' }, PAGE)).toMatchObject({ error: { code: 'not-allowed' } });
    expect(await gate.handle({ type: 'names/remember', names: [BGN] }, LIBRARY)).toMatchObject({ error: { code: 'not-allowed' } });
    expect(await gate.handle({ type: 'names/recall', texts: ['Dadan Hindayana'] }, LIBRARY)).toMatchObject({ error: { code: 'not-allowed' } });
    expect(await gate.handle({ type: 'names/recall', texts: ['Dadan Hindayana'] }, PANEL)).toMatchObject({ error: { code: 'not-allowed' } });
    expect(await gate.handle({ type: 'names/recall', texts: ['Dadan Hindayana, Badan Gizi Nasional'] }, PAGE)).toEqual({ names: [DADAN] });
  });

  it('refuses a name the memory may not hold, and remembers nothing of that message', async () => {
    const { gate } = access();
    expect(await gate.handle({ type: 'names/remember', names: [BGN, { name: 'hadir', type: 'PER' }] }, PAGE))
      .toMatchObject({ error: { code: 'invalid-message' } });
    expect(await gate.handle({ type: 'names/recall', texts: ['Badan Gizi Nasional hadir'] }, PAGE)).toEqual({ names: [] });
  });

  it('forgets everything when an extension page asks', async () => {
    const { gate, factory } = access();
    await gate.handle({ type: 'names/remember', names: [DADAN, BGN] }, PAGE);
    expect(await gate.handle({ type: 'names/forget' }, LIBRARY)).toEqual({ ok: true });
    expect(await gate.handle({ type: 'names/recall', texts: ['Dadan Hindayana'] }, PAGE)).toEqual({ names: [] });
    expect(await access(factory).gate.handle({ type: 'names/recall', texts: ['Dadan Hindayana'] }, PAGE)).toEqual({ names: [] });
  });

  it('while switched off, recalls nothing and remembers nothing', async () => {
    const { gate, enabled } = access();
    await gate.handle({ type: 'names/remember', names: [DADAN] }, PAGE);
    enabled.on = false;
    expect(await gate.handle({ type: 'names/recall', texts: ['Dadan Hindayana'] }, PAGE)).toEqual({ names: [] });
    expect(await gate.handle({ type: 'names/remember', names: [BGN] }, PAGE)).toEqual({ ok: true });
    enabled.on = true;
    expect(await gate.handle({ type: 'names/recall', texts: ['Dadan Hindayana dari Badan Gizi Nasional'] }, PAGE)).toEqual({ names: [DADAN] });
  });

  it('answers a database that will not open with an error, and opens it again on the next message', async () => {
    let attempts = 0;
    const factory = new IDBFactory();
    const gate = new NameMemoryAccess(async () => {
      if (attempts++ === 0) throw new Error('blocked');
      return new NameStore(await openNamesDb(factory));
    }, { enabled: async () => true, now: () => NOW });
    expect(await gate.handle({ type: 'names/remember', names: [DADAN] }, PAGE)).toMatchObject({ error: { code: 'storage-failed' } });
    expect(await gate.handle({ type: 'names/remember', names: [DADAN] }, PAGE)).toEqual({ ok: true });
    expect(await gate.handle({ type: 'names/recall', texts: ['Dadan Hindayana'] }, PAGE)).toEqual({ names: [DADAN] });
  });
});
