import { describe, expect, it, vi } from 'vitest';
import { markGazetteer } from './gazetteer.ts';

const classes = (sentence: string): (string | null)[] =>
  markGazetteer(sentence.split(' ')).map((m) => (m === null ? null : `${m.begins ? 'B' : 'I'}-${m.cls}`));

describe('markGazetteer', () => {
  it('marks multi-word places and country aliases', () => {
    expect(classes('ke Amerika Serikat dan AS')).toEqual([null, 'B-COUNTRY', 'I-COUNTRY', null, 'B-COUNTRY']);
    expect(classes('di Jawa Barat')).toEqual([null, 'B-PROVINCE', 'I-PROVINCE']);
  });

  it('needs capitals for names but not for titles', () => {
    expect(classes('as roda')).toEqual([null, null]);
    expect(classes('menteri luar negeri Rusia')).toEqual(['B-TITLE', 'I-TITLE', 'I-TITLE', 'B-COUNTRY']);
  });

  it('knows organisations and media', () => {
    expect(classes('PBB dan Guardian')).toEqual(['B-ORG', null, 'B-MEDIA']);
  });
});

describe('preparing the gazetteer', () => {
  it('indexes the lists in steps, one list each, once, and matches the same phrases as an index made at first use', async () => {
    vi.resetModules();
    const prepared = await import('./gazetteer.ts');
    const steps = prepared.prepareGazetteerInSteps();
    let count = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) count++;
    expect(count).toBe(12);
    expect([...prepared.prepareGazetteerInSteps()]).toHaveLength(0);

    vi.resetModules();
    const unprepared = await import('./gazetteer.ts');
    const words = 'Presiden Joko Widodo tiba di Amerika Serikat dan Kabupaten Bogor'.split(' ');
    expect(unprepared.markGazetteer(words)).toEqual(prepared.markGazetteer(words));
    expect(prepared.markGazetteer(words).slice(5, 7)).toEqual([{ cls: 'COUNTRY', begins: true }, { cls: 'COUNTRY', begins: false }]);
  });
});
