import { describe, expect, it } from 'vitest';
import { isRememberable, NameMemory } from './name-memory.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('NameMemory', () => {
  it('counts sightings, keeps the last type and finds names written exactly as whole words', () => {
    const memory = new NameMemory();
    memory.remember([{ name: 'Dadan Hindayana', type: 'PER' }, { name: 'BGN', type: 'ORG' }], 1000);
    memory.remember([{ name: 'Dadan Hindayana', type: 'PER' }, { name: 'BGN', type: 'LOC' }], 2000);
    expect(memory.records()).toEqual([
      { name: 'Dadan Hindayana', type: 'PER', count: 2, lastSeen: 2000 },
      { name: 'BGN', type: 'LOC', count: 2, lastSeen: 2000 },
    ]);
    expect(memory.namesIn(['Kata  Dadan Hindayana,\tlalu BGN.'], 3000)).toEqual([
      { name: 'Dadan Hindayana', type: 'PER' },
      { name: 'BGN', type: 'LOC' },
    ]);
    expect(memory.namesIn(['dadan hindayana', 'Dadan Hindayanata', 'XDadan Hindayana', 'BGNX', 'Dadan  Hindayana'], 3000)).toEqual([]);
  });

  it('refuses names that are not capitalised full names or abbreviations', () => {
    const memory = new NameMemory();
    const change = memory.remember([
      { name: 'harga beras', type: 'ORG' }, { name: 'Dadan', type: 'PER' }, { name: 'A', type: 'ORG' },
      { name: 'Dadan hindayana', type: 'PER' }, { name: 'Dadan Hindayana', type: 'XYZ' as 'PER' },
    ], 1);
    expect(change.saved).toEqual([]);
    expect(memory.size).toBe(0);
    expect(isRememberable({ name: 'PDI-P', type: 'ORG' })).toBe(true);
    expect(isRememberable({ name: 'Badan Gizi Nasional', type: 'ORG' })).toBe(true);
  });

  it('evicts the least recently seen names beyond its bound', () => {
    const memory = new NameMemory([], { maxNames: 2, forgetAfterMs: 365 * DAY });
    memory.remember([{ name: 'Ani Wulandari', type: 'PER' }], 1);
    memory.remember([{ name: 'Budi Hartono', type: 'PER' }], 2);
    memory.remember([{ name: 'Ani Wulandari', type: 'PER' }], 3);
    const change = memory.remember([{ name: 'Citra Lestari', type: 'PER' }], 4);
    expect(change.forgotten).toEqual(['Budi Hartono']);
    expect(memory.records().map((record) => record.name).sort()).toEqual(['Ani Wulandari', 'Citra Lestari']);
  });

  it('forgets names not seen for its age limit, and does not find them before they are dropped', () => {
    const memory = new NameMemory([], { maxNames: 10, forgetAfterMs: 30 * DAY });
    memory.remember([{ name: 'Ani Wulandari', type: 'PER' }], 0);
    memory.remember([{ name: 'Budi Hartono', type: 'PER' }], 20 * DAY);
    expect(memory.namesIn(['Ani Wulandari dan Budi Hartono'], 31 * DAY)).toEqual([{ name: 'Budi Hartono', type: 'PER' }]);
    expect(memory.forgetOld(31 * DAY)).toEqual(['Ani Wulandari']);
    expect(memory.size).toBe(1);
  });

  it('keeps finding names right while they come, go and are seen again between lookups', () => {
    const memory = new NameMemory([], { maxNames: 3, forgetAfterMs: 30 * DAY });
    const text = ['Dadan Hindayana bertemu Dadan Hindayana Putra, Rina Wati dan Budi Santoso di Bogor.'];
    memory.remember([{ name: 'Dadan Hindayana', type: 'PER' }, { name: 'Rina Wati', type: 'PER' }], 1 * DAY);
    expect(memory.namesIn(text, 1 * DAY).map((name) => name.name)).toEqual(['Dadan Hindayana', 'Rina Wati']);
    // A longer name with the same first word is found before the shorter at the same place.
    memory.remember([{ name: 'Dadan Hindayana Putra', type: 'PER' }], 2 * DAY);
    expect(memory.namesIn(text, 2 * DAY).map((name) => name.name)).toEqual(['Dadan Hindayana', 'Dadan Hindayana Putra', 'Rina Wati']);
    // Seen again, Dadan Hindayana is the most recent; the bound then drops Rina Wati, the least recently seen.
    memory.remember([{ name: 'Dadan Hindayana', type: 'PER' }], 3 * DAY);
    const change = memory.remember([{ name: 'Budi Santoso', type: 'PER' }], 4 * DAY);
    expect(change.forgotten).toEqual(['Rina Wati']);
    expect(memory.namesIn(text, 4 * DAY).map((name) => name.name).sort()).toEqual(['Budi Santoso', 'Dadan Hindayana', 'Dadan Hindayana Putra']);
    // Old names go from the lookups as from the records.
    memory.forgetOld(32 * DAY + 1);
    expect(memory.namesIn(text, 32 * DAY + 1).map((name) => name.name).sort()).toEqual(['Budi Santoso', 'Dadan Hindayana']);
  });

  it('forgets everything when cleared', () => {
    const memory = new NameMemory([{ name: 'Ani Wulandari', type: 'PER', count: 3, lastSeen: 5 }]);
    expect(memory.namesIn(['Ani Wulandari'], 6)).toHaveLength(1);
    memory.clear();
    expect(memory.namesIn(['Ani Wulandari'], 6)).toEqual([]);
  });
});
