import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityListItem } from '../../src/messages/messages.ts';
import { DEFAULT_ENTITY_SETTINGS, type EntitySettings } from '../../src/settings/entity-settings.ts';
import { EntityPanel } from './EntityPanel.tsx';
import { ENTITY_MESSAGES, entityMessageLookup } from './entity-messages.ts';

const strings = entityMessageLookup('id');
const ENTITIES: EntityListItem[] = [
  { id: 'PER:antony blinken', type: 'PER', name: 'Antony Blinken', count: 3 },
  { id: 'LOC:india', type: 'LOC', name: 'India', count: 2 },
];

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('main');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function show(entities: readonly EntityListItem[] | null, settings: EntitySettings = DEFAULT_ENTITY_SETTINGS) {
  act(() => {
    render(<EntityPanel entities={entities} settings={settings} onSettingsChange={() => undefined} onReveal={() => undefined} strings={strings} />, container);
  });
}

describe('EntityPanel', () => {
  it('says the article is still being read while its entities are not known, not that it has none', () => {
    show(null);
    const status = container.querySelector('[role="status"]');
    expect(status?.textContent).toBe(ENTITY_MESSAGES.entitiesLoading.id);
    expect(container.textContent).not.toContain(ENTITY_MESSAGES.entitiesNone.id);
    expect(container.querySelector('[data-entity-id]')).toBeNull();
  });

  it('says no names were found for an empty list, and lists the entities with their counts by type', () => {
    show([]);
    expect(container.textContent).toContain(ENTITY_MESSAGES.entitiesNone.id);
    expect(container.querySelector('[data-entity-loading]')).toBeNull();

    show(ENTITIES);
    expect(container.querySelector('[data-entity-loading]')).toBeNull();
    const rows = [...container.querySelectorAll('[data-entity-group] button')].map((button) => [
      button.closest('[data-entity-group]')!.getAttribute('data-entity-group'), button.querySelector('.entity-name')!.textContent,
      button.querySelector('.entity-count')!.firstChild!.textContent,
    ]);
    expect(rows).toEqual([['PER', 'Antony Blinken', '3'], ['LOC', 'India', '2']]);
  });

  it('keeps one polite status region rendered through every state, empty when the list is shown', () => {
    const states: Array<[readonly EntityListItem[] | null, EntitySettings, string]> = [
      [null, DEFAULT_ENTITY_SETTINGS, ENTITY_MESSAGES.entitiesLoading.id],
      [[], DEFAULT_ENTITY_SETTINGS, ENTITY_MESSAGES.entitiesNone.id],
      [ENTITIES, DEFAULT_ENTITY_SETTINGS, ''],
      [ENTITIES, { ...DEFAULT_ENTITY_SETTINGS, enabled: false }, ENTITY_MESSAGES.entitiesOff.id],
    ];
    show(null);
    const region = container.querySelector('[role="status"]');
    for (const [entities, settings, text] of states) {
      show(entities, settings);
      // The same element throughout: a region replaced by another is a new region, whose first text is not read.
      expect(container.querySelectorAll('[role="status"]')).toHaveLength(1);
      expect(container.querySelector('[role="status"]')).toBe(region);
      expect(region?.textContent).toBe(text);
    }
  });

  it('says highlighting is off when it is, whether or not the entities are known yet', () => {
    show(null, { ...DEFAULT_ENTITY_SETTINGS, enabled: false });
    expect(container.textContent).toContain(ENTITY_MESSAGES.entitiesOff.id);
    expect(container.querySelector('[data-entity-loading]')).toBeNull();
  });

  it('says in how many other articles read each entity is named, and opens its library page', () => {
    const opened: string[] = [];
    const counts = { 'PER:antony blinken': 1, 'LOC:india': 0 };
    act(() => {
      render(<EntityPanel entities={ENTITIES} settings={DEFAULT_ENTITY_SETTINGS} onSettingsChange={() => undefined} onReveal={() => undefined}
        strings={strings} otherArticles={counts} onOpenEntity={(key) => opened.push(key)} />, container);
    });
    const links = [...container.querySelectorAll<HTMLButtonElement>('button.entity-elsewhere')];
    expect(links.map((link) => [link.dataset.entityKey, link.textContent])).toEqual([['PER:antony blinken', 'di 1 artikel lain yang kamu baca']]);
    act(() => links[0]!.click());
    expect(opened).toEqual(['PER:antony blinken']);
    show(ENTITIES);
    expect(container.querySelector('.entity-elsewhere')).toBeNull();
    expect(entityMessageLookup('en')('entitiesOtherArticles', '3')).toBe('in 3 other articles you read');
  });
});
