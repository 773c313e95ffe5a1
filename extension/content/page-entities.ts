/**
 * Entity highlighting on the original page. The article body's text is read and its paragraphs, with the page's own
 * names, sent to the background, which reads them as one article (extension/background/entity-recognition.ts); their
 * entities are shown with the CSS Custom Highlight API, which leaves the page's DOM
 * alone; browsers without that API get wrapper elements instead. When the page changes the article afterwards (a
 * paragraph added late, a name wrapped in a link, a reader's highlight splitting a text node), the highlights are
 * placed again; the background keeps what it recognised, so only paragraphs it has not read cost it recognising.
 */
import type { TextMap } from '../../src/dom-text/text-map.ts';
import { liveRangeOf } from '../../src/dom-text/text-range.ts';
import {
  clearEntityHighlights,
  FOCUS_HIGHLIGHT,
  registerEntityHighlights,
  type HighlightLike,
  type HighlightRegistryLike,
  type PagePalette,
} from '../../src/entities/entity-highlights.ts';
import { indexEntities, type EntityIndex } from '../../src/entities/entity-index.ts';
import { markMentions, unmarkMentions } from '../../src/entities/entity-marks.ts';
import { findArticleMentions, type Mention, type RecognizeArticle } from '../../src/entities/mentions.ts';
import { articleBlocks, pageTextMap } from '../../src/entities/page-mentions.ts';
import { effectiveBackground, paletteFor } from '../../src/entities/page-palette.ts';
import { findArticleBody } from '../../src/kompas/article-body.ts';
import { readPageNames, type PageNames } from '../../src/kompas/page-names.ts';
import type { EntityList } from '../../src/messages/messages.ts';
import type { EntityType } from '../../src/ner/index.ts';
import { showsType, type EntitySettings } from '../../src/settings/entity-settings.ts';
import type { EntityStrings } from '../entities/entity-messages.ts';
import { pageMarkCss } from '../entities/entity-styles.ts';
import { articleTextOf } from './reading-record.ts';
import { recognizeInBackground } from './recognizer.ts';

const FOCUS_MS = 1600;
/**
 * How long the article must stay unchanged before the highlights are placed again: a page adding an ad or a
 * paragraph changes it several times in a row.
 */
const SETTLE_MS = 150;
/** The changes to the article that move or replace its text nodes. */
const ARTICLE_CHANGES: MutationObserverInit = { childList: true, characterData: true, subtree: true };
/** The wrappers' style; the Highlight API's is in the stylesheet the manifest injects (page-stylesheet.ts). */
const MARK_STYLE_ID = 'kompas-reader-entity-style';

interface HighlightApi {
  registry: HighlightRegistryLike;
  create: () => HighlightLike;
  createRange: (boundaries: StaticRangeInit) => AbstractRange;
}

/** The page's Highlight API, when the browser has one (with static ranges, which come with it). */
function highlightApi(view: Window): HighlightApi | null {
  const scope = view as unknown as {
    CSS?: { highlights?: HighlightRegistryLike };
    Highlight?: new () => HighlightLike;
    StaticRange?: new (boundaries: StaticRangeInit) => AbstractRange;
  };
  const registry = scope.CSS?.highlights;
  const { Highlight, StaticRange } = scope;
  if (!registry || typeof Highlight !== 'function' || typeof StaticRange !== 'function') return null;
  return { registry, create: () => new Highlight(), createRange: (boundaries) => new StaticRange(boundaries) };
}

/** A live Range over a static one's boundaries, for measuring; null when the page has changed them away. */
function liveRange(range: AbstractRange): Range | null {
  try {
    return liveRangeOf(range);
  } catch {
    return null;
  }
}

export class PageEntities {
  private map: TextMap | null = null;
  private mentions: Mention[] = [];
  /** Made when the panel or the wrapping fallback first needs it: highlighting alone does not. */
  private index: EntityIndex | null = null;
  private ranges = new Map<number, AbstractRange>();
  private marks: Element[][] = [];
  private readonly api: HighlightApi | null;
  private readonly cursor = new Map<string, number>();
  private analysed: Promise<void> | null = null;
  private settings: EntitySettings;
  /** The colours that stand out on the article's background, read once when the article is first read. */
  private palette: PagePalette = 'light';
  /** The names the page lists for its article (tags, keyword links, title, caption), read with the article. */
  private pageNames: PageNames = { listed: [], title: null, caption: null };
  /** Watches the article for changes that move its text nodes, which static ranges do not follow. */
  private watcher: MutationObserver | null = null;
  private settleTimer: number | undefined;
  private readonly changeListeners: Array<() => void> = [];
  /** Whether a reading of this article has gone to the name memory: an article teaches it once. */
  private taught = false;
  /** The last reading of the article queued: readings run one at a time, in order. */
  private following: Promise<void> = Promise.resolve();

  constructor(
    private readonly document: Document,
    settings: EntitySettings,
    private readonly strings: EntityStrings,
    /**
     * Reads the article with the page's names; `remember`: whether the reading teaches the name memory, which the
     * page's first reading of its article does and none after it.
     */
    private readonly readArticle: (pageNames: PageNames, remember: boolean) => RecognizeArticle = recognizeInBackground,
  ) {
    this.settings = settings;
    this.api = this.document.defaultView ? highlightApi(this.document.defaultView) : null;
  }

  /** Reads the article once (later calls share the work) and shows the entities the settings ask for. */
  start(): Promise<void> {
    this.analysed ??= this.analyse().then(() => this.show(), (error: unknown) => {
      // The page stays as it is; the next start (a switch, the popup) tries again.
      this.analysed = null;
      console.error('Teman Baca: entities are unavailable', error);
    });
    return this.analysed;
  }

  /** Applies new settings; the first time entities are on, this is what starts the reading. */
  update(settings: EntitySettings): void {
    this.settings = settings;
    if (this.analysed) void this.analysed.then(() => this.show());
    else if (settings.enabled) void this.start();
  }

  list(): EntityList {
    const available = this.map !== null && this.settings.enabled;
    const entities = available
      ? this.entityIndex().entities
        .filter((entity) => showsType(this.settings, entity.type))
        .map((entity) => ({ id: entity.id, type: entity.type, name: entity.name, count: entity.mentions.length }))
      : [];
    return { available, entities };
  }

  /**
   * The article body's text as last read (its article blocks, one paragraph each), or null before the first
   * reading: the reading memory records this rather than reading the DOM again.
   */
  articleText(): string | null {
    return this.map ? articleTextOf(this.map) : null;
  }

  /** Scrolls to the entity's next mention, wrapping round, and marks it briefly. False for an unknown entity. */
  reveal(id: string): boolean {
    const entity = this.entityIndex().entities.find((candidate) => candidate.id === id);
    if (!entity || entity.mentions.length === 0) return false;
    const next = ((this.cursor.get(id) ?? -1) + 1) % entity.mentions.length;
    this.cursor.set(id, next);
    const mention = entity.mentions[next]!;
    const view = this.document.defaultView;
    if (this.api) {
      const range = this.ranges.get(mention);
      const live = range && liveRange(range);
      if (!range || !live || !view) return false;
      const rect = live.getBoundingClientRect();
      view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior: 'smooth' });
      const focus = this.api.create();
      focus.add(range);
      this.api.registry.set(FOCUS_HIGHLIGHT, focus);
      view.setTimeout(() => this.api?.registry.delete(FOCUS_HIGHLIGHT), FOCUS_MS);
      return true;
    }
    const elements = this.marks[mention] ?? [];
    const first = elements[0] as HTMLElement | undefined;
    if (!first) return false;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const element of elements) element.classList.add('entity-focus');
    view?.setTimeout(() => elements.forEach((element) => element.classList.remove('entity-focus')), FOCUS_MS);
    return true;
  }

  private async analyse(): Promise<void> {
    const body = findArticleBody(this.document);
    if (!body) return;
    this.palette = paletteFor(effectiveBackground(body));
    this.pageNames = readPageNames(this.document);
    // Watched from before the first reading: a change while the background answers is followed too.
    this.watch(body);
    await this.inTurn(() => this.read(body));
  }

  /** Runs `task` after every reading before it: a later reading of the article never loses to an earlier one. */
  private inTurn(task: () => Promise<void>): Promise<void> {
    const run = this.following.then(task);
    this.following = run.catch(() => undefined);
    return run;
  }

  /** Reads the article in `body`: its text, and the entities of paragraphs the recogniser has not read yet. */
  private async read(body: Element): Promise<void> {
    const map = pageTextMap(body);
    if (map.text !== this.map?.text) {
      this.mentions = await findArticleMentions(map.text, articleBlocks(map), this.readArticle(this.pageNames, !this.taught));
      this.taught = true;
      this.index = null;
      this.cursor.clear();
    }
    this.map = map;
  }

  private watch(body: Element): void {
    const view = this.document.defaultView;
    if (!view) return;
    this.watcher?.disconnect();
    this.watcher = new view.MutationObserver(() => {
      view.clearTimeout(this.settleTimer);
      this.settleTimer = view.setTimeout(() => {
        this.inTurn(() => this.followChanges()).catch((error: unknown) => {
          console.error('Teman Baca: entities could not follow the page', error);
        });
      }, SETTLE_MS);
    });
    this.watcher.observe(body, ARTICLE_CHANGES);
  }

  /** After the page changed the article: read it again (the body itself, if the page replaced it) and show it. */
  private async followChanges(): Promise<void> {
    const root = this.map?.root as Element | undefined;
    const body = root?.isConnected ? root : findArticleBody(this.document);
    if (!body) {
      this.clear();
      return;
    }
    const before = this.map?.text;
    await this.read(body);
    if (body !== root) this.watch(body);
    this.show();
    if (this.map?.text !== before) for (const listener of this.changeListeners) listener();
  }

  /** Calls `listener` each time the page changed the article's text and it was read again (a paragraph added late). */
  onArticleChanged(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  private entityIndex(): EntityIndex {
    this.index ??= indexEntities(this.mentions);
    return this.index;
  }

  private show(): void {
    const map = this.map;
    if (!map) return;
    const enabled: Record<EntityType, boolean> = {
      PER: showsType(this.settings, 'PER'),
      LOC: showsType(this.settings, 'LOC'),
      ORG: showsType(this.settings, 'ORG'),
    };
    if (this.api) {
      this.ranges = registerEntityHighlights(
        map, this.mentions, enabled, this.api.registry, this.api.create, this.api.createRange, this.palette,
      );
      return;
    }
    // Without the Highlight API: wrappers, rebuilt from a fresh map since wrapping splits text nodes. Our own
    // changes are not the page's: the watcher does not see them.
    const watched = this.watcher !== null;
    this.watcher?.disconnect();
    this.ensureMarkStyle();
    unmarkMentions(map.root as Element);
    this.map = pageTextMap(map.root as Element);
    const shown = this.mentions.map((mention, index) => ({ mention, index })).filter(({ mention }) => enabled[mention.type]);
    const { entityOfMention } = this.entityIndex();
    const wrapped = markMentions(this.map, shown.map(({ mention }) => mention), {
      typeLabels: { PER: this.strings('entityRolePER'), LOC: this.strings('entityRoleLOC'), ORG: this.strings('entityRoleORG') },
      entityOfMention: shown.map(({ index }) => entityOfMention[index] ?? ''),
    });
    this.marks = [];
    shown.forEach(({ index }, i) => (this.marks[index] = wrapped[i] ?? []));
    if (watched) this.watcher!.observe(map.root, ARTICLE_CHANGES);
  }

  /** Takes every highlight off the page. */
  clear(): void {
    if (this.api) clearEntityHighlights(this.api.registry);
    else if (this.map) unmarkMentions(this.map.root as Element);
  }

  private ensureMarkStyle(): void {
    if (this.document.getElementById(MARK_STYLE_ID)) return;
    const style = this.document.createElement('style');
    style.id = MARK_STYLE_ID;
    style.textContent = pageMarkCss(this.palette);
    (this.document.head ?? this.document.documentElement).append(style);
  }
}
