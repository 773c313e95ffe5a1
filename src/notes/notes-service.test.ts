import 'fake-indexeddb/auto'; // idb recognises requests by the global IDB classes; each test still gets its own factory
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportJson } from './export.ts';
import type { Highlight } from './highlight.ts';
import { isNotesError, type AnyNotesReply } from './messages.ts';
import { NotesService } from './notes-service.ts';
import { sampleHighlight } from './sample-highlights.ts';
import { NotesStore, openNotesDb } from './store.ts';

const stores: NotesStore[] = [];
async function service(): Promise<{ service: NotesService; store: NotesStore }> {
  const store = new NotesStore(await openNotesDb(new IDBFactory()));
  stores.push(store);
  return { store, service: new NotesService(store, { now: () => new Date('2026-02-03T04:05:06Z') }) };
}
afterEach(() => {
  stores.splice(0).forEach((s) => s.close());
  vi.restoreAllMocks();
});

function ok<T>(reply: AnyNotesReply): T {
  if (isNotesError(reply)) throw new Error(`unexpected error ${reply.error.code}: ${reply.error.message}`);
  return reply as T;
}

const h = sampleHighlight(1);
const draft = { articleUrl: `${h.articleUrl}?page=all`, title: h.title, section: h.section, selectors: h.selectors, colour: 'yellow' };

describe('NotesService', () => {
  it('saves, lists for any form of the article address, updates, deletes and restores', async () => {
    const { service: notes } = await service();
    const { highlight } = ok<{ highlight: Highlight }>(await notes.handle({ type: 'notes/save', highlight: draft }));
    expect(highlight).toMatchObject({ articleUrl: h.articleUrl, createdAt: '2026-02-03T04:05:06.000Z', note: '' });
    expect(highlight.id).toMatch(/^[0-9a-f-]{36}$/);

    const amp = h.articleUrl.replace('https://regional.kompas.com/', 'https://amp.kompas.com/regional/');
    const listed = ok<{ highlights: Highlight[] }>(await notes.handle({ type: 'notes/list-for-article', url: amp }));
    expect(listed.highlights.map((x) => x.id)).toEqual([highlight.id]);

    const updated = ok<{ highlight: Highlight }>(await notes.handle({ type: 'notes/update', id: highlight.id, changes: { note: '*penting*' } }));
    expect(updated.highlight.note).toBe('*penting*');
    const got = ok<{ highlight: Highlight }>(await notes.handle({ type: 'notes/get', id: highlight.id }));
    expect(got.highlight).toEqual(updated.highlight);

    const { deleted } = ok<{ deleted: Highlight }>(await notes.handle({ type: 'notes/delete', id: highlight.id }));
    expect(ok<{ highlights: Highlight[] }>(await notes.handle({ type: 'notes/list-for-article', url: amp })).highlights).toEqual([]);
    ok(await notes.handle({ type: 'notes/restore', highlight: deleted }));
    const search = ok<{ total: number }>(await notes.handle({ type: 'notes/search', query: 'penting', filters: {} }));
    expect(search.total).toBe(1);
  });

  it('loses no save when five tabs save at once', async () => {
    const { service: notes, store } = await service();
    const tabs = Array.from({ length: 5 }, (_, tab) =>
      Promise.all(Array.from({ length: 20 }, (_, i) => notes.handle({ type: 'notes/save', highlight: { ...draft, note: `tab ${tab} #${i}` } }))),
    );
    const replies = (await Promise.all(tabs)).flat();
    expect(replies.filter(isNotesError)).toEqual([]);
    expect(await store.count()).toBe(100);
  });

  it('answers bad messages with an error and changes nothing', async () => {
    const { service: notes, store } = await service();
    for (const message of [undefined, 'x', { type: 'notes/save', highlight: { ...draft, colour: 'red' } }, { type: 'notes/wipe' }]) {
      const reply = await notes.handle(message);
      expect(isNotesError(reply) && reply.error.code).toBe('invalid-message');
    }
    const missing = await notes.handle({ type: 'notes/delete', id: h.id });
    expect(isNotesError(missing) && missing.error.code).toBe('not-found');
    const absent = await notes.handle({ type: 'notes/get', id: h.id });
    expect(isNotesError(absent) && absent.error.code).toBe('not-found');
    expect(await store.count()).toBe(0);
  });

  it('reports a full disk as quota-exceeded', async () => {
    const { service: notes } = await service();
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const reply = await notes.handle({ type: 'notes/save', highlight: draft });
    expect(isNotesError(reply) && reply.error.code).toBe('quota-exceeded');
  });

  it('stores a far-future time from a file as a day past now, so a later copy still wins', async () => {
    const clock = { now: new Date('2026-02-03T00:00:00Z') };
    const store = new NotesStore(await openNotesDb(new IDBFactory()));
    stores.push(store);
    const notes = new NotesService(store, { now: () => clock.now });
    const planted = { ...sampleHighlight(1, { note: 'tanam' }), updatedAt: '9999-12-31T00:00:00.000Z' };
    ok(await notes.handle({ type: 'notes/import', content: exportJson([planted]) }));
    expect((await store.get(planted.id))?.updatedAt).toBe('2026-02-04T00:00:00.000Z');
    clock.now = new Date('2026-02-06T00:00:00Z');
    const later = { ...sampleHighlight(1, { note: 'lebih baru' }), updatedAt: '2026-02-05T00:00:00.000Z' };
    expect(await notes.handle({ type: 'notes/import', content: exportJson([later]) })).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await store.get(planted.id))?.note).toBe('lebih baru');
  });

  it('refuses an import naming an address outside kompas.com articles, and stores nothing of it', async () => {
    const { service: notes, store } = await service();
    const file = JSON.parse(exportJson([sampleHighlight(3), sampleHighlight(4)]));
    file.first.items[1].target.source = 'https://evil.example/read/2024/07/16/100001/x';
    const reply = await notes.handle({ type: 'notes/import', content: JSON.stringify(file) });
    expect(isNotesError(reply) && reply.error).toMatchObject({
      code: 'invalid-import',
      message: 'annotation 2: https://evil.example/read/2024/07/16/100001/x is not a kompas.com article address',
      import: { code: 'foreign-url', annotation: 2, url: 'https://evil.example/read/2024/07/16/100001/x' },
    });
    expect(await store.count()).toBe(0);
  });

  it('exports and imports, merging by id keeping the newest; a bad file changes nothing', async () => {
    const { service: notes, store } = await service();
    await store.put(sampleHighlight(1, { note: 'lokal' }), new Date('2026-01-01T00:00:00Z'));
    const exported = ok<{ content: string; filename: string }>(await notes.handle({ type: 'notes/export', format: 'json' }));
    expect(exported.filename).toBe('teman-baca-kompas-2026-02-03.jsonld');
    expect(JSON.parse(exported.content).type).toBe('AnnotationCollection');
    const md = ok<{ content: string }>(await notes.handle({ type: 'notes/export', format: 'markdown' }));
    expect(md.content).toContain('> banjir rob di Semarang');

    const incoming = [
      { ...sampleHighlight(1, { note: 'dari berkas' }), updatedAt: '2026-01-15T00:00:00.000Z' },
      sampleHighlight(2),
    ];
    const counts = await notes.handle({ type: 'notes/import', content: exportJson(incoming) });
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect((await store.get(sampleHighlight(1).id))?.note).toBe('dari berkas');

    const bad = JSON.parse(exportJson([sampleHighlight(3), sampleHighlight(4)]));
    bad.first.items[1].target.source = 'ftp://example.com/x';
    const reply = await notes.handle({ type: 'notes/import', content: JSON.stringify(bad) });
    expect(isNotesError(reply) && reply.error).toMatchObject({
      code: 'invalid-import',
      message: 'annotation 2: target.source is not valid',
      import: { annotation: 2, field: 'target.source' },
    });
    expect(await store.count()).toBe(2);
  });
});
