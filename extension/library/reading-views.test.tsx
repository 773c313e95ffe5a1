import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNotesDb, type NotesDb } from '../../src/notes/store.ts';
import { ReadingStore } from '../../src/reading/reading-store.ts';
import { sampleReading } from '../../src/reading/sample-readings.ts';
import { DEFAULT_HISTORY_SETTINGS, type HistorySettings } from '../../src/settings/history-settings.ts';
import { ReadingAccess } from '../../src/reading/reading-access.ts';
import { libraryMessageLookup } from './library-messages.ts';
import { parseRoute, routeHash } from './library-route.ts';
import { LibraryApp } from './LibraryApp.tsx';
import { parseReadingReply, ReadingRequestError, type PageReadingMessage, type ReadingPort } from './reading-port.ts';
import type { SearchHitView } from './search-protocol.ts';
import { testNotes, waitFor, type TestNotes } from './test-notes.ts';

const strings = libraryMessageLookup('id');
const A = sampleReading(1, { title: 'Serangan di perbatasan', published: '2025-01-06T08:00:00+07:00', entities: [{ name: 'Prabowo Subianto', type: 'PER', count: 2 }] });
const B = sampleReading(2, { title: 'Banjir pesisir', published: '2025-01-20T08:00:00+07:00', entities: [{ name: 'Prabowo Subianto', type: 'PER', count: 1 }, { name: 'Jakarta', type: 'LOC', count: 1 }] });

let db: NotesDb;
let notes: TestNotes;
let container: HTMLElement;
let changes: PageReadingMessage[];
let saved: HistorySettings[];

const HIT: SearchHitView = {
  id: A.url, kind: 'article', articleUrl: A.url, title: A.title, section: 'Nasional', saved: false,
  snippet: { text: 'Pasukan <b>siaga</b>. Serangan udara.', marks: [[22, 30]] },
};

async function open(hash: string, search = async (): Promise<SearchHitView[]> => [HIT], onEntities?: (message: PageReadingMessage) => void) {
  window.location.hash = hash;
  // The background's own gate over the same database, answering as it answers the library's messages.
  const access = new ReadingAccess(async () => db, {
    history: async () => DEFAULT_HISTORY_SETTINGS,
    fetchImage: async () => Promise.reject(new Error('no network in tests')),
    openEntity: async () => {},
    retentionClock: { last: async () => Date.now(), mark: async () => {} },
  });
  const port: ReadingPort = {
    request: async (message) => {
      if (!['reading/list', 'reading/article', 'reading/entities', 'reading/entity'].includes(message.type)) changes.push(message);
      if (message.type === 'reading/entities') onEntities?.(message);
      const reply = structuredClone(await access.handle(message, { kind: 'extension-page' })) as unknown;
      const error = (reply as { error?: { code: string; message: string } }).error;
      if (error) throw new ReadingRequestError(error.code as ReadingRequestError['code'], error.message);
      return parseReadingReply(message.type, reply) as never;
    },
  };
  const history = { load: async () => DEFAULT_HISTORY_SETTINGS, save: async (s: HistorySettings) => void saved.push(s) };
  act(() => {
    render(
      <LibraryApp client={notes.client} reading={port} history={history} search={search} strings={strings} language="id" searchDelayMs={10} />,
      container,
    );
  });
}

const q = <E extends HTMLElement = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const all = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];

beforeEach(async () => {
  db = await openNotesDb(new IDBFactory());
  await new ReadingStore(db).record(A, new Date('2025-01-06T08:00:00Z'));
  await new ReadingStore(db).record(B, new Date('2025-01-20T08:00:00Z'));
  notes = await testNotes();
  changes = [];
  saved = [];
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
  db.close();
  notes.close();
  window.location.hash = '';
});

describe('library routes', () => {
  it('reads the view and the entity from the hash, and writes them back', () => {
    expect(parseRoute('#view=articles')).toEqual({ view: 'articles', entity: null });
    expect(parseRoute('#entity=PER%3Aprabowo%20subianto')).toEqual({ view: 'entities', entity: 'PER:prabowo subianto' });
    expect(parseRoute('#view=elsewhere')).toEqual({ view: 'highlights', entity: null });
    expect(parseRoute('#entity=javascript:1')).toEqual({ view: 'highlights', entity: null });
    expect(parseRoute(routeHash({ view: 'entities', entity: 'LOC:jakarta' }))).toEqual({ view: 'entities', entity: 'LOC:jakarta' });
  });
});

describe('LibraryApp', () => {
  it('opens the articles view from the hash: history with progress and saved badge, forget, and the history switch kept', async () => {
    await open('#view=articles');
    await waitFor(() => expect(all('[data-testid="reading-article"]')).toHaveLength(2));
    expect(all('[data-testid="reading-article"] h3').map((h) => h.textContent)).toEqual([B.title, A.title]);
    expect(q('[aria-current="page"]')?.textContent).toBe('Artikel');
    expect(q('[data-testid="reading-article"]')?.textContent).toContain('50% dibaca');
    act(() => q(`[data-testid="reading-article"][data-url="${A.url}"] [data-testid="forget-article"]`)!.click());
    await waitFor(() => expect(all('[data-testid="reading-article"]')).toHaveLength(1));
    expect(changes).toEqual([{ type: 'reading/forget', url: A.url }]);
    await waitFor(() => expect(q<HTMLInputElement>('[data-testid="history-remember"]')!.hasAttribute('disabled')).toBe(false));
    act(() => q('[data-testid="history-remember"]')!.click());
    await waitFor(() => expect(saved).toEqual([{ ...DEFAULT_HISTORY_SETTINGS, rememberArticles: false }]));
  });

  it('asks before clearing the history', async () => {
    await open('#view=articles');
    await waitFor(() => expect(all('[data-testid="reading-article"]')).toHaveLength(2));
    act(() => q('[data-testid="clear-history"]')!.click());
    expect(changes).toEqual([]);
    act(() => q('[data-testid="clear-history-yes"]')!.click());
    await waitFor(() => expect(changes).toEqual([{ type: 'reading/clear' }]));
  });

  it('lists entities by type and opens an entity page from the hash with both its articles and a weekly timeline', async () => {
    await open('#view=entities');
    await waitFor(() => expect(all('[data-testid="reading-entity"]').length).toBeGreaterThan(1));
    const prabowo = q('[data-testid="reading-entity"][data-key^="PER:"]')!;
    expect(prabowo.textContent).toContain('2 artikel, 3 sebutan');
    act(() => {
      window.location.hash = prabowo.querySelector('a')!.getAttribute('href')!;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(all('[data-testid="entity-article"]')).toHaveLength(2));
    expect(q('h1')?.textContent).toBe('Prabowo Subianto');
    expect(document.activeElement).toBe(q('h1'));
    expect(all('[data-testid="entity-timeline"] li')).toHaveLength(2);
    // Each week by its Monday as a reader writes a date, "6 Jan 2025", not as ISO.
    expect(all('[data-testid="entity-timeline"] li').map((item) => item.textContent)).toEqual(['Minggu mulai 6 Jan 2025: 1 artikel', 'Minggu mulai 20 Jan 2025: 1 artikel']);
    expect(all('[data-testid="entity-related"]').map((r) => r.textContent)).toEqual([expect.stringContaining('Jakarta')]);
  });

  it('shows the most read about 200 of a type, and the next ones on "Tampilkan lebih banyak"', async () => {
    // 205 people more, each in one article of their own but the first five in two.
    const people = Array.from({ length: 205 }, (_, i) => ({ name: `Tokoh Nomor ${String(i).padStart(3, '0')}`, type: 'PER' as const, count: 1 }));
    await new ReadingStore(db).record(sampleReading(3, { entities: people }), new Date('2025-01-21T08:00:00Z'));
    await new ReadingStore(db).record(sampleReading(4, { entities: people.slice(0, 5) }), new Date('2025-01-22T08:00:00Z'));
    const asked: unknown[] = [];
    await open('#view=entities', undefined, (message) => asked.push(message));
    await waitFor(() => expect(all('[data-testid="reading-entity"][data-key^="PER:"]')).toHaveLength(200));
    const shown = () => all('[data-testid="reading-entity"][data-key^="PER:"]').map((e) => e.dataset.key);
    expect(shown().slice(0, 6)).toEqual(['PER:prabowo subianto', ...people.slice(0, 5).map((p) => `PER:${p.name.toLowerCase()}`)]);
    expect(all('[data-testid="entities-more"]').map((b) => [b.dataset.type, b.textContent])).toEqual([['PER', 'Tampilkan lebih banyak: Tokoh']]);
    act(() => q<HTMLButtonElement>('[data-testid="entities-more"]')!.click());
    await waitFor(() => expect(shown()).toHaveLength(206));
    expect(new Set(shown()).size).toBe(206);
    expect(q('[data-testid="entities-more"]')).toBeNull();
    expect(asked).toEqual([
      { type: 'reading/entities', limit: 200 },
      { type: 'reading/entities', limit: 200, entityType: 'PER', after: expect.stringMatching(/^1:PER:tokoh nomor/) },
    ]);
  });

  it('shows ranked search hits with the matched words marked as text, never as HTML', async () => {
    await open('#view=highlights');
    const box = q<HTMLInputElement>('[data-testid="reading-search"]')!;
    act(() => {
      box.value = 'menyerang';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitFor(() => expect(all('[data-testid="reading-search-hit"]')).toHaveLength(1));
    const hit = q('[data-testid="reading-search-hit"]')!;
    expect([...hit.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Serangan']);
    expect(hit.querySelector('b')).toBeNull();
    expect(hit.querySelector('a')?.getAttribute('href')).toBe(A.url);
  });
});
