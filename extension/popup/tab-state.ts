/**
 * What the popup knows of the tab it was opened over, filled in part by part as the page answers. The clutter count
 * and the reader's status answer at once; the entity list may wait for the recogniser to load and read the article,
 * and must not hold the rest of the popup back.
 */
import {
  parseClutterStatus,
  parseEntityList,
  parseHighlightStatus,
  parseReaderStatus,
  type ClutterStatus,
  type EntityList,
  type HighlightStatus,
  type ReaderStatus,
} from '../../src/messages/messages.ts';

/** The parts asked after the clutter status; null until the page has answered. */
export interface TabParts {
  reader: ReaderStatus | null;
  entities: EntityList | null;
  highlights: HighlightStatus | null;
}

export type TabState =
  | { kind: 'loading' }
  | { kind: 'not-kompas' }
  /** A Kompas tab whose content script does not answer: opened before the extension was installed. */
  | { kind: 'not-ready' }
  | ({ kind: 'ready'; tabId: number; status: ClutterStatus } & TabParts);

/** Sends a message of `type` to the tab's content scripts; resolves with their answer. */
export type AskTab = (type: string) => Promise<unknown>;

/** A change to the popup's state, applied to whatever the state is when the answer arrives. */
export type TabStateChange = (current: TabState) => TabState;

type PartName = keyof TabParts;

/** How to ask for each part, and what stands for it when the page cannot answer. */
const PARTS: { [P in PartName]: { type: string; parse: (value: unknown) => NonNullable<TabParts[P]>; fallback: NonNullable<TabParts[P]> } } = {
  reader: { type: 'reader/status', parse: parseReaderStatus, fallback: { available: false, open: false } },
  entities: { type: 'entities/list', parse: parseEntityList, fallback: { available: false, entities: [] } },
  highlights: { type: 'highlights/status', parse: parseHighlightStatus, fallback: { drawn: 0, notFound: [] } },
};

/**
 * Reads one tab's state for the popup, again on every `refresh()`. Each answer is applied as it arrives; a part
 * already shown stays until its new answer replaces it, so a refresh never blanks the popup, and a part still being
 * answered is not asked again (the entity list can take longer than the refresh interval on a slow machine).
 */
export class TabReader {
  private readonly pending = new Set<PartName>();

  constructor(
    private readonly tabId: number,
    private readonly ask: AskTab,
    private readonly apply: (change: TabStateChange) => void,
  ) {}

  async refresh(): Promise<void> {
    let status: ClutterStatus;
    try {
      status = parseClutterStatus(await this.ask('clutter/status'));
    } catch {
      this.apply(() => ({ kind: 'not-ready' }));
      return;
    }
    const tabId = this.tabId;
    this.apply((current) => current.kind === 'ready' && current.tabId === tabId
      ? { ...current, status }
      : { kind: 'ready', tabId, status, reader: null, entities: null, highlights: null });
    await Promise.all((Object.keys(PARTS) as PartName[]).map((part) => this.refreshPart(part)));
  }

  private async refreshPart<P extends PartName>(part: P): Promise<void> {
    if (this.pending.has(part)) return;
    this.pending.add(part);
    const { type, parse, fallback } = PARTS[part];
    // A part that fails (the page navigating away, say) must not blank the rest: it shows as empty.
    const value = await this.ask(type).then(parse).catch(() => fallback);
    this.pending.delete(part);
    this.apply((current) => (current.kind === 'ready' && current.tabId === this.tabId ? { ...current, [part]: value } : current));
  }
}

/** What the popup needs to know of a tab to choose it. */
export interface TabFacts {
  id?: number;
  url?: string;
  lastAccessed?: number;
}

/**
 * The tab the popup speaks for, given the window's active tab. Where the popup opens as a page of its own (Firefox for
 * Android opens it as a tab), the active tab is the popup itself: the reader came from the Kompas tab they used last.
 */
export function chooseTargetTab<T extends TabFacts>(active: T | undefined, ownOrigin: string, kompasTabs: () => Promise<readonly T[]>): Promise<T | undefined> {
  if (!active?.url?.startsWith(ownOrigin)) return Promise.resolve(active);
  return kompasTabs().then((tabs) => [...tabs].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0]);
}
