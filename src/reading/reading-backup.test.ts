// @vitest-environment node
// (Node's Blob survives the structured clone that fake-indexeddb stores with, as a browser's does; happy-dom's does not.)
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXTENSION_PROPERTY, READING_PROPERTY, exportJson } from '../notes/export.ts';
import { parseImport } from '../notes/import.ts';
import { isNotesError, type AnyNotesReply, type NotesResponses } from '../notes/messages.ts';
import { NotesService, type HistorySettingsAccess } from '../notes/notes-service.ts';
import { sampleHighlight } from '../notes/sample-highlights.ts';
import { NotesStore, openNotesDb } from '../notes/store.ts';
import type { HistorySettings } from '../settings/history-settings.ts';
import { MAX_SAVED_HTML_CHARS, MAX_SAVED_IMAGE_BYTES } from './article-record.ts';
import type { ReadingBackup } from './reading-backup.ts';
import { entityRange } from './entity-summary.ts';
import { ReadingStore } from './reading-store.ts';
import { sampleReading, sampleUrl } from './sample-readings.ts';

const NOW = new Date('2026-02-03T04:05:06Z');
const open: NotesStore[] = [];

interface Profile {
  notes: NotesStore;
  reading: ReadingStore;
  service: NotesService;
  settings: { current: HistorySettings };
}

async function profile(history: HistorySettings = { rememberArticles: true, retention: 'forever' }): Promise<Profile> {
  const notes = new NotesStore(await openNotesDb(new IDBFactory()));
  open.push(notes);
  const reading = new ReadingStore(notes.db);
  const settings = { current: history };
  const access: HistorySettingsAccess = {
    load: async () => settings.current,
    save: async (next) => {
      settings.current = next;
    },
  };
  return { notes, reading, settings, service: new NotesService(notes, { now: () => NOW, history: access }) };
}
afterEach(() => {
  open.splice(0).forEach((s) => s.close());
  vi.restoreAllMocks();
});

function ok<T>(reply: AnyNotesReply): T {
  if (isNotesError(reply)) throw new Error(`unexpected error ${reply.error.code}: ${reply.error.message}`);
  return reply as T;
}

const day = (d: number) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000);
/** A small JPEG-like payload with every byte value, so an encoding that loses any byte shows. */
const imageBytes = Uint8Array.from({ length: 1024 }, (_, i) => (i * 7) % 256);
const image = () => ({ blob: new Blob([imageBytes], { type: 'image/jpeg' }), type: 'image/jpeg', alt: 'Banjir', caption: 'Foto: Kompas/Rina' });

/** A profile with two articles read (one saved, with its image), a highlight with a note, and 90-day retention. */
async function filledProfile(): Promise<Profile> {
  const p = await profile({ rememberArticles: false, retention: '90d' });
  await p.reading.record(sampleReading(1, { readFraction: 0.4 }), day(1));
  await p.reading.record(sampleReading(1, { readFraction: 0.2 }), day(3));
  await p.reading.record(sampleReading(2, { entities: [{ name: 'Komisi Pemilihan Umum (KPU)', type: 'ORG', count: 3 }] }), day(2));
  await p.reading.save(sampleUrl(2), { contentHtml: '<p>Isi <b>tersimpan</b>.</p>', image: image() }, day(4));
  await p.notes.put(sampleHighlight(1, { articleUrl: sampleUrl(2), note: 'Catatan **penting**' }), day(5));
  return p;
}

const exported = async (p: Profile, withTexts?: boolean) =>
  ok<NotesResponses['notes/export']>(await p.service.handle({ type: 'notes/export', format: 'json', ...(withTexts === undefined ? {} : { withTexts }) }));

const readingOf = (content: string) => (JSON.parse(content) as Record<string, unknown>)[READING_PROPERTY] as ReadingBackup;

describe('backup export', () => {
  it('stays a Web Annotation collection, with the reading memory in a top-level property of its own', async () => {
    const file = await exported(await filledProfile());
    const data = JSON.parse(file.content) as Record<string, unknown>;
    expect(data).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 1 });
    expect((data.first as { items: Record<string, unknown>[] }).items[0]![EXTENSION_PROPERTY]).toBeDefined();
    const reading = readingOf(file.content);
    expect(reading).toMatchObject({ version: 1, withTexts: true, settings: { history: { rememberArticles: false, retention: '90d' } } });
    expect(reading.articles.map((a) => [a.url, a.readCount, a.text !== undefined, a.saved !== undefined])).toEqual([
      [sampleUrl(1), 2, true, false],
      [sampleUrl(2), 1, true, true],
    ]);
    expect(reading.articles[1]!.saved!.image).toMatchObject({ type: 'image/jpeg', alt: 'Banjir', dataUrl: expect.stringMatching(/^data:image\/jpeg;base64,/) });
    // Keys are derived, not exported: an import derives them as this version does.
    expect(reading.articles[1]!.entities).toEqual([{ name: 'Komisi Pemilihan Umum (KPU)', type: 'ORG', count: 3 }]);
  });

  it('leaves the texts out when asked to, and says so', async () => {
    const reading = readingOf((await exported(await filledProfile(), false)).content);
    expect(reading.withTexts).toBe(false);
    expect(reading.articles.some((a) => a.text !== undefined)).toBe(false);
    expect(reading.articles[1]!.saved!.contentHtml).toBe('<p>Isi <b>tersimpan</b>.</p>');
  });
});

describe('backup import', () => {
  it('restores highlights, articles, texts, saved copies with their image, journal entries and settings in a fresh profile', async () => {
    const source = await filledProfile();
    const file = await exported(source);
    const fresh = await profile();
    const counts = ok<NotesResponses['notes/import']>(await fresh.service.handle({ type: 'notes/import', content: file.content }));
    expect(counts).toEqual({ added: 1, updated: 0, unchanged: 0, articles: { added: 2, updated: 0, unchanged: 0 }, savedArticles: 1 });

    for (const url of [sampleUrl(1), sampleUrl(2)]) {
      expect(await fresh.reading.get(url)).toEqual(await source.reading.get(url));
      expect(await fresh.reading.text(url)).toBe(await source.reading.text(url));
    }
    expect(await fresh.notes.listAll()).toEqual(await source.notes.listAll());
    const saved = await fresh.reading.saved(sampleUrl(2));
    expect(saved).toMatchObject({ savedAt: day(4).toISOString(), contentHtml: '<p>Isi <b>tersimpan</b>.</p>', image: { type: 'image/jpeg', alt: 'Banjir', caption: 'Foto: Kompas/Rina' } });
    expect(new Uint8Array(await saved!.image!.blob.arrayBuffer())).toEqual(imageBytes);
    expect(saved!.image!.blob.type).toBe('image/jpeg');
    // The entity indexes work on what came in.
    expect(await fresh.notes.db.getAllKeysFromIndex('articles', 'entityLastRead', entityRange('ORG:komisi pemilihan umum'))).toEqual([sampleUrl(2)]);
    expect((await fresh.reading.listSaved()).map((s) => s.article.url)).toEqual([sampleUrl(2)]);
    // Search catches up from the journal: every article and highlight written is in it.
    const journal = (await fresh.reading.journal()).map((e) => `${e.op} ${e.kind} ${e.id}`).sort();
    expect(journal).toEqual([`put article ${sampleUrl(1)}`, `put article ${sampleUrl(2)}`, `put highlight ${sampleHighlight(1).id}`].sort());
    expect(fresh.settings.current).toEqual({ rememberArticles: false, retention: '90d' });
  });

  it('merges into a profile that read the same article: earliest first reading, furthest progress, latest metadata', async () => {
    const source = await filledProfile();
    const file = await exported(source, false);
    const target = await profile();
    await target.reading.record(sampleReading(1, { readFraction: 0.9, title: 'Judul lama', text: 'Teks di sini.' }), day(0));
    const counts = ok<NotesResponses['notes/import']>(await target.service.handle({ type: 'notes/import', content: file.content }));
    expect(counts.articles).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect(await target.reading.get(sampleUrl(1))).toMatchObject({
      firstReadAt: day(0).toISOString(),
      lastReadAt: day(3).toISOString(),
      readFraction: 0.9,
      readCount: 2,
      title: sampleReading(1).title,
      textIndexed: true,
    });
    // A file without texts keeps the text already here, and marks an article it brings as not searchable by body.
    expect(await target.reading.text(sampleUrl(1))).toBe('Teks di sini.');
    expect(await target.reading.get(sampleUrl(2))).toMatchObject({ textIndexed: false, saved: true });
    // The same file again changes nothing.
    const again = ok<NotesResponses['notes/import']>(await target.service.handle({ type: 'notes/import', content: file.content }));
    expect(again).toMatchObject({ unchanged: 1, articles: { added: 0, updated: 0, unchanged: 2 }, savedArticles: 0 });
  });

  it('still imports an older export that carries highlights only, leaving the settings alone', async () => {
    const target = await profile({ rememberArticles: true, retention: '30d' });
    const old = exportJson([sampleHighlight(4), sampleHighlight(5)]);
    const counts = ok<NotesResponses['notes/import']>(await target.service.handle({ type: 'notes/import', content: old }));
    expect(counts).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await target.notes.count()).toBe(2);
    expect(target.settings.current).toEqual({ rememberArticles: true, retention: '30d' });
  });

  it('writes nothing at all when a write fails half way', async () => {
    const file = await exported(await filledProfile());
    const target = await profile();
    const original = FakeObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      // The saved copy is among the last writes: everything before it has been requested.
      if (this.name === 'savedArticles' || ++puts > 50) throw new DOMException('disk failed', 'UnknownError');
      return original.apply(this, args);
    });
    const reply = await target.service.handle({ type: 'notes/import', content: file.content });
    expect(isNotesError(reply)).toBe(true);
    vi.restoreAllMocks();
    expect(await target.notes.count()).toBe(0);
    expect(await target.reading.count()).toBe(0);
    expect(await target.notes.db.count('articleTexts')).toBe(0);
    expect(await target.reading.journal()).toEqual([]);
    expect(target.settings.current).toEqual({ rememberArticles: true, retention: 'forever' });
  });
});

describe('backup checks', () => {
  /** The filled profile's export with `change` made to its reading part. */
  async function edited(change: (reading: ReadingBackup) => void): Promise<string> {
    const data = JSON.parse((await exported(await filledProfile())).content) as Record<string, unknown>;
    change(data[READING_PROPERTY] as ReadingBackup);
    return JSON.stringify(data);
  }
  const failure = (content: string) => {
    const result = parseImport(content, NOW);
    if (result.ok) throw new Error('accepted');
    return result.error;
  };
  const dataUrl = (bytes: number, type = 'image/jpeg') => `data:${type};base64,${Buffer.from(new Uint8Array(bytes)).toString('base64')}`;

  it.each([
    ['another site', (r: ReadingBackup) => (r.articles[1]!.url = 'https://evil.example/read/2025/01/03/10000002/x'), 2, 'url', 'invalid'],
    ['a kompas.com page that is no article', (r: ReadingBackup) => (r.articles[0]!.url = 'https://www.kompas.com/tag/banjir'), 1, 'url', 'invalid'],
    ['a text over the cap', (r: ReadingBackup) => (r.articles[0]!.text = 'x'.repeat(300_001)), 1, 'text', 'too-long'],
    ['reader HTML over the cap', (r: ReadingBackup) => (r.articles[1]!.saved!.contentHtml = 'x'.repeat(MAX_SAVED_HTML_CHARS + 1)), 2, 'saved.contentHtml', 'too-long'],
    ['an image over the cap', (r: ReadingBackup) => (r.articles[1]!.saved!.image!.dataUrl = dataUrl(MAX_SAVED_IMAGE_BYTES + 1)), 2, 'saved.image.dataUrl', 'too-long'],
    ['an SVG image', (r: ReadingBackup) => Object.assign(r.articles[1]!.saved!.image!, { type: 'image/svg+xml', dataUrl: dataUrl(10, 'image/svg+xml') }), 2, 'saved.image.type', 'invalid'],
    ['a document as image', (r: ReadingBackup) => Object.assign(r.articles[1]!.saved!.image!, { type: 'text/html', dataUrl: dataUrl(10, 'text/html') }), 2, 'saved.image.type', 'invalid'],
    ['an image whose data says another type', (r: ReadingBackup) => (r.articles[1]!.saved!.image!.dataUrl = dataUrl(10, 'image/png')), 2, 'saved.image.dataUrl', 'invalid'],
    ['an unknown entity type', (r: ReadingBackup) => (r.articles[1]!.entities[0]!.type = 'MISC' as 'ORG'), 2, 'entities[0].type', 'invalid'],
    ['a reading time that is no time', (r: ReadingBackup) => (r.articles[0]!.lastReadAt = 'kemarin'), 1, 'lastReadAt', 'invalid'],
    ['no reading count', (r: ReadingBackup) => delete (r.articles[0] as Partial<ReadingBackup['articles'][0]>).readCount, 1, 'readCount', 'missing'],
  ])('refuses %s, naming the article and the field', async (_name, change, article, field, problem) => {
    expect(failure(await edited(change))).toMatchObject({ code: 'invalid-article', article, field, problem });
  });

  it('refuses settings it does not know and too many articles, and words each refusal', async () => {
    const retention = failure(await edited((r) => (r.settings.history!.retention = 'selamanya' as 'forever')));
    expect(retention).toMatchObject({ code: 'invalid-backup', field: 'settings.history.retention' });
    const url = failure(await edited((r) => (r.articles[1]!.url = 'https://evil.example/read/2025/01/03/10000002/x')));
    expect(url.message).toBe('article 2: url is not a kompas.com article address');
    const many = failure(await edited((r) => (r.articles = Array.from({ length: 100_001 }, () => ({}) as ReadingBackup['articles'][0]))));
    expect(many).toMatchObject({ code: 'invalid-backup', field: 'articles', problem: 'too-many' });
  });

  it('brings times from the far future back to a day past now, as for highlights', async () => {
    const content = await edited((r) => {
      r.articles[0]!.lastReadAt = '2999-01-01T00:00:00.000Z';
      r.articles[1]!.saved!.savedAt = '2999-01-01T00:00:00.000Z';
    });
    const result = parseImport(content, NOW);
    if (!result.ok) throw new Error(result.error.message);
    const latest = new Date(NOW.getTime() + 86_400_000).toISOString();
    expect(result.reading!.articles[0]!.record.lastReadAt).toBe(latest);
    expect(result.reading!.articles[1]!.saved!.savedAt).toBe(latest);
  });

  it('accepts a backup with articles and no highlights', async () => {
    const source = await profile();
    await source.reading.record(sampleReading(9), day(1));
    const content = (await exported(source)).content;
    const result = parseImport(content, NOW);
    expect(result.ok && [result.highlights.length, result.reading!.articles.length]).toEqual([0, 1]);
  });
});

describe('saved articles as Markdown', () => {
  it('exports every saved article, or the one asked for by any address, with its highlights; refuses one not saved', async () => {
    const p = await filledProfile();
    await p.reading.save(sampleUrl(1), { contentHtml: '<p>Satu</p>', image: null }, day(6));
    const all = ok<NotesResponses['notes/export']>(await p.service.handle({ type: 'notes/export', format: 'saved-markdown' }));
    expect(all).toMatchObject({ mimeType: 'text/markdown', filename: 'teman-baca-kompas-tersimpan-2026-02-03.md' });
    expect(all.content.match(/^# /gm)).toHaveLength(2);
    const one = ok<NotesResponses['notes/export']>(
      await p.service.handle({ type: 'notes/export', format: 'saved-markdown', url: `${sampleUrl(2)}?page=all` }),
    );
    expect(one.filename).toBe('teman-baca-kompas-berita-nomor-2-2026-02-03.md');
    expect(one.content).toContain('# Berita nomor 2');
    expect(one.content).toContain('Catatan **penting**');
    await p.reading.unsave(sampleUrl(1));
    const gone = await p.service.handle({ type: 'notes/export', format: 'saved-markdown', url: sampleUrl(1) });
    expect(isNotesError(gone) && gone.error.code).toBe('not-found');
    const bad = await p.service.handle({ type: 'notes/export', format: 'json', withTexts: 'ya' });
    expect(isNotesError(bad) && bad.error.code).toBe('invalid-message');
  });
});
