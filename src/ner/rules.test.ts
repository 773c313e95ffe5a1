import { describe, expect, it } from 'vitest';
import { findDateline, tagReportSources } from './rules.ts';
import type { Tag } from './types.ts';

const split = (s: string): string[] => s.split(' ');

describe('findDateline', () => {
  it('tags a one- or two-word place and KOMPAS.com', () => {
    expect(findDateline(split('JAKARTA , KOMPAS.com - Presiden'))).toEqual({ length: 4, tags: ['B-LOC', 'O', 'B-ORG', 'O'] });
    expect(findDateline(split('NEW DELHI , KOMPAS.com – Rusia'))!.tags).toEqual(['B-LOC', 'I-LOC', 'O', 'B-ORG', 'O']);
    expect(findDateline(split('KOMPAS.com - Harga'))).toEqual({ length: 2, tags: ['B-ORG', 'O'] });
  });

  it('ignores KOMPAS.com in running text', () => {
    expect(findDateline(split('saat dihubungi Kompas.com , Selasa'))).toBeNull();
    expect(findDateline(split('Menurut Kompas , KOMPAS.com - x'))).toBeNull();
  });
});

describe('tagReportSources', () => {
  const run = (sentence: string, tags?: Tag[]): Tag[] => {
    const words = split(sentence);
    const out = tags ?? words.map((): Tag => 'O');
    tagReportSources(words, out);
    return out;
  };

  it('makes the outlet after "dilansir dari" an organisation', () => {
    expect(run('Dilansir dari Kyiv Independent , serangan')).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O']);
    expect(run('dilansir The Moscow Times pada')).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });

  it('overrides a place or person reading of the outlet', () => {
    expect(run('Dilansir dari Kyiv Independent', ['O', 'O', 'B-LOC', 'I-LOC'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG']);
  });

  it('leaves people quoted with "mengutip" alone', () => {
    expect(run('ia mengutip Jokowi', ['O', 'O', 'B-PER'])).toEqual(['O', 'O', 'B-PER']);
    expect(run('seperti dikutip oleh Jokowi', ['O', 'O', 'O', 'B-PER'])).toEqual(['O', 'O', 'O', 'B-PER']);
  });
});
