import { describe, expect, it } from 'vitest';
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
