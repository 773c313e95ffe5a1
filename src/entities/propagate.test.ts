import { describe, expect, it } from 'vitest';
import type { Mention } from './mentions.ts';
import { propagateNames } from './propagate.ts';

const at = (text: string, needle: string, type: Mention['type'], from = 0): Mention => {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length, type, text: needle };
};

describe('propagateNames', () => {
  const text = 'Menlu Antony Blinken tiba di Delhi.\nBlinken juga bertemu Lavrov. Delhi panas. Blinkenisme bukan nama. blinken juga.';
  const blocks = [{ start: 0, end: text.indexOf('\n') }, { start: text.indexOf('\n') + 1, end: text.length }];

  it('adds later occurrences of a recognised name and of a person’s surname, as whole capitalised words', () => {
    const result = propagateNames(text, blocks, [at(text, 'Antony Blinken', 'PER'), at(text, 'Delhi', 'ORG')]);
    const added = result.filter((mention) => mention.start > text.indexOf('\n'));
    expect(added.map((mention) => [mention.text, mention.type])).toEqual([['Blinken', 'PER'], ['Delhi', 'ORG']]);
    expect(result.map((mention) => mention.start)).toEqual([...result.map((mention) => mention.start)].sort((a, b) => a - b));
  });

  it('does not follow a one-word place: a country or city recurs as a modifier or an actor, which are not places', () => {
    const story = 'Menlu tiba di Delhi dan Papua Nugini.\nPemerintah Delhi menyambut; Papua Nugini menolak.';
    const second = story.indexOf('\n') + 1;
    const result = propagateNames(story, [{ start: 0, end: second - 1 }, { start: second, end: story.length }], [
      at(story, 'Delhi', 'LOC'), at(story, 'Papua Nugini', 'LOC'),
    ]);
    const added = result.filter((mention) => mention.start >= second).map((mention) => [mention.text, mention.type]);
    expect(added).toEqual([['Papua Nugini', 'LOC']]);
  });

  it('follows no word of a person\'s name that is not written in letters', () => {
    const story = 'Pelatih Zambia U17 memuji lawan.\nPiala Dunia U17 dimulai; Zambia siap.';
    const second = story.indexOf('\n') + 1;
    const result = propagateNames(story, [{ start: 0, end: second - 1 }, { start: second, end: story.length }], [at(story, 'Zambia U17', 'PER')]);
    const added = result.filter((mention) => mention.start >= second).map((mention) => mention.text);
    expect(added).toEqual(['Zambia']);
  });

  it('never overlaps an existing mention and reads only inside the given blocks', () => {
    const result = propagateNames(text, [blocks[0]!], [at(text, 'Antony Blinken', 'PER')]);
    expect(result).toHaveLength(1);
  });

  it('prefers the longest name at a place and reads names with dots and digits whole', () => {
    const story = 'Menlu Rusia Sergei Lavrov mengutip KOMPAS.com dan G20.\nSergei Lavrov lalu pergi; Lavrov, KOMPAS.com, G20, G201.';
    const [first, second] = [story.slice(0, story.indexOf('\n')), story.indexOf('\n') + 1];
    const result = propagateNames(story, [{ start: 0, end: first.length }, { start: second, end: story.length }], [
      at(story, 'Sergei Lavrov', 'PER'), at(story, 'KOMPAS.com', 'ORG'), at(story, 'G20', 'ORG'),
    ]);
    const added = result.filter((mention) => mention.start >= second).map((mention) => [mention.text, mention.type]);
    expect(added).toEqual([['Sergei Lavrov', 'PER'], ['Lavrov', 'PER'], ['KOMPAS.com', 'ORG'], ['G20', 'ORG']]);
  });
});

describe('propagateNames with abbreviations in brackets', () => {
  const blocksOf = (story: string): Array<{ start: number; end: number }> => {
    const blocks: Array<{ start: number; end: number }> = [];
    let start = 0;
    for (const line of story.split('\n')) {
      blocks.push({ start, end: start + line.length });
      start += line.length + 1;
    }
    return blocks;
  };
  const added = (story: string, mentions: Mention[]): string[][] => {
    const second = story.indexOf('\n') + 1;
    return propagateNames(story, blocksOf(story), mentions)
      .filter((mention) => mention.start >= second)
      .map((mention) => [mention.text, mention.type]);
  };

  it('finds the abbreviation and the full name of an organisation or place alone later in the article', () => {
    const story = 'Lembaga Sandi Lautan ( LSL ) dibentuk di Teluk Mawar (Temar).\nKata LSL, Lembaga Sandi Lautan hadir di Temar; LSLX bukan.';
    expect(added(story, [at(story, 'Lembaga Sandi Lautan ( LSL )', 'ORG'), at(story, 'Teluk Mawar (Temar)', 'LOC')]))
      .toEqual([['LSL', 'ORG'], ['Lembaga Sandi Lautan', 'ORG'], ['Temar', 'LOC']]);
  });

  it('gives a recognised bare abbreviation the type of the entity it abbreviates', () => {
    const story = 'Ormas Warga Rukun Selalu ( Warus ) bertemu.\nKetua Warus hadir.';
    const bare = at(story, 'Warus', 'PER', story.indexOf('\n'));
    expect(added(story, [at(story, 'Ormas Warga Rukun Selalu ( Warus )', 'ORG'), bare])).toEqual([['Warus', 'ORG']]);
  });

  it('makes no name of a lower-case aside, nor of a person’s bracketed nickname beyond the mention itself', () => {
    const aside = 'Koperasi Maju (kini bubar) tutup.\nIa kini bubar.';
    expect(added(aside, [at(aside, 'Koperasi Maju (kini bubar)', 'ORG')])).toEqual([]);
    const person = 'Budiman Santosa (Bubu Santo) datang.\nBubu Santo pulang.';
    expect(added(person, [at(person, 'Budiman Santosa (Bubu Santo)', 'PER')])).toEqual([]);
  });
});

describe('propagateNames against its definition', () => {
  /**
   * The definition, as a regular expression over each block: whole words (no letter or digit of the tokenizer's
   * classes on either side), leftmost first, the longest name at a place, resuming after each match.
   */
  function reference(text: string, blocks: ReadonlyArray<{ start: number; end: number }>, names: readonly string[]): Array<[number, string]> {
    const word = 'A-Za-z0-9\\u00C0-\\u024F';
    const ordered = [...names].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![${word}])(?:${ordered.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![${word}])`, 'g');
    return blocks.flatMap((block) => [...text.slice(block.start, block.end).matchAll(pattern)].map((m): [number, string] => [block.start + m.index, m[0]]));
  }

  it('finds what the regular expression finds, on random texts, names and blocks', () => {
    const pieces = ['Budi', 'Budiman', 'Santoso', 'Budi Santoso', 'G20', 'KOMPAS.com', 'É', 'x', ' ', ', ', '.', '-', "'", '\n', 'a', '7', 'é'];
    let seed = 11;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    for (let round = 0; round < 400; round++) {
      let text = '';
      for (let k = 4 + (next() % 30); k > 0; k--) text += pieces[next() % pieces.length];
      const cut = next() % (text.length + 1);
      const blocks = [{ start: 0, end: cut }, { start: cut, end: text.length }].filter((block) => block.end > block.start);
      // One recognised mention, placed where it is written, outside the text's blocks of interest to propagation.
      const name = ['Budi Santoso', 'G20', 'KOMPAS.com', 'Budi'][next() % 4]!;
      const story = `${name} — ${text}`;
      const shifted = blocks.map((block) => ({ start: block.start + name.length + 3, end: block.end + name.length + 3 }));
      const type = name.includes(' ') ? 'PER' : 'ORG';
      const names = type === 'PER' ? [name, ...name.split(' ').filter((part) => part.length >= 3)] : [name];
      const added = propagateNames(story, shifted, [{ start: 0, end: name.length, type, text: name }]).slice(1);
      expect(added.map((mention) => [mention.start, mention.text])).toEqual(reference(story, shifted, names));
    }
  });
});
