/**
 * Entities in the reader view: every mention wrapped in an element of ours (the reader's DOM is ours, so the type
 * can be an attribute and an accessible role description), and the entity panel beside the article.
 */
import { h } from 'preact';
import { buildTextMap } from '../../src/dom-text/text-map.ts';
import { indexEntities, type EntityIndex } from '../../src/entities/entity-index.ts';
import { ENTITY_TAG, markMentions, unmarkMentions } from '../../src/entities/entity-marks.ts';
import { findMentionsBy, type Mention, type RecognizeArticle } from '../../src/entities/mentions.ts';
import { readPageNames, type PageNames } from '../../src/kompas/page-names.ts';
import { showsType, type EntitySettings } from '../../src/settings/entity-settings.ts';
import { EntityPanel } from '../entities/EntityPanel.tsx';
import { READER_ENTITY_CSS, entityPanelCss } from '../entities/entity-styles.ts';
import type { EntityStrings } from '../entities/entity-messages.ts';
import type { ReaderHandle } from '../reader/mount-reader.ts';
import { entityKey } from '../../src/reading/entity-key.ts';
import { recognizeInBackground } from './recognizer.ts';

/** The reading memory, as the reader's panel uses it. */
export interface ReaderEntityMemory {
  /** For each key, in how many other articles read it is named; null when unknown (history off, no answer). */
  counts: (keys: string[]) => Promise<Record<string, number> | null>;
  /** Opens the entity's page in the library. */
  open: (key: string) => void;
}

const FOCUS_MS = 1600;

export class ReaderEntities {
  private mentions: Mention[] = [];
  private index: EntityIndex = { entities: [], entityOfMention: [] };
  private readonly cursor = new Map<string, number>();
  /** Set once recognition has started. */
  private recognised: Promise<void> | null = null;
  /** "di N artikel lain yang kamu baca", by entity key, once the background has answered. */
  private otherArticles: Record<string, number> | null = null;

  constructor(
    private readonly handle: ReaderHandle,
    private readonly content: Element,
    private settings: EntitySettings,
    private readonly strings: EntityStrings,
    private readonly saveSettings: (settings: EntitySettings) => void,
    /**
     * Reads the reader's article with the page's names, never teaching the name memory: the page's highlighting,
     * which reads the same article, is what teaches it. The background keeps the paragraphs the page had read.
     */
    private readonly readArticle: (pageNames: PageNames, remember: boolean) => RecognizeArticle = recognizeInBackground,
    private readonly memory: ReaderEntityMemory | null = null,
  ) {
    handle.addStyles(`${READER_ENTITY_CSS}\n${entityPanelCss('reader')}`);
    this.apply();
    if (settings.enabled) this.recognise();
  }

  update(settings: EntitySettings): void {
    this.settings = settings;
    this.apply();
    if (settings.enabled) this.recognise();
  }

  /** Recognises the reader's text once (asking the background for paragraphs the page has not had read), then marks it. */
  private recognise(): void {
    if (this.recognised) return;
    unmarkMentions(this.content);
    // The page's own names are read from the page, which holds the tags, the keyword links and the caption.
    const pageNames = readPageNames(this.content.ownerDocument);
    this.recognised = findMentionsBy(buildTextMap(this.content), this.readArticle(pageNames, false)).then((mentions) => {
      this.mentions = mentions;
      this.index = indexEntities(this.mentions);
      this.apply();
      this.askCounts();
    }).catch((error: unknown) => {
      // The reader stays usable without entities; the next switch or opening tries again.
      this.recognised = null;
      console.error('Teman Baca: entities are unavailable', error);
    });
  }

  /** Asks the reading memory in how many other articles each entity is named, and shows it in the panel. */
  private askCounts(): void {
    const keys = [...new Set(this.index.entities.map((entity) => entityKey(entity.type, entity.name)))];
    if (!this.memory || keys.length === 0) return;
    this.memory.counts(keys).then((counts) => {
      this.otherArticles = counts;
      this.renderPanel();
    }).catch(() => undefined);
  }

  /** Re-marks the mentions of the types switched on; a fresh map each time, as marking splits text nodes. */
  private apply(): void {
    unmarkMentions(this.content);
    const shown = this.mentions.map((mention, index) => ({ mention, index })).filter(({ mention }) => showsType(this.settings, mention.type));
    if (shown.length > 0) {
      // Offsets were taken before any marking; unmarking restored the same text, so they still hold.
      markMentions(buildTextMap(this.content), shown.map(({ mention }) => mention), {
        typeLabels: { PER: this.strings('entityRolePER'), LOC: this.strings('entityRoleLOC'), ORG: this.strings('entityRoleORG') },
        entityOfMention: shown.map(({ index }) => this.index.entityOfMention[index] ?? ''),
      });
    }
    this.renderPanel();
  }

  private renderPanel(): void {
    const entities = this.settings.enabled
      ? this.index.entities
        .filter((entity) => showsType(this.settings, entity.type))
        .map((entity) => ({ id: entity.id, type: entity.type, name: entity.name, count: entity.mentions.length }))
      : [];
    this.handle.setAside(h(EntityPanel, {
      entities,
      settings: this.settings,
      onSettingsChange: (settings: EntitySettings) => {
        this.update(settings);
        this.saveSettings(settings);
      },
      onReveal: (id: string) => this.reveal(id),
      strings: this.strings,
      idPrefix: 'reader-entities',
      otherArticles: this.otherArticles,
      onOpenEntity: this.memory?.open,
    }), { label: this.strings('entitiesToggle'), count: this.settings.enabled ? entities.length : null });
  }

  /** Scrolls to the entity's next mention in the reader and outlines it briefly. */
  reveal(id: string): void {
    const elements = Array.from(this.content.querySelectorAll(`${ENTITY_TAG}[data-entity-id="${CSS.escape(id)}"]`));
    const mentions = [...new Set(elements.map((element) => element.getAttribute('data-mention')))];
    if (mentions.length === 0) return;
    const next = ((this.cursor.get(id) ?? -1) + 1) % mentions.length;
    this.cursor.set(id, next);
    const parts = elements.filter((element) => element.getAttribute('data-mention') === mentions[next]);
    (parts[0] as HTMLElement | undefined)?.scrollIntoView({ block: 'center' });
    for (const part of parts) part.classList.add('entity-focus');
    setTimeout(() => parts.forEach((part) => part.classList.remove('entity-focus')), FOCUS_MS);
  }
}
