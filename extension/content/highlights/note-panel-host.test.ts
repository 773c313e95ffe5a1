// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { panelMessage } from '../../note-panel/panel-protocol.ts';
import { shadowRootOf } from '../../shared/shadow-host.ts';
import { NOTE_HOST_TAG, openNotePanel } from './note-panel-host.ts';

const ID = '0b6f3c4e-1d2a-4b5c-8d9e-0f1a2b3c4d5e';
const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

beforeEach(() => {
  (globalThis as unknown as { chrome: unknown }).chrome = {
    runtime: { getURL: (path: string) => `${ORIGIN}/${path}` },
  };
});

afterEach(() => {
  document.querySelector(NOTE_HOST_TAG)?.remove();
  delete (globalThis as unknown as { chrome?: unknown }).chrome;
});

function open() {
  const onMessage = vi.fn();
  const handle = openNotePanel(document, ID, 'Catatan sorotan', onMessage);
  const host = document.querySelector<HTMLElement>(NOTE_HOST_TAG)!;
  const frame = shadowRootOf(host)!.querySelector('iframe')!;
  return { onMessage, handle, host, frame };
}

const post = (source: MessageEventSource | null, origin: string, data: unknown) =>
  window.dispatchEvent(new MessageEvent('message', { source, origin, data }));

describe('the note panel host', () => {
  it('keeps its frame in a closed shadow root, laid out by an important inline style', () => {
    const { host } = open();
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttribute('style')).toContain('opacity: 1 !important');
  });

  it('listens to its own frame from the extension\'s origin only', () => {
    const { onMessage, frame } = open();
    // The page swapped the frame's document (srcdoc): the messages come from the page's origin.
    post(frame.contentWindow, 'http://www.kompas.com', panelMessage('deleted', ID));
    // Another window imitating the panel.
    post(window, ORIGIN, panelMessage('deleted', ID));
    expect(onMessage).not.toHaveBeenCalled();
    post(frame.contentWindow, ORIGIN, panelMessage('colour', ID, 'green'));
    expect(onMessage).toHaveBeenCalledTimes(1);
  });

  it('closes when the page restyles or moves its host', async () => {
    const first = open();
    first.host.style.setProperty('opacity', '0.01');
    await Promise.resolve();
    expect(first.host.isConnected).toBe(false);

    const second = open();
    document.body.append(second.host);
    await Promise.resolve();
    expect(document.querySelector(NOTE_HOST_TAG)).toBeNull();
    post(second.frame.contentWindow, ORIGIN, panelMessage('deleted', ID));
    expect(second.onMessage).not.toHaveBeenCalled();
  });
});
