// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hostTicketMessage, panelMessage, type PanelMessage } from '../../note-panel/panel-protocol.ts';
import { shadowRootOf } from '../../shared/shadow-host.ts';
import { NOTE_HOST_TAG, openNotePanel } from './note-panel-host.ts';

const ORIGIN = 'chrome-extension://abcdefghijklmnop';
const ID = '00000000-0000-4000-8000-000000000007';
const TICKET = '0123456789abcdef0123456789abcdef';

let frame: HTMLIFrameElement;
let received: PanelMessage[];

beforeEach(() => {
  (globalThis as { chrome?: unknown }).chrome = { runtime: { getURL: (path: string) => `${ORIGIN}/${path}` } };
  const create = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation((tag: string, options?: ElementCreationOptions) => {
    const element = create(tag, options);
    if (element instanceof HTMLIFrameElement) frame = element;
    return element;
  });
  received = [];
  openNotePanel(document, ID, TICKET, 'Catatan sorotan', (message) => received.push(message));
});

afterEach(() => {
  vi.restoreAllMocks();
  document.querySelectorAll('teman-baca-note-host').forEach((host) => host.remove());
  delete (globalThis as { chrome?: unknown }).chrome;
});

function post(data: unknown, origin: string, source: MessageEventSource | null) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

describe('openNotePanel', () => {
  it('frames the panel without naming the note, and hands the ticket to the extension\'s origin only', () => {
    expect(frame.src).toBe(`${ORIGIN}/extension/note-panel/index.html`);
    expect(frame.src).not.toContain(ID);
    const postMessage = vi.fn();
    Object.defineProperty(frame, 'contentWindow', { value: { postMessage }, configurable: true });
    frame.dispatchEvent(new Event('load'));
    expect(postMessage).toHaveBeenCalledExactlyOnceWith(hostTicketMessage(TICKET), ORIGIN);
  });

  it('takes the panel\'s messages from its frame holding an extension page, and nothing else', () => {
    const panelWindow = { postMessage: vi.fn() } as unknown as Window;
    Object.defineProperty(frame, 'contentWindow', { value: panelWindow, configurable: true });
    const saved = panelMessage('saved', ID, 'blue');
    // The page replaced our frame's document (srcdoc): same window, the page's origin.
    post(saved, 'https://nasional.kompas.com', panelWindow);
    // Another window, claiming our origin.
    post(saved, ORIGIN, window);
    post(panelMessage('saved', '00000000-0000-4000-8000-000000000008', 'blue'), ORIGIN, panelWindow);
    expect(received).toEqual([]);
    post(saved, ORIGIN, panelWindow);
    expect(received).toEqual([saved]);
    post(panelMessage('close'), ORIGIN, panelWindow);
    expect(received.at(-1)).toEqual(panelMessage('close'));
    expect(document.querySelector('teman-baca-note-host')).toBeNull();
  });

  it('keeps its frame in a closed shadow root, laid out by an important inline style', () => {
    const host = document.querySelector<HTMLElement>(NOTE_HOST_TAG)!;
    expect(host.shadowRoot).toBeNull();
    expect(shadowRootOf(host)!.querySelector('iframe')).toBe(frame);
    expect(host.getAttribute('style')).toContain('opacity: 1 !important');
  });

  it('closes, and listens no more, when the page restyles or moves its host', async () => {
    const panelWindow = { postMessage: vi.fn() } as unknown as Window;
    Object.defineProperty(frame, 'contentWindow', { value: panelWindow, configurable: true });
    const host = document.querySelector<HTMLElement>(NOTE_HOST_TAG)!;
    host.style.setProperty('opacity', '0.01');
    await Promise.resolve();
    expect(host.isConnected).toBe(false);
    post(panelMessage('deleted', ID), ORIGIN, panelWindow);
    expect(received).toEqual([]);

    openNotePanel(document, ID, TICKET, 'Catatan sorotan', (message) => received.push(message));
    const second = document.querySelector<HTMLElement>(NOTE_HOST_TAG)!;
    document.body.append(second);
    await Promise.resolve();
    expect(document.querySelector(NOTE_HOST_TAG)).toBeNull();
  });
});
