import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleHighlight } from '../../src/notes/sample-highlights.ts';
import { testNotes, waitFor, type TestNotes } from '../library/test-notes.ts';
import { NotePanel } from './NotePanel.tsx';
import { NOTE_PANEL_MESSAGES, notePanelMessageLookup } from './note-panel-messages.ts';
import { parsePanelMessage, PANEL_MESSAGE_SOURCE, type PanelMessage } from './panel-protocol.ts';

const strings = notePanelMessageLookup('id');
const HIGHLIGHT = sampleHighlight(7, { note: 'Catatan lama', tags: ['banjir'] });

let notes: TestNotes;
let container: HTMLElement;
let posted: PanelMessage[];

async function open(id: string | null = HIGHLIGHT.id) {
  notes = await testNotes([HIGHLIGHT]);
  posted = [];
  act(() => {
    render(<NotePanel id={id} client={notes.client} strings={strings} post={(message) => posted.push(message)} />, container);
  });
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
    });
    expect(posted.at(-1)).toEqual({ source: PANEL_MESSAGE_SOURCE, type: 'close', id: HIGHLIGHT.id });
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

  it('deletes the highlight and tells the page', async () => {
    await open();
    act(() => $('note-delete').click());
    await waitFor(() => expect(posted).toEqual([{ source: PANEL_MESSAGE_SOURCE, type: 'deleted', id: HIGHLIGHT.id }]));
    expect(await notes.store.get(HIGHLIGHT.id)).toBeNull();
    expect(statusText()).toBe(NOTE_PANEL_MESSAGES.notePanelDeleted.id);
    expect(container.querySelector('[data-testid="note-text"]')).toBeNull();
  });

  it('says so when the highlight is gone or none was named', async () => {
    await open('00000000-0000-4000-8000-0000000000ff');
    await waitFor(() => expect(container.textContent).toContain(NOTE_PANEL_MESSAGES.notePanelNotFound.id));
    act(() => render(null, container));
    notes.close();
    await open(null);
    expect(container.textContent).toContain(NOTE_PANEL_MESSAGES.notePanelMissingId.id);
  });
});

describe('parsePanelMessage', () => {
  const id = HIGHLIGHT.id;
  it('accepts the panel messages and drops anything extra', () => {
    expect(parsePanelMessage({ source: PANEL_MESSAGE_SOURCE, type: 'close', id })).toEqual({ source: PANEL_MESSAGE_SOURCE, type: 'close', id });
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
      { source: PANEL_MESSAGE_SOURCE, type: 'close', id: 'not-an-id' },
      { source: PANEL_MESSAGE_SOURCE, type: 'colour', id, colour: 'red' },
      { source: PANEL_MESSAGE_SOURCE, type: 'saved', id },
    ]) {
      expect(parsePanelMessage(value)).toBeNull();
    }
  });
});
