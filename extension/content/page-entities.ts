/**
 * Entity highlighting on the original page. The article body's text is read once and its paragraphs sent to the
 * background's recogniser; their entities are shown with the CSS Custom Highlight API, which leaves the page's DOM
 * alone; browsers without that API get wrapper elements instead.
 */
import type { TextMap } from '../../src/dom-text/text-map.ts';
import {
  clearEntityHighlights,
  FOCUS_HIGHLIGHT,
  registerEntityHighlights,
  type HighlightLike,
  type HighlightRegistryLike,
} from '../../src/entities/entity-highlights.ts';
import { indexEntities, type EntityIndex } from '../../src/entities/entity-index.ts';
import { markMentions, unmarkMentions } from '../../src/entities/entity-marks.ts';
import { recognizeBlocks, type BlockRecognitions, type Mention } from '../../src/entities/mentions.ts';
import { articleBlocks, pageTextMap } from '../../src/entities/page-mentions.ts';
import { propagateNames } from '../../src/entities/propagate.ts';
import { findArticleBody } from '../../src/kompas/article-body.ts';
import type { EntityList } from '../../src/messages/messages.ts';
import type { EntityType } from '../../src/ner/index.ts';
import { showsType, type EntitySettings } from '../../src/settings/entity-settings.ts';
import type { EntityStrings } from '../entities/entity-messages.ts';
import { PAGE_MARK_CSS } from '../entities/entity-styles.ts';
import { recognizeInBackground } from './recognizer.ts';

const FOCUS_MS = 1600;
/** The wrappers' style; the Highlight API's is in the stylesheet the manifest injects (page-stylesheet.ts). */
const MARK_STYLE_ID = 'kompas-reader-entity-style';

interface HighlightApi {
  registry: HighlightRegistryLike;
  create: () => HighlightLike;
}

/** The page's Highlight API, when the browser has one. */
function highlightApi(view: Window): HighlightApi | null {
  const scope = view as unknown as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: new () => HighlightLike };
  const registry = scope.CSS?.highlights;
  const Highlight = scope.Highlight;
  if (!registry || typeof Highlight !== 'function') return null;
  return { registry, create: () => new Highlight() };
}

export class PageEntities {
  private map: TextMap | null = null;
  private mentions: Mention[] = [];
  /** Made when the panel or the wrapping fallback first needs it: highlighting alone does not. */
  private index: EntityIndex | null = null;
  private ranges = new Map<number, Range>();
  private marks: Element[][] = [];
  private readonly api: HighlightApi | null;
  private readonly cursor = new Map<string, number>();
  private analysed: Promise<void> | null = null;
  private settings: EntitySettings;

  constructor(
    private readonly document: Document,
    settings: EntitySettings,
    private readonly strings: EntityStrings,
    /** Shared with the reader view, which shows the same paragraphs. */
    private readonly recognitions: BlockRecognitions,
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
      if (!range || !view) return false;
      const rect = range.getBoundingClientRect();
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
    const map = pageTextMap(body);
    const blocks = articleBlocks(map);
    const recognised = await recognizeBlocks(map.text, blocks, this.recognitions, recognizeInBackground);
    this.map = map;
    this.mentions = propagateNames(map.text, blocks, recognised);
    this.index = null;
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
      this.ranges = registerEntityHighlights(map, this.mentions, enabled, this.api.registry, this.api.create);
      return;
    }
    // Without the Highlight API: wrappers, rebuilt from a fresh map since wrapping splits text nodes.
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
    style.textContent = PAGE_MARK_CSS;
    (this.document.head ?? this.document.documentElement).append(style);
  }
}
