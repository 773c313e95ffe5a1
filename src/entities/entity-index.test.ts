import { describe, expect, it } from 'vitest';
import { indexEntities } from './entity-index.ts';
import type { Mention } from './mentions.ts';

/** Mentions of `text` in order, each typed; offsets are only positions here. */
function mentions(...items: Array<[string, Mention['type']]>): Mention[] {
  let at = 0;
  return items.map(([text, type]) => {
    const mention = { start: at, end: at + text.length, type, text };
    at += text.length + 10;
    return mention;
  });
}

describe('indexEntities', () => {
  it('merges short forms with the full name they follow, and counts every mention', () => {
    const index = indexEntities(
      mentions(['Antony Blinken', 'PER'], ['Sergei Lavrov', 'PER'], ['Blinken', 'PER'], ['Rusia', 'LOC'],
        ['Lavrov', 'PER'], ['Blinken', 'PER'], ['G20', 'ORG'], ['rusia', 'LOC']),
    );
    const people = index.entities.filter((entity) => entity.type === 'PER');
    expect(people.map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ['Antony Blinken', 3],
      ['Sergei Lavrov', 2],
    ]);
    expect(index.entities.find((entity) => entity.type === 'LOC')).toMatchObject({ name: 'Rusia', mentions: [3, 7] });
    expect(index.entityOfMention[2]).toBe(index.entityOfMention[0]);
    expect(index.entities.map((entity) => entity.type)).toEqual(['PER', 'PER', 'LOC', 'ORG']);
  });

  it('keeps a short form apart when it comes before any full name, or the full name is of another type', () => {
    const index = indexEntities(mentions(['Widodo', 'PER'], ['Joko Widodo', 'PER'], ['Jakarta', 'ORG'], ['Kota Jakarta', 'LOC']));
    expect(index.entities.map((entity) => entity.name)).toEqual(['Widodo', 'Joko Widodo', 'Kota Jakarta', 'Jakarta']);
  });

  it('attaches a short form to the latest matching name', () => {
    const index = indexEntities(mentions(['Ahmad Yani', 'PER'], ['Yani Rahman', 'PER'], ['Yani', 'PER']));
    expect(index.entityOfMention[2]).toBe(index.entityOfMention[1]);
  });
});
