import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleHighlight } from '../../src/notes/sample-highlights.ts';
import { MAX_MESSAGE_BYTES } from '../../src/messages/message-size.ts';
import { NotesRequestError } from '../shared/notes-client.ts';
import type { Download } from './download.ts';
import { Library } from './Library.tsx';
import { libraryMessageLookup, LIBRARY_MESSAGES } from './library-messages.ts';
import type { NotesClient } from './notes-port.ts';
import { testNotes, waitFor, type TestNotes } from './test-notes.ts';

const strings = libraryMessageLookup('id');
const FLOOD = sampleHighlight(1, { note: 'Banjir **rob** makin parah', tags: ['iklim'] });
const SUMMIT = sampleHighlight(2, { title: 'KTT G20 di New Delhi', note: 'Catatan diplomasi', tags: ['politik'] });
const MARKET = sampleHighlight(3, { title: 'Harga cabai naik', note: '' });

let notes: TestNotes;
let container: HTMLElement;
let download: ReturnType<typeof vi.fn<Download>>;

async function open(highlights = [FLOOD, SUMMIT, MARKET], wrap: (client: NotesClient) => NotesClient = (client) => client) {
  notes = await testNotes(highlights);
  download = vi.fn<Download>();
  act(() => {
    render(<Library client={wrap(notes.client)} strings={strings} language="id" download={download} searchDelayMs={20} />, container);
  });
  await waitFor(() => expect(items()).toHaveLength(highlights.length));
}

const $ = <E extends Element = HTMLElement>(testId: string, root: ParentNode = container) =>
  root.querySelector<E & HTMLElement>(`[data-testid="${testId}"]`)!;
const items = () => [...container.querySelectorAll<HTMLElement>('[data-testid="library-highlight"]')];
const item = (id: string) => container.querySelector<HTMLElement>(`[data-testid="library-highlight"][data-highlight-id="${id}"]`);
const ids = () => items().map((element) => element.dataset.highlightId).sort();
const statusText = () => $('library-status').textContent ?? '';

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const click = (element: HTMLElement) => act(() => element.click());

beforeEach(() => {
  container = document.createElement('main');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
  notes?.close();
});

describe('Library', () => {
  it('lists highlights by article with quote, safe note, tags, colour and a link to the highlight', async () => {
    await open([FLOOD, SUMMIT, MARKET, sampleHighlight(4, { note: '<img src=x onerror=alert(1)>' })]);
    const flood = item(FLOOD.id)!;
    expect(flood.querySelector('blockquote')?.textContent).toBe('banjir rob di Semarang');
    expect($('library-note', flood).innerHTML).toContain('<strong>rob</strong>');
    expect(flood.querySelector('.tags')?.textContent).toContain('iklim');
    expect(flood.textContent).toContain('Hijau');
    const link = flood.querySelector<HTMLAnchorElement>('[data-testid="library-open"]')!;
    expect(link.getAttribute('href')).toBe(`${FLOOD.articleUrl}#teman-baca=${FLOOD.id}`);
    // Note markup is text: no element from the note reaches the page.
    expect($('library-note', item(sampleHighlight(4).id)!).querySelector('img')).toBeNull();
    expect(container.querySelectorAll('h3')).toHaveLength(4);
    expect($('library-count').textContent).toBe('4 sorotan');
  });

  it('narrows the list as the reader searches and filters, and says how many of how many are shown', async () => {
    await open();
    type($<HTMLInputElement>('library-search'), 'diplomasi');
    await waitFor(() => expect(ids()).toEqual([SUMMIT.id]));

    type($<HTMLInputElement>('library-search'), '');
    await waitFor(() => expect(ids()).toHaveLength(3));
    click(container.querySelector<HTMLElement>('[data-colour-filter="green"]')!);
    await waitFor(() => expect(ids()).toEqual([FLOOD.id]));
    expect(container.querySelector('[data-colour-filter="green"]')?.getAttribute('aria-pressed')).toBe('true');

    click(container.querySelector<HTMLElement>('.clear-filters')!);
    await waitFor(() => expect(ids()).toHaveLength(3));
  });

  it('keeps its live regions rendered while they are empty, and the count a polite one from the first render', async () => {
    notes = await testNotes([FLOOD, SUMMIT, MARKET]);
    act(() => {
      render(<Library client={notes.client} strings={strings} language="id" searchDelayMs={20} />, container);
    });
    // Before any reply: the status and alert regions are there, empty, and the count region says it is loading.
    const info = container.querySelector('[data-testid="library-status"] [role="status"]');
    const alert = container.querySelector('[data-testid="library-status"] [role="alert"]');
    expect(info?.textContent).toBe('');
    expect(alert?.textContent).toBe('');
    const count = $('library-count');
    expect(count.getAttribute('role')).toBe('status');
    expect(count.textContent).toBe(strings('libraryLoading'));
    await waitFor(() => expect(count.textContent).toBe('3 sorotan'));
    // The same elements stay: regions replaced by new ones would not be announced.
    expect($('library-count')).toBe(count);
    expect(container.querySelector('[data-testid="library-status"] [role="alert"]')).toBe(alert);
  });

  it('announces the result count once the reader pauses typing, not at every key', async () => {
    notes = await testNotes([FLOOD, SUMMIT, MARKET]);
    act(() => {
      render(<Library client={notes.client} strings={strings} language="id" searchDelayMs={150} />, container);
    });
    const count = $('library-count');
    expect(count.getAttribute('role')).toBe('status');
    await waitFor(() => expect(count.textContent).toBe('3 sorotan'));
    type($<HTMLInputElement>('library-search'), 'dip');
    type($<HTMLInputElement>('library-search'), 'diplomasi');
    // Within the pause the region still holds the last result: nothing is said for half a word.
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(count.textContent).toBe('3 sorotan');
    await waitFor(() => expect(count.textContent).toBe('1 sorotan'));
    expect($('library-count')).toBe(count);
  });

  it('moves focus to the search box when "clear filters" takes itself away', async () => {
    await open();
    click(container.querySelector<HTMLElement>('[data-colour-filter="green"]')!);
    await waitFor(() => expect(ids()).toEqual([FLOOD.id]));
    const clear = container.querySelector<HTMLElement>('.clear-filters')!;
    clear.focus();
    click(clear);
    expect(container.querySelector('.clear-filters')).toBeNull();
    expect(document.activeElement).toBe($('library-search'));
  });

  it('shows "N dari M" when limited and shows more on request', async () => {
    notes = await testNotes(Array.from({ length: 5 }, (_, i) => sampleHighlight(10 + i)));
    act(() => {
      render(<Library client={notes.client} strings={strings} language="id" searchDelayMs={0} pageSize={2} />, container);
    });
    await waitFor(() => expect($('library-count').textContent).toBe('2 dari 5 sorotan ditampilkan'));
    expect(items()).toHaveLength(2);
    click($('library-more'));
    await waitFor(() => expect(items()).toHaveLength(4));
  });

  it('saves an edited note and tags in place', async () => {
    await open();
    click($('library-edit', item(MARKET.id)!));
    const textarea = $<HTMLTextAreaElement>('library-note-input');
    expect(document.activeElement).toBe(textarea);
    type(textarea, 'Inflasi *pangan*');
    type($<HTMLInputElement>('library-tags-input'), 'ekonomi, pangan, ekonomi');
    click($('library-save'));
    await waitFor(() => expect(statusText()).toContain('Catatan disimpan.'));
    expect($('library-note', item(MARKET.id)!).innerHTML).toBe('<p>Inflasi <em>pangan</em></p>');
    const stored = await notes.store.get(MARKET.id);
    expect(stored).toMatchObject({ note: 'Inflasi *pangan*', tags: ['ekonomi', 'pangan'] });
    expect(document.activeElement).toBe($('library-edit', item(MARKET.id)!));
  });

  it('reports a full disk in its own words and keeps the editor open', async () => {
    const fullOnUpdate = ({ request }: NotesClient): NotesClient => ({
      request: ((message) => {
        if (message.type === 'notes/update') return Promise.reject(new NotesRequestError('quota-exceeded', 'QuotaExceededError'));
        return request(message);
      }) as NotesClient['request'],
    });
    await open(undefined, fullOnUpdate);
    click($('library-edit', item(MARKET.id)!));
    type($<HTMLTextAreaElement>('library-note-input'), 'tidak muat');
    click($('library-save'));
    await waitFor(() => expect(container.querySelector('[data-testid="library-status"] [role="alert"]')?.textContent).toBe(LIBRARY_MESSAGES.libraryErrorQuota.id));
    expect($('library-note-input')).not.toBeNull();
    expect((await notes.store.get(MARKET.id))?.note).toBe('');
  });

  it('deletes with an undo bar, and undo restores the highlight', async () => {
    await open();
    click($('library-delete', item(SUMMIT.id)!));
    await waitFor(() => expect(item(SUMMIT.id)).toBeNull());
    expect(await notes.store.get(SUMMIT.id)).toBeNull();
    const undo = $('library-undo');
    expect(undo.textContent).toBe('Urungkan');
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(statusText()).toContain('Sorotan dihapus.');

    click(undo);
    await waitFor(() => expect(item(SUMMIT.id)).not.toBeNull());
    expect(await notes.store.get(SUMMIT.id)).toEqual(SUMMIT);
    expect(container.querySelector('[data-testid="library-undo"]')).toBeNull();
    expect(statusText()).toContain('Sorotan dikembalikan.');
  });

  it('reports a broken import file and changes nothing', async () => {
    await open();
    const input = $<HTMLInputElement>('import-file');
    expect(input.accept).toContain('.jsonld');
    Object.defineProperty(input, 'files', { value: [new File(['{"items": [ broken'], 'rusak.json', { type: 'application/json' })], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(statusText()).toBe('Berkas tidak diimpor, koleksi tidak berubah: Berkas bukan JSON.'));
    expect(container.querySelector('[data-testid="library-status"] [role="alert"]')?.textContent).toContain('Berkas bukan JSON.');
    expect(await notes.store.count()).toBe(3);
    expect(ids()).toHaveLength(3);
  });

  it('reports where an import file is wrong, in Indonesian', async () => {
    await open();
    const input = $<HTMLInputElement>('import-file');
    const file = JSON.stringify([{ type: 'Annotation', id: 'urn:uuid:00000000-0000-4000-8000-0000000000aa', target: {} }]);
    Object.defineProperty(input, 'files', { value: [new File([file], 'salah.jsonld')], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(statusText()).toMatch(/^Berkas tidak diimpor, koleksi tidak berubah: anotasi 1: target\.source tidak ada/));
    expect(await notes.store.count()).toBe(3);
  });

  it('says a file too large to send is too large, without sending it', async () => {
    await open();
    const input = $<HTMLInputElement>('import-file');
    // Under the importer's limits in bytes and characters, but six times as large once JSON escapes it.
    const controls = '\u0001'.repeat(Math.ceil(MAX_MESSAGE_BYTES / 6));
    Object.defineProperty(input, 'files', { value: [new File([controls], 'kendali.json')], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(statusText()).toBe(`Berkas tidak diimpor, koleksi tidak berubah: ${LIBRARY_MESSAGES.libraryImportTooLargeToSend.id}`));
    expect(notes.sent.map((message) => message.type)).not.toContain('notes/import');
  });

  it('exports for download and imports the export back', async () => {
    await open();
    click($('export-json'));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const file = download.mock.calls[0]![0];
    expect(file.filename).toMatch(/\.jsonld$/);
    expect(statusText()).toContain(file.filename);
    click($('export-markdown'));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));

    const input = $<HTMLInputElement>('import-file');
    Object.defineProperty(input, 'files', { value: [new File([file.content], file.filename)], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(statusText()).toBe('Impor selesai: 0 baru, 0 diperbarui, 3 tidak berubah.'));
  });
});

describe('LIBRARY_MESSAGES', () => {
  it('has Indonesian and English for every key, with the same substitutions', () => {
    for (const [key, texts] of Object.entries(LIBRARY_MESSAGES)) {
      expect(texts.id, key).not.toBe('');
      expect(texts.en, key).not.toBe('');
      expect(texts.id.match(/\$\d/g)?.sort(), key).toEqual(texts.en.match(/\$\d/g)?.sort());
    }
  });
});
