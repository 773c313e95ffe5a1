import { describe, expect, it } from 'vitest';
import { tagTeamsAndOutlets, untagProductsAndEvents, untagQuotedWorks } from './products-and-teams.ts';
import type { Tag } from './types.ts';

const split = (s: string): string[] => s.split(' ');

describe('untagProductsAndEvents', () => {
  const run = (sentence: string, tags: Tag[]): Tag[] => {
    const out = [...tags];
    untagProductsAndEvents(split(sentence), out);
    return out;
  };

  it('untags platforms, racing series and taxes the model read as organisations or people', () => {
    expect(run('lagu itu ditonton di YouTube dan Spotify', ['O', 'O', 'O', 'O', 'B-ORG', 'O', 'B-PER'])).toEqual(['O', 'O', 'O', 'O', 'O', 'O', 'O']);
    expect(run('pembalap MotoGP asal Italia', ['O', 'B-ORG', 'O', 'B-LOC'])).toEqual(['O', 'O', 'O', 'B-LOC']);
    expect(run('tarif PPN naik', ['O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'O']);
    expect(run('menang di sesi Sprint .', ['O', 'O', 'O', 'B-PER', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O']);
  });

  it('untags the place of an event named by it, and the span the model made of both', () => {
    expect(run('juara MotoGP Belanda kemarin', ['O', 'B-ORG', 'B-LOC', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(run('juara MotoGP Belanda kemarin', ['O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(run('lolos ke Piala Asia U20', ['O', 'O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O']);
    expect(run('balapan GP Sepang', ['O', 'O', 'B-LOC'])).toEqual(['O', 'O', 'O']);
  });

  it('keeps an organisation after an event head, a product word inside a longer name, and plain places', () => {
    const federation: Tag[] = ['O', 'O', 'B-ORG', 'O'];
    expect(run('turnamen Piala AFF U19', federation)).toEqual(federation);
    const academy: Tag[] = ['B-ORG', 'I-ORG', 'I-ORG'];
    expect(run('Akademi Sprint Nasional', academy)).toEqual(academy);
    const place: Tag[] = ['O', 'O', 'B-LOC', 'O'];
    expect(run('tiba di Asia kemarin', place)).toEqual(place);
    const lower: Tag[] = ['O', 'O', 'B-PER'];
    expect(run('lari sprint Budi', lower)).toEqual(lower);
  });
});

describe('tagTeamsAndOutlets', () => {
  const run = (sentence: string, tags: Tag[]): Tag[] => {
    const out = [...tags];
    tagTeamsAndOutlets(split(sentence), out);
    return out;
  };

  it('types a listed team, maker or outlet read as a place or a person as an organisation', () => {
    expect(run('finis di belakang Aprilia kemarin', ['O', 'O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'O', 'B-ORG', 'O']);
    expect(run('kalah dari Manchester United .', ['O', 'O', 'B-PER', 'I-PER', 'O'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O']);
    expect(run('menurut Sky Italia ,', ['O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('tags one the model left out', () => {
    expect(run('pembalap Ducati itu', ['O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'O']);
    expect(run('bos Tesla dan SpaceX', ['O', 'O', 'O', 'B-LOC'])).toEqual(['O', 'B-ORG', 'O', 'B-ORG']);
  });

  it('keeps a longer name, a lower-case word and an untagged first word', () => {
    const club: Tag[] = ['O', 'B-ORG', 'I-ORG'];
    expect(run('melawan Persija Jakarta', club)).toEqual(club);
    const street: Tag[] = ['O', 'B-LOC', 'I-LOC', 'I-LOC'];
    expect(run('di Jalan Arsenal Raya', street)).toEqual(street);
    const none: Tag[] = ['O', 'O', 'O'];
    expect(run('Persis seperti itu', none)).toEqual(none);
    expect(run('gudang arsenal senjata', none)).toEqual(none);
  });
});

describe('untagQuotedWorks', () => {
  const run = (sentence: string, tags: Tag[]): Tag[] => {
    const out = [...tags];
    untagQuotedWorks(split(sentence), out);
    return out;
  };

  it('untags the quoted title of a song, film or video', () => {
    expect(run('lagu anak “ Kupu Kupu Biru ” viral', ['O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O']);
    expect(run('film " Rumah Senja " tayang', ['O', 'O', 'B-LOC', 'I-LOC', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
  });

  it('keeps a quoted name without such a word before it, and a name after the title word without quotes', () => {
    const quoted: Tag[] = ['O', 'O', 'B-PER', 'I-PER', 'O'];
    expect(run('kata “ Budi Santoso ”', quoted.slice(0, 5) as Tag[])).toEqual(quoted);
    const singer: Tag[] = ['O', 'B-PER', 'I-PER'];
    expect(run('lagu Raisa Andriana', singer)).toEqual(singer);
  });
});
