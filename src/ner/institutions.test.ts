import { describe, expect, it } from 'vitest';
import { markGazetteer } from './gazetteer.ts';
import { joinRegionalBodies, tagFacilities } from './institutions.ts';
import type { Tag } from './types.ts';

const split = (s: string): string[] => s.split(' ');

describe('joinRegionalBodies', () => {
  const run = (sentence: string, tags: Tag[]): Tag[] => {
    const words = split(sentence);
    const out = [...tags];
    joinRegionalBodies(words, out, markGazetteer(words));
    return out;
  };

  it('takes the region after a regional body into one organisation', () => {
    expect(run('ke Polda Jawa Barat kemarin', ['O', 'B-ORG', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(run('oleh Polres Lumbu Raya ,', ['O', 'O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(run('Pemkab Tanjung Lor menolak', ['B-LOC', 'I-LOC', 'I-LOC', 'O'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(run('pelatih timnas U20 Indonesia ,', ['O', 'O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });

  it('takes "timnas" into the team the model began on its age group, or a country it left untagged', () => {
    expect(run('membawa timnas U17 Indonesia lolos', ['O', 'O', 'B-ORG', 'I-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(run('di mana timnas U-17 Indonesia berhasil', ['O', 'O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    const nickname: Tag[] = ['O', 'O', 'O', 'O'];
    expect(run('membawa timnas Garuda lolos', nickname)).toEqual(nickname);
  });

  it('takes a region the model left untagged after the head, and no title or lower-case word', () => {
    expect(run('Kasat Lantas Polres Lumbuharjo AKP Contoh', ['O', 'O', 'O', 'O', 'O', 'B-PER'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O', 'B-PER']);
    expect(run('oleh Polda Jawa Barat ,', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    const untouched: Tag[] = ['O', 'O', 'O', 'O', 'O'];
    expect(run('dibawa ke Polres AKP Contoh', untouched)).toEqual(untouched);
    expect(run('dibawa ke Polres setempat kemarin', untouched)).toEqual(untouched);
    expect(run('kata pelatih timnas Lumbuharjo', untouched.slice(0, 4))).toEqual(untouched.slice(0, 4));
  });

  it('reads "Satpol PP" as an organisation, with the region after it', () => {
    expect(run('disita Satpol PP atas perintah', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
    expect(run('petugas Satpol PP Kota Lumbu datang', ['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    const untouched: Tag[] = ['O', 'O', 'O', 'O'];
    expect(run('seorang Satpol menjaga pintu', untouched)).toEqual(untouched);
  });

  it('leaves a generic unit before the body untagged', () => {
    expect(run('Subdit Siber Polda Bali menyita', ['B-ORG', 'I-ORG', 'I-ORG', 'B-LOC', 'O'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('reads a region\'s government as one organisation', () => {
    expect(run('bantuan Pemerintah Kabupaten Lumbu Raya untuk', ['O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'O']))
      .toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
  });

  it('joins a listed place after an organisation\'s bracketed abbreviation, not after a party\'s', () => {
    expect(run('Badan Contoh Daerah ( BCD ) Bali menyebut', ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'B-LOC', 'O']))
      .toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    const party: Tag[] = ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'B-LOC', 'O'];
    expect(run('Partai Contoh ( PC ) Bali menyebut', party)).toEqual(party);
    const unit: Tag[] = ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'O'];
    expect(run('Biro Contoh ( BC ) Divisi Umum menyebut', unit)).toEqual(unit);
  });

  it('leaves a body inside a place, inside brackets, or without a region alone', () => {
    const building: Tag[] = ['O', 'B-LOC', 'I-LOC', 'I-LOC', 'O'];
    expect(run('di Gedung DPRD Bali ,', building)).toEqual(building);
    const bracketed: Tag[] = ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'];
    expect(run('Dewan Rakyat Daerah ( DPRD ) Bali ,', bracketed)).toEqual(bracketed);
    const alone: Tag[] = ['O', 'B-ORG', 'O', 'B-PER'];
    expect(run('kata Polda , Budi', alone)).toEqual(alone);
    const lower: Tag[] = ['O', 'O', 'B-LOC', 'O'];
    expect(run('pemerintah kabupaten Bali ,', lower)).toEqual(lower);
  });
});

describe('tagFacilities', () => {
  const run = (sentence: string, tags: Tag[]): Tag[] => {
    const out = [...tags];
    tagFacilities(split(sentence), out);
    return out;
  };

  it('makes a facility with its head a place', () => {
    expect(run('di Gedung Sapta Pesona ,', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'I-LOC', 'O']);
    expect(run('Sirkuit Lumbu memang', ['B-PER', 'I-PER', 'O'])).toEqual(['B-LOC', 'I-LOC', 'O']);
  });

  it('takes a head the model left out into the place after it', () => {
    expect(run('ke Mapolres Tanjung Lor pada', ['O', 'O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'I-LOC', 'O']);
  });

  it('leaves the White House, a lone head and lower-case words alone', () => {
    const whiteHouse: Tag[] = ['O', 'B-ORG', 'I-ORG'];
    expect(run('kata Gedung Putih', whiteHouse)).toEqual(whiteHouse);
    const alone: Tag[] = ['B-LOC', 'O', 'O'];
    expect(run('Museum itu dibuka', alone)).toEqual(alone);
    const lower: Tag[] = ['O', 'O', 'B-LOC'];
    expect(run('gedung di Bali', lower)).toEqual(lower);
  });
});
