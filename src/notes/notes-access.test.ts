import 'fake-indexeddb/auto'; // idb recognises requests by the global IDB classes; each test still gets its own factory
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptSender, NotePanelSender, Sender } from '../messages/sender-policy.ts';
import { exportJson } from './export.ts';
import type { Highlight } from './highlight.ts';
import { isNotesError, NOTES_MESSAGE_TYPES } from './messages.ts';
import { NoteTickets } from './note-tickets.ts';
import { NotesAccess } from './notes-access.ts';
import { NotesService } from './notes-service.ts';
import { PAGE_MESSAGE_TYPES, type PageHighlight } from './page-messages.ts';
import { sampleHighlight } from './sample-highlights.ts';
import { TabRateLimit, SAVES_PER_MINUTE } from '../messages/tab-rate-limit.ts';
import { NotesStore, openNotesDb } from './store.ts';

const H = sampleHighlight(1, { note: 'Rahasia 4417', tags: ['pribadi'] });
/** Another article's highlight, which a page on H's article must not reach. */
const OTHER = sampleHighlight(2, { note: 'Catatan lain' });
/** H's article as the browser may report the page: http, AMP form, paged. */
const PAGE_URL = H.articleUrl.replace('https://regional.kompas.com/', 'http://amp.kompas.com/regional/') + '?page=2#x';

const PAGE: ContentScriptSender = { kind: 'content-script', tabId: 3, frameId: 0, url: PAGE_URL };
const PANEL: NotePanelSender = { kind: 'note-panel', tabId: 3, frameId: 5 };
const LIBRARY: Sender = { kind: 'extension-page' };

const draft = { articleUrl: PAGE_URL, title: H.title, section: H.section, selectors: H.selectors, colour: 'green', entities: ['Semarang'] };

const stores: NotesStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

async function setUp(options: { now?: () => number } = {}) {
  const store = new NotesStore(await openNotesDb(new IDBFactory()));
  stores.push(store);
  await store.merge([H, OTHER]);
  const tickets = new NoteTickets(options.now ? { now: options.now } : {});
  const saveLimit = new TabRateLimit(SAVES_PER_MINUTE, options.now);
  const access = new NotesAccess(new NotesService(store, { now: () => new Date('2026-02-03T04:05:06Z') }), { tickets, saveLimit });
  return { store, access, tickets };
}

type Reply = Awaited<ReturnType<NotesAccess['handle']>>;
const code = (reply: Reply) => (isNotesError(reply) ? reply.error.code : 'ok');
function ok<T>(reply: Reply): T {
  if (isNotesError(reply)) throw new Error(`unexpected ${reply.error.code}: ${reply.error.message}`);
  return reply as T;
}

/** A valid message of every type, about H where it names a highlight. */
function messageOf(type: string, ticket: string): unknown {
  const messages: Record<string, unknown> = {
    'notes/save': { type, highlight: { ...draft, articleUrl: H.articleUrl } },
    'notes/redeem-ticket': { type, ticket },
    'notes/get': { type, id: H.id },
    'notes/list-for-article': { type, url: H.articleUrl },
    'notes/update': { type, id: H.id, changes: { note: 'baru' } },
    'notes/delete': { type, id: H.id },
    'notes/restore': { type, highlight: H },
    'notes/search': { type, query: 'banjir', filters: {} },
    'notes/list-all': { type },
    'notes/export': { type, format: 'json' },
    'notes/import': { type, content: exportJson([sampleHighlight(3)]) },
    'page/save-highlight': { type, highlight: draft },
    'page/list-highlights': { type },
    'page/get-highlight': { type, id: H.id },
    'page/set-colour': { type, id: H.id, colour: 'blue' },
    'page/open-note': { type, id: H.id },
  };
  return messages[type];
}

const PANEL_TYPES = ['notes/redeem-ticket', 'notes/get', 'notes/update', 'notes/delete', 'notes/restore'];
const SENDERS: Array<[string, Sender, (type: string) => boolean]> = [
  ['an extension page', LIBRARY, (type) => type.startsWith('notes/') && type !== 'notes/redeem-ticket'],
  ['a content script', PAGE, (type) => type.startsWith('page/')],
  ['the note panel holding H', PANEL, (type) => PANEL_TYPES.includes(type)],
];
const ALL_TYPES = [...NOTES_MESSAGE_TYPES, ...PAGE_MESSAGE_TYPES];

describe('NotesAccess: who may send what', () => {
  it('knows every message type', () => {
    expect(ALL_TYPES.every((type) => messageOf(type, '') !== undefined)).toBe(true);
  });

  for (const [name, sender, allowed] of SENDERS) {
    it.each(ALL_TYPES)(`${name} sending %s`, async (type) => {
      const { access, tickets, store } = await setUp();
      // The panel holds H, from a ticket redeemed as the content script would have it made.
      access.tickets.redeem(tickets.issue(H.id, PANEL.tabId), PANEL.tabId, PANEL.frameId);
      const reply = await access.handle(messageOf(type, tickets.issue(H.id, PANEL.tabId)), sender);
      if (allowed(type)) {
        expect(code(reply)).toBe('ok');
      } else {
        expect(code(reply)).toBe('not-allowed');
        // Refused means untouched.
        expect(await store.get(H.id)).toEqual(H);
        expect(await store.count()).toBe(2);
      }
    });
  }

  it('refuses the note panel everything about any other highlight, and a change of entities', async () => {
    const { access, tickets } = await setUp();
    expect(code(await access.handle({ type: 'notes/get', id: H.id }, PANEL))).toBe('not-allowed');
    access.tickets.redeem(tickets.issue(H.id, PANEL.tabId), PANEL.tabId, PANEL.frameId);
    for (const message of [
      { type: 'notes/get', id: OTHER.id },
      { type: 'notes/update', id: OTHER.id, changes: { note: 'x' } },
      { type: 'notes/delete', id: OTHER.id },
      { type: 'notes/restore', highlight: OTHER },
      { type: 'notes/update', id: H.id, changes: { entities: ['Palsu'] } },
    ]) {
      expect(code(await access.handle(message, PANEL)), JSON.stringify(message)).toBe('not-allowed');
    }
    // Another frame of the same tab holds nothing.
    expect(code(await access.handle({ type: 'notes/get', id: H.id }, { ...PANEL, frameId: 6 }))).toBe('not-allowed');
    expect(ok<{ highlight: Highlight }>(await access.handle({ type: 'notes/get', id: H.id }, PANEL)).highlight).toEqual(H);
  });

  it('redeems a ticket for the panel in its tab only, once, and answers the whole highlight', async () => {
    const { access } = await setUp();
    const ticket = ok<{ ticket: string }>(await access.handle({ type: 'page/open-note', id: H.id }, PAGE)).ticket;
    expect(code(await access.handle({ type: 'notes/redeem-ticket', ticket }, { ...PANEL, tabId: 4 }))).toBe('not-allowed');
    const again = ok<{ ticket: string }>(await access.handle({ type: 'page/open-note', id: H.id }, PAGE)).ticket;
    expect(ok<{ highlight: Highlight }>(await access.handle({ type: 'notes/redeem-ticket', ticket: again }, PANEL)).highlight).toEqual(H);
    expect(code(await access.handle({ type: 'notes/redeem-ticket', ticket: again }, PANEL))).toBe('not-allowed');
    const updated = ok<{ highlight: Highlight }>(await access.handle({ type: 'notes/update', id: H.id, changes: { note: 'ubah', tags: ['a'], colour: 'pink' } }, PANEL));
    expect(updated.highlight).toMatchObject({ note: 'ubah', tags: ['a'], colour: 'pink' });
  });

  it('expires an unredeemed ticket after two minutes', async () => {
    const clock = { now: 5_000_000 };
    const { access } = await setUp({ now: () => clock.now });
    const ticket = ok<{ ticket: string }>(await access.handle({ type: 'page/open-note', id: H.id }, PAGE)).ticket;
    clock.now += 2 * 60_000;
    expect(code(await access.handle({ type: 'notes/redeem-ticket', ticket }, PANEL))).toBe('not-allowed');
  });
});

describe('NotesAccess: a content script and its own page', () => {
  const redacted = (highlight: PageHighlight) => expect(Object.keys(highlight).sort()).toEqual(['colour', 'hasNote', 'id', 'selectors']);

  it('lists its own article\'s highlights, whatever form of its address, without notes, tags or times', async () => {
    const { access } = await setUp();
    const { highlights } = ok<{ highlights: PageHighlight[] }>(await access.handle({ type: 'page/list-highlights', url: OTHER.articleUrl }, PAGE));
    expect(highlights).toEqual([{ id: H.id, colour: H.colour, selectors: H.selectors, hasNote: true }]);
    highlights.forEach(redacted);
    expect(JSON.stringify(highlights)).not.toMatch(/Rahasia|pribadi|2024-/);
    const elsewhere = { ...PAGE, url: OTHER.articleUrl };
    expect(ok<{ highlights: PageHighlight[] }>(await access.handle({ type: 'page/list-highlights' }, elsewhere)).highlights.map((h) => h.id))
      .toEqual([OTHER.id]);
  });

  it('reaches another article\'s highlight as if it did not exist', async () => {
    const { access, store } = await setUp();
    for (const type of ['page/get-highlight', 'page/open-note']) {
      expect(code(await access.handle({ type, id: OTHER.id }, PAGE))).toBe('not-found');
    }
    expect(code(await access.handle({ type: 'page/set-colour', id: OTHER.id, colour: 'blue' }, PAGE))).toBe('not-found');
    expect(await store.get(OTHER.id)).toEqual(OTHER);
    const got = ok<{ highlight: PageHighlight }>(await access.handle({ type: 'page/get-highlight', id: H.id }, PAGE)).highlight;
    redacted(got);
    const recoloured = ok<{ highlight: PageHighlight }>(await access.handle({ type: 'page/set-colour', id: H.id, colour: 'purple' }, PAGE));
    expect(recoloured.highlight).toEqual({ ...got, colour: 'purple' });
    expect((await store.get(H.id))?.note).toBe(H.note);
  });

  it('saves a highlight of its own article under an id the background makes, and no other article\'s', async () => {
    const { access, store } = await setUp();
    const { highlight } = ok<{ highlight: PageHighlight }>(await access.handle({ type: 'page/save-highlight', highlight: draft }, PAGE));
    redacted(highlight);
    expect(highlight).toMatchObject({ colour: 'green', hasNote: false });
    expect(highlight.id).not.toBe(H.id);
    expect(await store.get(highlight.id)).toMatchObject({ articleUrl: H.articleUrl, entities: ['Semarang'], note: '' });

    const foreign = await access.handle({ type: 'page/save-highlight', highlight: { ...draft, articleUrl: OTHER.articleUrl } }, PAGE);
    expect(code(foreign)).toBe('not-allowed');
    const chosenId = await access.handle({ type: 'page/save-highlight', highlight: { ...draft, id: H.id, note: 'overwrite' } }, PAGE);
    expect(code(chosenId)).toBe('invalid-message');
    // A note in the draft is not the page's to set: dropped.
    const withNote = ok<{ highlight: PageHighlight }>(await access.handle({ type: 'page/save-highlight', highlight: { ...draft, note: 'dari halaman' } }, PAGE));
    expect((await store.get(withNote.highlight.id))?.note).toBe('');
    expect(await store.get(H.id)).toEqual(H);
    expect(await store.count()).toBe(4);
  });

  it(`saves at most ${SAVES_PER_MINUTE} highlights a minute from one tab`, async () => {
    const clock = { now: 9_000_000 };
    const { access, store } = await setUp({ now: () => clock.now });
    const save = (sender: ContentScriptSender) => access.handle({ type: 'page/save-highlight', highlight: draft }, sender);
    for (let i = 0; i < SAVES_PER_MINUTE; i++) expect(code(await save(PAGE))).toBe('ok');
    const refused = await save(PAGE);
    expect(isNotesError(refused) && refused.error).toMatchObject({ code: 'rate-limited', message: expect.stringContaining(`${SAVES_PER_MINUTE} highlights a minute`) });
    // Another tab has its own count.
    expect(code(await save({ ...PAGE, tabId: 9 }))).toBe('ok');
    clock.now += 59_999;
    expect(code(await save(PAGE))).toBe('rate-limited');
    clock.now += 1;
    expect(code(await save(PAGE))).toBe('ok');
    expect(await store.count()).toBe(2 + SAVES_PER_MINUTE + 2);
  });

  it('answers malformed page messages as invalid and refuses a page that is no address', async () => {
    const { access } = await setUp();
    expect(code(await access.handle({ type: 'page/get-highlight', id: '*' }, PAGE))).toBe('invalid-message');
    expect(code(await access.handle({ type: 'page/set-colour', id: H.id, colour: 'red' }, PAGE))).toBe('invalid-message');
    expect(code(await access.handle({ type: 'page/list-highlights' }, { ...PAGE, url: 'about:blank' }))).toBe('not-allowed');
  });
});
