import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleHighlight } from '../../src/notes/sample-highlights.ts';
import { testNotes, waitFor, type TestNotes } from '../library/test-notes.ts';
import { MAX_TICKET_ATTEMPTS, NotePanel } from './NotePanel.tsx';
import { NOTE_PANEL_MESSAGES, notePanelMessageLookup } from './note-panel-messages.ts';
import { hostTicketMessage, parseHostTicket, parsePanelMessage, PANEL_MESSAGE_SOURCE, receiveTickets, type PanelMessage, type TicketReceiver, type TicketSource } from './panel-protocol.ts';

const strings = notePanelMessageLookup('id');
const HIGHLIGHT = sampleHighlight(7, { note: 'Catatan lama', tags: ['banjir'] });

/** The panel as the background sees it: framed in tab 3 as frame 5. */
const PANEL = { kind: 'note-panel', tabId: 3, frameId: 5 } as const;

let notes: TestNotes;
let container: HTMLElement;
let posted: PanelMessage[];

/** Tickets handed over in this order, as the embedder's window posts them. */
function handed(...given: Array<string | null>): TicketSource {
  const queue = given.filter((ticket): ticket is string => ticket !== null);
  return { next: async () => queue.shift() ?? null };
}

function show(ticket: string | null | TicketSource) {
  posted = [];
  act(() => {
    render(<NotePanel tickets={typeof ticket === 'object' && ticket !== null ? ticket : handed(ticket)} client={notes.client} strings={strings} post={(message) => posted.push(message)} />, container);
  });
}

/** Opens the panel with a ticket made for `id` in the panel's tab, as the content script would hand it over. */
async function open(id: string | null = HIGHLIGHT.id) {
  notes = await testNotes([HIGHLIGHT], PANEL);
  show(id === null ? null : notes.access.tickets.issue(id, PANEL.tabId));
  if (id === HIGHLIGHT.id) await waitFor(() => expect($<HTMLTextAreaElement>('note-text').value).toBe('Catatan lama'));
}

const $ = <E extends HTMLElement = HTMLElement>(testId: string) => container.querySelector<E>(`[data-testid="${testId}"]`)!;
const statusText = () => $('note-status').textContent ?? '';

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => {
  container = document.createElement('main');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
  notes?.close();
});

describe('NotePanel', () => {
  it('shows the quote, focuses the note and previews its Markdown safely', async () => {
    await open();
    expect(container.querySelector('blockquote')?.textContent).toBe('banjir rob di Semarang');
    await waitFor(() => expect(document.activeElement).toBe($('note-text')));
    expect($<HTMLInputElement>('note-tags').value).toBe('banjir');
    type($<HTMLTextAreaElement>('note-text'), '**Penting** <script>alert(1)</script>');
    expect($('note-preview').innerHTML).toBe('<p><strong>Penting</strong> &lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('saves note and tags, and tells the page without the note text', async () => {
    await open();
    type($<HTMLTextAreaElement>('note-text'), 'Rahasia pribadi tentang rob');
    type($<HTMLInputElement>('note-tags'), 'iklim, pesisir');
    act(() => $('note-save').click());
    await waitFor(() => expect(statusText()).toBe(NOTE_PANEL_MESSAGES.notePanelSaved.id));
    expect(await notes.store.get(HIGHLIGHT.id)).toMatchObject({ note: 'Rahasia pribadi tentang rob', tags: ['iklim', 'pesisir'] });
    expect(posted).toEqual([{ source: PANEL_MESSAGE_SOURCE, type: 'saved', id: HIGHLIGHT.id, colour: HIGHLIGHT.colour }]);
    const wire = JSON.stringify(posted);
    for (const secret of ['Rahasia', 'iklim', 'banjir rob']) expect(wire).not.toContain(secret);
  });

  it('saves on Ctrl+Enter and closes on Esc', async () => {
    await open();
    const textarea = $<HTMLTextAreaElement>('note-text');
    type(textarea, 'Lewat papan ketik');
    act(() => {
      textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    await waitFor(() => expect(posted.map((m) => m.type)).toEqual(['saved']));
    expect((await notes.store.get(HIGHLIGHT.id))?.note).toBe('Lewat papan ketik');
    act(() => {
      textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      // Closed on release: the frame goes away only once the key is up.
      expect(posted.filter((message) => message.type === 'close')).toEqual([]);
      textarea.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape', bubbles: true }));
    });
    expect(posted.at(-1)).toEqual({ source: PANEL_MESSAGE_SOURCE, type: 'close' });
    act(() => $('note-close').click());
    expect(posted.map((m) => m.type)).toEqual(['saved', 'close', 'close']);
  });

  it('saves a picked colour at once and tells the page the colour', async () => {
    await open();
    const purple = container.querySelector<HTMLInputElement>('input[type="radio"][value="purple"]')!;
    act(() => {
      purple.checked = true;
      purple.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(posted).toEqual([{ source: PANEL_MESSAGE_SOURCE, type: 'colour', id: HIGHLIGHT.id, colour: 'purple' }]));
    expect((await notes.store.get(HIGHLIGHT.id))?.colour).toBe('purple');
  });

  it('asks before deleting, with "Batal" where "Hapus" was, then deletes the highlight and tells the page', async () => {
    await open();
    const slot = () => Array.from(container.querySelectorAll('.actions button')).indexOf($('note-delete'));
    const deleteSlot = slot();
    act(() => $('note-delete').click());
    // A second click where "Hapus" was cancels: one lured click deletes nothing.
    const buttons = () => Array.from(container.querySelectorAll<HTMLButtonElement>('.actions button'));
    expect(buttons()[deleteSlot]?.dataset.testid).toBe('note-delete-cancel');
    expect(buttons().indexOf($('note-delete-confirm'))).not.toBe(deleteSlot);
    expect(document.activeElement).toBe($('note-delete-cancel'));
    expect(container.textContent).toContain(NOTE_PANEL_MESSAGES.notePanelDeleteQuestion.id);
    act(() => buttons()[deleteSlot]!.click());
    expect(container.querySelector('[data-testid="note-delete"]')).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await notes.store.get(HIGHLIGHT.id)).not.toBeNull();
    expect(posted).toEqual([]);

    act(() => $('note-delete').click());
    act(() => $('note-delete-confirm').click());
    await waitFor(() => expect(posted).toEqual([{ source: PANEL_MESSAGE_SOURCE, type: 'deleted', id: HIGHLIGHT.id }]));
    expect(await notes.store.get(HIGHLIGHT.id)).toBeNull();
    expect(statusText()).toBe(NOTE_PANEL_MESSAGES.notePanelDeleted.id);
    expect(container.querySelector('[data-testid="note-text"]')).toBeNull();
  });

  it('will not delete while the browser reports the panel covered or transparent', async () => {
    const original = globalThis.IntersectionObserver;
    let report: (isVisible: boolean) => void = () => undefined;
    globalThis.IntersectionObserver = class {
      constructor(callback: (entries: Array<Partial<IntersectionObserverEntry> & { isVisible: boolean }>) => void) {
        report = (isVisible) => callback([{ isIntersecting: true, isVisible }]);
      }
      observe(): void {}
      disconnect(): void {}
    } as unknown as typeof IntersectionObserver;
    try {
      await open();
      act(() => report(false));
      act(() => $('note-delete').click());
      expect(($('note-delete-confirm') as HTMLButtonElement).disabled).toBe(true);
      expect(container.querySelector('[data-testid="note-obscured"]')).not.toBeNull();
      act(() => $('note-delete-confirm').click());
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await notes.store.get(HIGHLIGHT.id)).not.toBeNull();

      act(() => report(true));
      expect(($('note-delete-confirm') as HTMLButtonElement).disabled).toBe(false);
      act(() => $('note-delete-confirm').click());
      await waitFor(() => expect(posted).toEqual([{ source: PANEL_MESSAGE_SOURCE, type: 'deleted', id: HIGHLIGHT.id }]));
    } finally {
      globalThis.IntersectionObserver = original;
    }
  });

  it('says so when the highlight is gone or no ticket came', async () => {
    await open('00000000-0000-4000-8000-0000000000ff');
    await waitFor(() => expect(container.textContent).toContain(NOTE_PANEL_MESSAGES.notePanelNotFound.id));
    act(() => render(null, container));
    notes.close();
    await open(null);
    await waitFor(() => expect(container.textContent).toContain(NOTE_PANEL_MESSAGES.notePanelOpenAgain.id));
    act(() => $('note-close').click());
    expect(posted).toEqual([{ source: PANEL_MESSAGE_SOURCE, type: 'close' }]);
  });

  it('opens nothing with a ticket used before, or made for another tab, and shows no note', async () => {
    notes = await testNotes([HIGHLIGHT], PANEL);
    const ticket = notes.access.tickets.issue(HIGHLIGHT.id, PANEL.tabId);
    show(ticket);
    await waitFor(() => expect($<HTMLTextAreaElement>('note-text').value).toBe('Catatan lama'));
    act(() => render(null, container));
    show(ticket);
    await waitFor(() => expect(container.textContent).toContain(NOTE_PANEL_MESSAGES.notePanelOpenAgain.id));
    expect(container.textContent).not.toContain('Catatan lama');
    act(() => render(null, container));
    show(notes.access.tickets.issue(HIGHLIGHT.id, PANEL.tabId + 1));
    await waitFor(() => expect(container.textContent).toContain(NOTE_PANEL_MESSAGES.notePanelOpenAgain.id));
    expect(container.textContent).not.toContain('banjir rob');
  });

  it('opens the note with the embedder\'s ticket when the page posted forged ones before it', async () => {
    notes = await testNotes([HIGHLIGHT], PANEL);
    const forged = ['ffffffffffffffffffffffffffffffff', 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee'];
    show(handed(...forged, notes.access.tickets.issue(HIGHLIGHT.id, PANEL.tabId)));
    await waitFor(() => expect($<HTMLTextAreaElement>('note-text').value).toBe('Catatan lama'));
  });

  it('gives up after a bounded number of forged tickets', async () => {
    notes = await testNotes([HIGHLIGHT], PANEL);
    const forged = Array.from({ length: MAX_TICKET_ATTEMPTS }, (_, i) => i.toString(16).padStart(32, 'f'));
    show(handed(...forged, notes.access.tickets.issue(HIGHLIGHT.id, PANEL.tabId)));
    await waitFor(() => expect(container.textContent).toContain(NOTE_PANEL_MESSAGES.notePanelOpenAgain.id));
    expect(container.textContent).not.toContain('Catatan lama');
  });

  it('asks to open the note again when the background forgot the panel, and keeps what was stored', async () => {
    await open();
    // What a restarted service worker leaves: no grants.
    notes.access.forgetTab(PANEL.tabId);
    type($<HTMLTextAreaElement>('note-text'), 'Tidak tersimpan');
    act(() => $('note-save').click());
    await waitFor(() => expect(statusText()).toBe(NOTE_PANEL_MESSAGES.notePanelOpenAgain.id));
    expect((await notes.store.get(HIGHLIGHT.id))?.note).toBe('Catatan lama');
  });
});

describe('parsePanelMessage', () => {
  const id = HIGHLIGHT.id;
  it('accepts the panel messages and drops anything extra', () => {
    expect(parsePanelMessage({ source: PANEL_MESSAGE_SOURCE, type: 'close', id })).toEqual({ source: PANEL_MESSAGE_SOURCE, type: 'close' });
    expect(parsePanelMessage({ source: PANEL_MESSAGE_SOURCE, type: 'saved', id, colour: 'blue', note: 'x' })).toEqual({
      source: PANEL_MESSAGE_SOURCE,
      type: 'saved',
      id,
      colour: 'blue',
    });
  });

  it('refuses other sources, types, ids and colours', () => {
    for (const value of [
      null,
      'close',
      { type: 'close', id },
      { source: 'other', type: 'close', id },
      { source: PANEL_MESSAGE_SOURCE, type: 'open', id },
      { source: PANEL_MESSAGE_SOURCE, type: 'deleted' },
      { source: PANEL_MESSAGE_SOURCE, type: 'deleted', id: 'not-an-id' },
      { source: PANEL_MESSAGE_SOURCE, type: 'colour', id, colour: 'red' },
      { source: PANEL_MESSAGE_SOURCE, type: 'saved', id },
    ]) {
      expect(parsePanelMessage(value)).toBeNull();
    }
  });
});

describe('parseHostTicket', () => {
  const ticket = '0123456789abcdef0123456789abcdef';
  it('reads the ticket the content script posts', () => {
    expect(parseHostTicket(hostTicketMessage(ticket))).toBe(ticket);
  });

  it.each([
    [null],
    [ticket],
    [{ type: 'ticket', ticket }],
    [{ ...hostTicketMessage(ticket), source: PANEL_MESSAGE_SOURCE }],
    [{ ...hostTicketMessage(ticket), type: 'open' }],
    [{ ...hostTicketMessage(ticket), ticket: 'ABC' }],
    [{ ...hostTicketMessage(ticket), ticket: `${ticket}00` }],
  ])('refuses %j', (value) => {
    expect(parseHostTicket(value)).toBeNull();
  });
});

describe('receiveTickets', () => {
  const ticket = '0123456789abcdef0123456789abcdef';
  function framed() {
    const embedder = {} as Window;
    const view = Object.assign(new EventTarget(), { parent: embedder }) as unknown as TicketReceiver & EventTarget;
    const post = (data: unknown, source: unknown) => view.dispatchEvent(new MessageEvent('message', { data, source: source as Window }));
    return { embedder, view, post };
  }

  it('takes tickets from the embedder only, every one of them, in order', async () => {
    const { embedder, view, post } = framed();
    const tickets = receiveTickets(view, 1000);
    const first = tickets.next();
    // Another frame of the page, or a window the page opened, posting a ticket of its own.
    post(hostTicketMessage('ffffffffffffffffffffffffffffffff'), {});
    post({ source: 'other', ticket }, embedder);
    post(hostTicketMessage(ticket), embedder);
    post(hostTicketMessage('eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee'), embedder);
    expect(await first).toBe(ticket);
    expect(await tickets.next()).toBe('eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee');
  });

  it('gives up when no more come in time, or when the panel is not framed', async () => {
    const { view, post, embedder } = framed();
    const tickets = receiveTickets(view, 20);
    post(hostTicketMessage(ticket), embedder);
    expect(await tickets.next()).toBe(ticket);
    post(hostTicketMessage(ticket), {});
    expect(await tickets.next()).toBeNull();
    post(hostTicketMessage(ticket), embedder);
    expect(await tickets.next()).toBeNull();
    const top = Object.assign(new EventTarget(), {}) as unknown as TicketReceiver;
    (top as { parent: unknown }).parent = top;
    expect(await receiveTickets(top, 1000).next()).toBeNull();
  });
});
