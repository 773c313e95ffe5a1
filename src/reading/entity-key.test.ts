import { describe, expect, it } from 'vitest';
import { MemoryLinks, aliasesOf, canonicalKey, decodeLink, encodeLink, entityKey, linksOf } from './entity-key.ts';

describe('entityKey', () => {
  it.each([
    ['PER', 'Prabowo  Subianto', 'PER:prabowo subianto'],
    ['PER', 'PRABOWO SUBIANTO', 'PER:prabowo subianto'],
    ['LOC', 'Jakarta\u00a0Utara', 'LOC:jakarta utara'],
    ['ORG', 'Komisi Pemilihan Umum (KPU)', 'ORG:komisi pemilihan umum'],
    ['ORG', 'Komisi Pemilihan Umum ( KPU )', 'ORG:komisi pemilihan umum'],
    ['ORG', 'Partai Demokrasi Indonesia Perjuangan (PDI-P)', 'ORG:partai demokrasi indonesia perjuangan'],
    // Not an abbreviation: a bracketed aside in lower case stays part of the name; persons keep brackets too.
    ['ORG', 'Badan Gizi (pusat)', 'ORG:badan gizi (pusat)'],
    ['PER', 'Abdul (AB)', 'PER:abdul (ab)'],
    ['PER', "Ma’ruf Amin", "PER:ma'ruf amin"],
  ] as const)('%s %j is %s', (type, name, key) => {
    expect(entityKey(type, name)).toBe(key);
  });
});

describe('links between names', () => {
  it('links each word of a multi-word person, and an abbreviation both ways', () => {
    const links = linksOf([
      { type: 'PER', name: 'Gibran Rakabuming Raka' },
      { type: 'PER', name: 'Gibran' },
      { type: 'ORG', name: 'Komisi Pemilihan Umum (KPU)' },
      { type: 'ORG', name: 'Bawaslu' },
      { type: 'LOC', name: 'Jawa Barat' },
    ]);
    expect(links.map((l) => `${l.kind} ${l.from} -> ${l.to}`)).toEqual([
      'w PER:gibran -> PER:gibran rakabuming raka',
      'w PER:rakabuming -> PER:gibran rakabuming raka',
      'w PER:raka -> PER:gibran rakabuming raka',
      'a ORG:kpu -> ORG:komisi pemilihan umum',
      'A ORG:komisi pemilihan umum -> ORG:kpu',
    ]);
    for (const link of links) expect(decodeLink(encodeLink(link))).toEqual(link);
  });

  const memory = (...names: Array<[('PER' | 'ORG' | 'LOC'), string]>) => new MemoryLinks(linksOf(names.map(([type, name]) => ({ type, name }))));

  it('merges a one-word person into the one full name that has the word, and not into two', async () => {
    const links = memory(['PER', 'Joko Widodo'], ['PER', 'Bambang Widodo'], ['PER', 'Sri Mulyani Indrawati']);
    expect(links.canonicalNow('PER:mulyani')).toBe('PER:sri mulyani indrawati');
    expect(links.canonicalNow('PER:joko')).toBe('PER:joko widodo');
    expect(links.canonicalNow('PER:widodo')).toBe('PER:widodo');
    expect(links.canonicalNow('LOC:joko')).toBe('LOC:joko');
    expect(await canonicalKey(links, 'PER:joko')).toEqual({ key: 'PER:joko widodo', name: 'Joko Widodo' });
    expect(await aliasesOf(links, 'PER:joko widodo')).toEqual(['PER:joko']);
    expect(await aliasesOf(links, 'PER:sri mulyani indrawati')).toEqual(['PER:sri', 'PER:mulyani', 'PER:indrawati']);
  });

  it('merges an abbreviation into the one full name that introduced it', async () => {
    const links = memory(['ORG', 'Komisi Pemilihan Umum (KPU)'], ['ORG', 'Partai Solidaritas Indonesia (PSI)'], ['ORG', 'Persatuan Sepakbola Indonesia (PSI)']);
    expect(links.canonicalNow('ORG:kpu')).toBe('ORG:komisi pemilihan umum');
    expect(links.canonicalNow('ORG:psi')).toBe('ORG:psi');
    expect(links.canonicalNow('LOC:kpu')).toBe('LOC:kpu');
    expect(await aliasesOf(links, 'ORG:komisi pemilihan umum')).toEqual(['ORG:kpu']);
    expect(await aliasesOf(links, 'ORG:partai solidaritas indonesia')).toEqual([]);
  });
});
