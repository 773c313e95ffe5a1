import { describe, expect, it } from 'vitest';
import { markGazetteer } from './gazetteer.ts';
import { dropLeadingTitles, findDateline, joinBracketedAbbreviations, tagCountriesAsPlaces, tagInitials, tagReportSources, untagCountriesAsModifiers, untagPlacesInTitles, untagSectionLabels } from './rules.ts';
import type { Tag } from './types.ts';

const split = (s: string): string[] => s.split(' ');

describe('findDateline', () => {
  it('tags a one- or two-word place and KOMPAS.com', () => {
    expect(findDateline(split('JAKARTA , KOMPAS.com - Presiden'))).toEqual({ length: 4, tags: ['B-LOC', 'O', 'B-ORG', 'O'] });
    expect(findDateline(split('NEW DELHI , KOMPAS.com – Rusia'))!.tags).toEqual(['B-LOC', 'I-LOC', 'O', 'B-ORG', 'O']);
    expect(findDateline(split('KOMPAS.com - Harga'))).toEqual({ length: 2, tags: ['B-ORG', 'O'] });
  });

  it('reads a dateline whose dash was lost after a place in capitals', () => {
    expect(findDateline(split('MEDAN , KOMPAS.com Harga cabai'))).toEqual({ length: 3, tags: ['B-LOC', 'O', 'B-ORG'] });
    expect(findDateline(split('KOMPAS.com Harga cabai'))).toBeNull();
    expect(findDateline(split('Medan , KOMPAS.com Harga'))).toBeNull();
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

describe('joinBracketedAbbreviations', () => {
  const run = (sentence: string, tags: Tag[]): Tag[] => {
    const out = [...tags];
    joinBracketedAbbreviations(split(sentence), out);
    return out;
  };

  it('takes the abbreviation after an organisation or place into its span', () => {
    expect(run('oleh Dewan Contoh Nasional ( DCN ) pada', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-ORG', 'O', 'O']))
      .toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(run('di Tanjung Lumbu Raya ( Tlr ) kemarin', ['O', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'B-PER', 'O', 'O']))
      .toEqual(['O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'O']);
    expect(run('PT Sejahtera Abadi ( Persero ) dan', ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O']))
      .toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
  });

  it('reads an abbreviation of two words, a glued one, and a name that goes on after the bracket', () => {
    expect(run('Satuan Khusus ( Satsus 12 ) Kota', ['B-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC']))
      .toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'B-LOC']);
    expect(run('Komisi Cuaca (KC) menyebut', ['B-ORG', 'I-ORG', 'B-ORG', 'O'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(run('Pemerintah Kota ( Pemkot ) Lumbu', ['B-ORG', 'I-ORG', 'O', 'O', 'I-ORG', 'I-ORG']))
      .toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
  });

  it('keeps a person and their nickname apart, and leaves ages, asides and untagged names alone', () => {
    const nickname: Tag[] = ['B-PER', 'I-PER', 'O', 'B-PER', 'O'];
    expect(run('Budiman Santosa ( Bubu )', nickname)).toEqual(nickname);
    const age: Tag[] = ['B-ORG', 'I-ORG', 'O', 'O', 'O'];
    expect(run('Koperasi Maju ( 42 )', age)).toEqual(age);
    const aside: Tag[] = ['B-ORG', 'O', 'O', 'O', 'O', 'O'];
    expect(run('Koperasi ( kini sudah bubar )', aside)).toEqual(aside);
    const untagged: Tag[] = ['O', 'O', 'O', 'B-ORG', 'O'];
    expect(run('lembaga itu ( LI )', untagged)).toEqual(untagged);
  });
});

describe('dropLeadingTitles', () => {
  const run = (sentence: string, tags: Tag[]): Tag[] => {
    const words = split(sentence);
    const out = [...tags];
    dropLeadingTitles(words, out, markGazetteer(words));
    return out;
  };

  it('starts a person after the title, rank or form of address the model took into the name', () => {
    expect(run('kata Pak Budiman Santosa', ['O', 'B-PER', 'I-PER', 'I-PER'])).toEqual(['O', 'O', 'B-PER', 'I-PER']);
    expect(run('Nenek Sarimah tinggal', ['B-PER', 'I-PER', 'O'])).toEqual(['O', 'B-PER', 'O']);
    expect(run('AKBP Pol Rudi Hartawan', ['O', 'B-PER', 'I-PER', 'I-PER'])).toEqual(['O', 'O', 'B-PER', 'I-PER']);
    expect(run('Wakil Ketua Lumbu Arsa', ['B-PER', 'I-PER', 'I-PER', 'I-PER'])).toEqual(['O', 'O', 'B-PER', 'I-PER']);
  });

  it('leaves a title with no name after it, royal names, other types and ordinary words alone', () => {
    const alone: Tag[] = ['O', 'B-PER', 'O'];
    expect(run('kata Pak ,', alone)).toEqual(alone);
    const royal: Tag[] = ['B-PER', 'I-PER', 'I-PER'];
    expect(run('Sultan Hamengku Lumbu', royal)).toEqual(royal);
    const organisation: Tag[] = ['B-ORG', 'I-ORG', 'I-ORG'];
    expect(run('Direktur Jenderal Pajak', organisation)).toEqual(organisation);
    const plain: Tag[] = ['B-PER', 'I-PER', 'O'];
    expect(run('Budiman Santosa datang', plain)).toEqual(plain);
  });
});

describe('tagInitials', () => {
  const run = (sentence: string, tags?: Tag[]): Tag[] => {
    const words = split(sentence);
    const out = tags ?? words.map((): Tag => 'O');
    tagInitials(words, out);
    return out;
  };

  it('makes initials after "berinisial" or "inisial" a person, each of a list of them', () => {
    expect(run('pelaku berinisial RKT ditangkap')).toEqual(['O', 'O', 'B-PER', 'O']);
    expect(run('dua pria berinisial AS dan M.R. ditahan')).toEqual(['O', 'O', 'O', 'B-PER', 'O', 'B-PER', 'O']);
    expect(run('dengan inisial AB , CD , dan EF', ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'B-ORG']))
      .toEqual(['O', 'O', 'B-PER', 'O', 'B-PER', 'O', 'O', 'B-PER']);
  });

  it('leaves words after the cue that are not initials, and initials elsewhere, alone', () => {
    expect(run('inisial nama itu')).toEqual(['O', 'O', 'O']);
    expect(run('berinisial Budi')).toEqual(['O', 'O']);
    expect(run('menurut RKT kemarin')).toEqual(['O', 'O', 'O']);
    expect(run('berinisial')).toEqual(['O']);
  });
});

describe('joinBracketedAbbreviations after a person', () => {
  it('makes initials in brackets after a name a person of their own', () => {
    const words = split('direktur Ranti Sulaiman ( RS ) ditahan');
    const tags: Tag[] = ['O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O'];
    joinBracketedAbbreviations(words, tags);
    expect(tags).toEqual(['O', 'B-PER', 'I-PER', 'O', 'B-PER', 'O', 'O']);
  });
});

describe('untagPlacesInTitles', () => {
  const run = (sentence: string, tags: Tag[]): Tag[] => {
    const words = split(sentence);
    const out = [...tags];
    untagPlacesInTitles(words, out, markGazetteer(words));
    return out;
  };

  it('leaves the country of a title untagged', () => {
    expect(run('kata Presiden RI kemarin', ['O', 'O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    // An ordinal between the title and its country: still the country's office.
    expect(run('kata Presiden ke-7 RI kemarin', ['O', 'O', 'O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O']);
    const notTitle: Tag[] = ['O', 'O', 'B-LOC', 'O'];
    expect(run('babak ke-7 Jepang menang', notTitle)).toEqual(notTitle);
    expect(run('Menteri Luar Negeri Korea Selatan tiba', ['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
  });

  it('leaves the province or city of a title untagged, also where the span took in the title\'s last word', () => {
    expect(run('Gubernur Jawa Barat , Dedi', ['O', 'B-LOC', 'I-LOC', 'O', 'B-PER'])).toEqual(['O', 'O', 'O', 'O', 'B-PER']);
    expect(run('Wali Kota Yogyakarta , Hasto', ['O', 'B-LOC', 'I-LOC', 'O', 'B-PER'])).toEqual(['O', 'O', 'O', 'O', 'B-PER']);
    expect(run('kata Wakil Wali Kota Surabaya', ['O', 'O', 'O', 'B-LOC', 'I-LOC'])).toEqual(['O', 'O', 'O', 'O', 'O']);
  });

  it('keeps a city after a place word, in a longer name, and a person after a title', () => {
    const town: Tag[] = ['O', 'O', 'B-LOC', 'I-LOC', 'O'];
    expect(run('tinggal di Kota Yogyakarta sejak', town)).toEqual(town);
    const government: Tag[] = ['B-ORG', 'I-ORG', 'I-ORG', 'O'];
    expect(run('Pemerintah Kota Yogyakarta menutup', government)).toEqual(government);
    const club: Tag[] = ['O', 'B-ORG', 'I-ORG', 'O'];
    expect(run('Pelatih Bandung United mengatakan', club)).toEqual(club);
    const person: Tag[] = ['O', 'O', 'B-PER', 'O'];
    expect(run('Wali Kota Surya mengatakan', person)).toEqual(person);
  });

  it('keeps a country that is not right after a title, one that opens a longer name, and an organisation', () => {
    const place: Tag[] = ['O', 'O', 'B-LOC', 'O'];
    expect(run('ia ke Jepang kemarin', place)).toEqual(place);
    const longer: Tag[] = ['O', 'B-ORG', 'I-ORG'];
    expect(run('Ketua Indonesia Corruption', longer)).toEqual(longer);
    const body: Tag[] = ['O', 'B-ORG', 'I-ORG'];
    expect(run('Ketua DPR RI', body)).toEqual(body);
  });
});

describe('untagSectionLabels', () => {
  const run = (sentence: string, tags: Tag[]): Tag[] => {
    const out = [...tags];
    untagSectionLabels(split(sentence), out);
    return out;
  };

  it('leaves the round-up label of a section untagged', () => {
    expect(run('simak daftar Populer Global hari ini', ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
    expect(run('Populer Nasional Kamis', ['B-ORG', 'I-ORG', 'I-ORG'])).toEqual(['O', 'O', 'B-ORG']);
  });

  it('keeps Kompas.com an organisation of its own, without the section before it or words after it', () => {
    expect(run('di kanal Tekno Kompas.com .', ['O', 'O', 'B-ORG', 'I-ORG', 'O'])).toEqual(['O', 'O', 'O', 'B-ORG', 'O']);
    expect(run('Kompas.com Wali Kota', ['B-LOC', 'I-LOC', 'I-LOC'])).toEqual(['B-ORG', 'O', 'O']);
  });

  it('leaves other names with those words alone', () => {
    expect(run('Bank Global Sejahtera dan Populer', ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']);
    expect(run('wartawan Kompas.com , Budi', ['O', 'B-ORG', 'O', 'B-PER'])).toEqual(['O', 'B-ORG', 'O', 'B-PER']);
    expect(run('harian Kompas Global', ['O', 'B-ORG', 'I-ORG'])).toEqual(['O', 'B-ORG', 'I-ORG']);
  });
});

describe('untagPlacesInTitles, a place and a name in one span', () => {
  const run = (sentence: string, tags: Tag[]): Tag[] => {
    const words = split(sentence);
    const out = [...tags];
    untagPlacesInTitles(words, out, markGazetteer(words));
    return out;
  };

  it('makes the name after a title\'s place a person', () => {
    expect(run('kata Bupati Pati Sudewo .', ['O', 'O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'O', 'O', 'B-PER', 'O']);
    expect(run('tarif Presiden AS Donald Trump ke', ['O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'O']))
      .toEqual(['O', 'O', 'O', 'B-PER', 'I-PER', 'O']);
  });

  it('leaves the bracketed abbreviation of a title\'s place untagged with it', () => {
    expect(run('kata Presiden Amerika Serikat ( AS ) Donald', ['O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'B-PER']))
      .toEqual(['O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-PER']);
  });

  it('keeps a person span, an organisation, a longer place, and a span without a title before it', () => {
    const club: Tag[] = ['O', 'B-ORG', 'I-ORG', 'O'];
    expect(run('Pelatih Bandung Raya mengatakan', club)).toEqual(club);
    const person: Tag[] = ['O', 'B-PER', 'I-PER', 'O'];
    expect(run('Presiden Korea Yoon berkata', person)).toEqual(person);
    const district: Tag[] = ['O', 'O', 'B-LOC', 'I-LOC', 'O'];
    expect(run('kata Bupati Pati utara .', district)).toEqual(district);
    const untitled: Tag[] = ['O', 'B-LOC', 'I-LOC', 'O'];
    expect(run('warga Pati Sudewo .', untitled)).toEqual(untitled);
  });
});

describe('untagCountriesAsModifiers', () => {
  const run = (sentence: string, tags: Tag[]): Tag[] => {
    const words = split(sentence);
    const out = [...tags];
    untagCountriesAsModifiers(words, out, markGazetteer(words));
    return out;
  };

  it('leaves a country after a common noun or verb untagged', () => {
    expect(run('serangan militer Jepang ke', ['O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(run('kapal patroli Korea Selatan terlihat', ['O', 'O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O']);
    expect(run('dukungan rakyat Jerman ,', ['O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'O', 'O']);
  });

  it('keeps a country after a preposition of place, in a list, at the start, or inside a longer span', () => {
    const place: Tag[] = ['O', 'O', 'B-LOC', 'O'];
    expect(run('tiba di Jepang kemarin', place)).toEqual(place);
    expect(run('warga asal Jepang kemarin', place)).toEqual(place);
    const list: Tag[] = ['B-LOC', 'O', 'B-LOC', 'O'];
    expect(run('Spanyol dan Portugal kemarin', list)).toEqual(list);
    const opening: Tag[] = ['B-LOC', 'O'];
    expect(run('Jepang menolak', opening)).toEqual(opening);
    const team: Tag[] = ['B-ORG', 'I-ORG', 'I-ORG', 'O'];
    expect(run('timnas U17 Jepang lolos', team)).toEqual(team);
    const longer: Tag[] = ['O', 'B-LOC', 'I-LOC', 'O'];
    expect(run('kapal Jepang Maru tenggelam', longer)).toEqual(longer);
    const city: Tag[] = ['O', 'B-LOC', 'O'];
    expect(run('warga Surabaya mengeluh', city)).toEqual(city);
  });
});

describe('tagCountriesAsPlaces', () => {
  const run = (sentence: string, tags: Tag[]): Tag[] => {
    const words = split(sentence);
    const out = [...tags];
    tagCountriesAsPlaces(words, out, markGazetteer(words));
    return out;
  };

  it('tags a listed country the model left untagged after a preposition of place', () => {
    expect(run('Pembalap asal Spanyol ini', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-LOC', 'O']);
    expect(run('berkumpul di Korea Selatan pada', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-LOC', 'I-LOC', 'O']);
    expect(run('ibu kota Ukraina ,', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-LOC', 'O']);
  });

  it('leaves a country after other words, a city, and what the model tagged already', () => {
    const modifier: Tag[] = ['O', 'O', 'O', 'O'];
    expect(run('serangan militer Jepang ke', modifier)).toEqual(modifier);
    expect(run('sebuah kota Jepang di', modifier)).toEqual(modifier);
    const city: Tag[] = ['O', 'O', 'O'];
    expect(run('tiba di Surabaya', city)).toEqual(city);
    const organisation: Tag[] = ['O', 'O', 'B-ORG', 'I-ORG'];
    expect(run('bertemu di Jepang Airlines', organisation)).toEqual(organisation);
  });
});
