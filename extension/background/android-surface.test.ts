/**
 * The real background entry (index.ts) started on the extension API surface of Firefox for Android: no
 * `contextMenus`/`menus`, no `commands`, an `action` without the badge (or none at all). It must start, install, and
 * answer every family of message it handles; and on the desktop surface, the same entry still adds the menu item,
 * listens for the shortcuts and shows the badge.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeText } from '../../src/anchoring/describe.ts';
import { sampleReading } from '../../src/reading/sample-readings.ts';
import { LIBRARY_PAGE, NER_MODEL_FILE } from '../shared/extension-files.ts';

const EXTENSION_ID = 'teman-baca@kompas-reader.example';
const EXTENSION_ORIGIN = 'moz-extension://5b0f6c1e-2d4a-4c8e-9f3a-0e1d2c3b4a59';
const TAB_ID = 7;
const ARTICLE = sampleReading(3);
const CONTENT_SCRIPT = { id: EXTENSION_ID, url: ARTICLE.url, tab: { id: TAB_ID }, frameId: 0 };
const LIBRARY = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/${LIBRARY_PAGE}` };

type Listener = (...args: never[]) => unknown;
type MessageListener = (message: unknown, sender: typeof CONTENT_SCRIPT | typeof LIBRARY) => Promise<unknown> | undefined;

/** An event as the browser has it: `addListener` keeps the listener for the test to fire. */
function event<T extends Listener>(): { listeners: T[]; addListener(listener: T): void; removeListener(listener: T): void } {
  const listeners: T[] = [];
  return {
    listeners,
    addListener: (listener) => void listeners.push(listener),
    removeListener: (listener) => void listeners.splice(listeners.indexOf(listener), 1),
  };
}

type Surface = 'android' | 'android-without-action' | 'desktop';

/** The extension API as `surface` has it, with what the background asked of it recorded. */
function fakeBrowser(surface: Surface) {
  const stored = new Map<string, unknown>();
  const calls = {
    tabsCreated: [] as Array<{ url?: string }>,
    injected: [] as unknown[],
    badge: [] as unknown[],
    menuItems: [] as unknown[],
  };
  const onMessage = event<MessageListener>();
  const onInstalled = event<(details: { reason: string }) => unknown>();
  const onCommand = event<(command: string) => unknown>();
  const api: Record<string, unknown> = {
    runtime: {
      id: EXTENSION_ID,
      getURL: (path: string) => `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`,
      onMessage,
      onInstalled,
    },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => 'id' },
    storage: {
      local: {
        get: async (key: string) => (stored.has(key) ? { [key]: stored.get(key) } : {}),
        set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([key, value]) => stored.set(key, value)),
      },
      onChanged: event(),
    },
    tabs: {
      create: async (properties: { url?: string }) => (calls.tabsCreated.push(properties), { id: 99, ...properties }),
      query: async () => [{ id: TAB_ID }],
      sendMessage: async () => undefined,
      onRemoved: event(),
    },
    scripting: { executeScript: async (injection: unknown) => (calls.injected.push(injection), [{ frameId: 0 }]) },
  };
  if (surface === 'android') api.action = { setPopup: async () => undefined };
  if (surface === 'desktop') {
    api.action = {
      setBadgeText: async (details: unknown) => void calls.badge.push(details),
      setBadgeBackgroundColor: async () => undefined,
    };
    api.contextMenus = { create: (item: unknown) => void calls.menuItems.push(item), onClicked: event() };
    api.menus = api.contextMenus;
    api.commands = { onCommand };
  }
  return { api, calls, onMessage, onInstalled, onCommand };
}

/** Imports the background entry afresh on `surface`, with fresh databases and the model served from the extension. */
async function startBackground(surface: Surface) {
  const fake = fakeBrowser(surface);
  vi.resetModules();
  vi.stubGlobal('indexedDB', new IDBFactory());
  // Firefox has both names for the one namespace.
  vi.stubGlobal('browser', fake.api);
  vi.stubGlobal('chrome', fake.api);
  const model = readFileSync(join(process.cwd(), 'src/ner/model.json'), 'utf8');
  vi.stubGlobal('fetch', async (url: string) =>
    url === `${EXTENSION_ORIGIN}/${NER_MODEL_FILE}` ? new Response(model, { status: 200 }) : new Response('', { status: 404 }));
  vi.doMock('webextension-polyfill', () => ({ default: fake.api }));
  await import('./index.ts');
  return fake;
}

/** Sends `message` as `sender` through the listener the background added, as the browser would. */
async function send(fake: ReturnType<typeof fakeBrowser>, message: unknown, sender: typeof CONTENT_SCRIPT | typeof LIBRARY): Promise<unknown> {
  expect(fake.onMessage.listeners).toHaveLength(1);
  return fake.onMessage.listeners[0]!(message, sender);
}

const PARAGRAPH = 'Presiden Joko Widodo meresmikan jalan tol di Semarang, Jawa Tengah, pada Senin pagi.';
const selectors = describeText(PARAGRAPH, PARAGRAPH.indexOf('Semarang'), PARAGRAPH.indexOf('Semarang') + 'Semarang'.length)!;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('webextension-polyfill');
});

describe.each<Surface>(['android', 'android-without-action'])('the background on Firefox for Android (%s)', (surface) => {
  it('starts and installs without the namespaces Android lacks', async () => {
    const fake = await startBackground(surface);
    expect(fake.api.contextMenus).toBeUndefined();
    expect(fake.api.commands).toBeUndefined();
    expect(fake.onInstalled.listeners.length).toBeGreaterThan(0);
    for (const listener of fake.onInstalled.listeners) await listener({ reason: 'install' });
  });

  it('answers every family of message it handles', async () => {
    const fake = await startBackground(surface);

    const entities = (await send(fake, {
      type: 'entities/article', paragraphs: [PARAGRAPH], pageNames: { listed: [], title: null, caption: null }, remember: true,
    }, CONTENT_SCRIPT)) as { entities: Array<Array<{ start: number; end: number; type: string }>> };
    expect(entities.entities).toHaveLength(1);
    // The model was read from the extension's own file and ran: the city is found where it is.
    expect(entities.entities[0]!.map((span) => PARAGRAPH.slice(span.start, span.end))).toContain('Semarang');

    expect(await send(fake, { type: 'content/load-part', part: 'reader' }, CONTENT_SCRIPT)).toEqual({ injected: true });
    expect(fake.calls.injected).toEqual([{ target: { tabId: TAB_ID, frameIds: [0] }, files: [expect.stringMatching(/reader/)] }]);

    // No badge to show the count on: the page is answered all the same.
    expect(await send(fake, { type: 'clutter/count', count: 4 }, CONTENT_SCRIPT)).toEqual({ ok: true });

    const saved = (await send(fake, {
      type: 'page/save-highlight',
      highlight: { articleUrl: ARTICLE.url, title: ARTICLE.title, section: null, selectors, colour: 'yellow', entities: ['Semarang'] },
    }, CONTENT_SCRIPT)) as { highlight: { id: string } };
    expect(saved.highlight.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await send(fake, { type: 'page/list-highlights' }, CONTENT_SCRIPT)).toMatchObject({ highlights: [{ id: saved.highlight.id }] });
    expect(await send(fake, { type: 'notes/get', id: saved.highlight.id }, LIBRARY)).toMatchObject({ highlight: { id: saved.highlight.id, note: '' } });
    expect(await send(fake, { type: 'notes/list-all' }, LIBRARY)).toMatchObject({ groups: [{ highlights: [{ id: saved.highlight.id }] }] });

    expect(await send(fake, { type: 'names/forget' }, LIBRARY)).toEqual({ ok: true });

    expect(await send(fake, { type: 'reading/record', record: ARTICLE }, CONTENT_SCRIPT)).toEqual({ recorded: true });
    expect(await send(fake, { type: 'reading/status', url: ARTICLE.url }, CONTENT_SCRIPT)).toEqual({ enabled: true, recorded: true, saved: false });
    expect(await send(fake, { type: 'reading/list', limit: 10 }, LIBRARY)).toMatchObject({ articles: [{ url: ARTICLE.url }], next: null });
    // The entity link opens the library in a tab of its own, as on desktop.
    expect(await send(fake, { type: 'reading/open-entity', key: 'PER:prabowo subianto' }, CONTENT_SCRIPT)).toEqual({ done: true });
    expect(fake.calls.tabsCreated).toEqual([{ url: expect.stringContaining(`${EXTENSION_ORIGIN}/${LIBRARY_PAGE}#entity=`) }]);
  });
});

describe('the background on desktop Firefox', () => {
  it('adds the selection menu item, listens for the shortcuts and shows the badge', async () => {
    const fake = await startBackground('desktop');
    for (const listener of fake.onInstalled.listeners) await listener({ reason: 'install' });
    expect(fake.calls.menuItems).toEqual([expect.objectContaining({ id: 'highlight-selection', contexts: ['selection'] })]);
    expect(fake.onCommand.listeners).toHaveLength(1);
    expect(await send(fake, { type: 'clutter/count', count: 4 }, CONTENT_SCRIPT)).toEqual({ ok: true });
    expect(fake.calls.badge).toEqual([{ tabId: TAB_ID, text: '4' }]);
  });
});
