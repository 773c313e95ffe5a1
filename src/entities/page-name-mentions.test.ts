import { describe, expect, it } from 'vitest';
import type { PageNames } from '../kompas/page-names.ts';
import { recognize } from '../ner/index.ts';
import type { Entity } from '../ner/types.ts';
import type { Mention } from './mentions.ts';
import { addPageNames, addPageNamesToParagraphs, pageNameCandidates, pageNameTexts } from './page-name-mentions.ts';

const at = (text: string, needle: string, type: Mention['type'], from = 0): Mention => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in the text`);
  return { start, end: start + needle.length, type, text: needle };
};
const shown = (mentions: readonly Mention[]) => mentions.map((mention) => `${mention.type}:${mention.text}@${mention.start}`);
const wholeText = (text: string) => [{ start: 0, end: text.length }];

describe('addPageNames', () => {
  it('marks a candidate where the recogniser missed it, in every block, as a whole word written as listed', () => {
    const text = 'Langkah Arga Dwipangga itu diapresiasi.\nArga Dwipangga menambahkan.\nArga Dwipanggaan bukan nama; arga dwipangga juga bukan.';
    const blocks = text.split('\n').reduce<Array<{ start: number; end: number }>>((all, line) => {
      const start = all.length === 0 ? 0 : all[all.length - 1]!.end + 1;
      return [...all, { start, end: start + line.length }];
    }, []);
    const result = addPageNames(text, blocks, [], [{ name: 'Arga Dwipangga', type: 'PER' }]);
    expect(shown(result)).toEqual([`PER:Arga Dwipangga@8`, `PER:Arga Dwipangga@${text.indexOf('Arga Dwipangga menambahkan')}`]);
  });

  it('never runs a name from one block into the next', () => {
    const text = 'Kopdes Merah\nPutih Sukamakmur';
    const result = addPageNames(text, [{ start: 0, end: 12 }, { start: 13, end: text.length }], [], [{ name: 'Kopdes Merah Putih Sukamakmur', type: 'ORG' }]);
    expect(result).toEqual([]);
    expect(addPageNames('Kopdes Merah Putih Sukamakmur', [{ start: 0, end: 12 }], [], [{ name: 'Kopdes Merah Putih Sukamakmur', type: 'ORG' }])).toEqual([]);
  });

  it('replaces the recogniser\'s shorter spans inside a longer candidate, and only those', () => {
    const text = 'Rombongan Kopdes Merah Putih Sukamakmur hadir bersama Bupati Karawang.';
    const recognised = [at(text, 'Kopdes Merah Putih', 'ORG'), at(text, 'Karawang', 'LOC')];
    const result = addPageNames(text, wholeText(text), recognised, [{ name: 'Kopdes Merah Putih Sukamakmur', type: 'ORG' }]);
    expect(shown(result)).toEqual(['ORG:Kopdes Merah Putih Sukamakmur@10', `LOC:Karawang@${text.indexOf('Karawang')}`]);
  });

  it('never overrides a recogniser\'s span that the candidate crosses, lies inside, or equals', () => {
    const text = 'Ketua Umum Partai Sinar Rakyat Arga Dwipangga hadir. Sinar Rakyat menang. Gedung Arga tua.';
    const recognised = [at(text, 'Partai Sinar Rakyat', 'ORG'), at(text, 'Arga Dwipangga', 'PER'), at(text, 'Sinar Rakyat', 'ORG', 40), at(text, 'Gedung Arga', 'LOC')];
    const candidates = [
      { name: 'Rakyat Arga', type: 'PER' as const }, // crosses two mentions' edges
      { name: 'Sinar Rakyat', type: 'PER' as const }, // inside "Partai Sinar Rakyat", and exactly the later mention
      { name: 'Arga', type: 'PER' as const }, // inside "Gedung Arga"
    ];
    const result = addPageNames(text, wholeText(text), recognised, candidates);
    expect(shown(result)).toEqual(shown([...recognised].sort((a, b) => a.start - b.start)));
  });

  it('prefers the longest candidate at a place and never lets marked names overlap', () => {
    const text = 'Wakil Bupati Arga Dwipangga Putra tiba.';
    const result = addPageNames(text, wholeText(text), [], [
      { name: 'Arga Dwipangga', type: 'PER' }, { name: 'Arga Dwipangga Putra', type: 'PER' }, { name: 'Dwipangga Putra', type: 'PER' },
    ]);
    expect(shown(result)).toEqual(['PER:Arga Dwipangga Putra@13']);
  });

  it('works on paragraphs and their own entities, as an article-level pipeline holds them', () => {
    const paragraphs = ['Arga Dwipangga tiba.', 'Rombongan Kopdes Merah Putih Sukamakmur hadir.'];
    const entities: Entity[][] = [[], [at(paragraphs[1]!, 'Kopdes Merah Putih', 'ORG')]];
    const merged = addPageNamesToParagraphs(paragraphs, entities, [{ name: 'Arga Dwipangga', type: 'PER' }, { name: 'Kopdes Merah Putih Sukamakmur', type: 'ORG' }]);
    expect(merged.map(shown)).toEqual([['PER:Arga Dwipangga@0'], ['ORG:Kopdes Merah Putih Sukamakmur@10']]);
  });
});

describe('pageNameCandidates', () => {
  const names: PageNames = {
    listed: ['Arga Dwipangga', 'Kopdes Merah Putih Sukamakmur', 'Lumbung Sentosa', 'Danantara Pangan'],
    title: 'Rahmat Sutanto Wiradireja Pastikan Stok Beras Aman',
    caption: 'Menko Pangan Rahmat Sutanto Wiradireja (kanan) dan Wakil Bupati Arga Dwipangga meninjau gudang di Karawang.',
  };
  const entitiesOf = (table: Record<string, Entity[]>) => (text: string) => table[text];

  it('types a name by the article\'s own mentions of it first, then by the caption, then by the part the recogniser found', () => {
    const article = 'Hal ini ditegaskan oleh Danantara Pangan. Rombongan Kopdes Merah Putih Sukamakmur hadir.';
    const mentions = [at(article, 'Danantara Pangan', 'ORG'), at(article, 'Kopdes Merah Putih', 'ORG')];
    const caption = names.caption!;
    const candidates = pageNameCandidates(names, article, mentions, entitiesOf({
      [caption]: [at(caption, 'Rahmat Sutanto Wiradireja', 'PER'), at(caption, 'Arga Dwipangga', 'PER'), at(caption, 'Karawang', 'LOC')],
      // The name on its own says otherwise; the article's own mention wins.
      'Danantara Pangan': [at('Danantara Pangan', 'Danantara Pangan', 'PER')],
    }));
    expect(candidates).toEqual([
      { name: 'Arga Dwipangga', type: 'PER' },
      { name: 'Kopdes Merah Putih Sukamakmur', type: 'ORG' },
      { name: 'Danantara Pangan', type: 'ORG' },
      { name: 'Rahmat Sutanto Wiradireja', type: 'PER' },
      { name: 'Karawang', type: 'LOC' },
    ]);
  });

  it('leaves out a name the recogniser never read as one, and single capitalised words of the title', () => {
    const title = names.title!;
    const candidates = pageNameCandidates(names, 'Gudang milik Lumbung Sentosa penuh.', [], entitiesOf({
      [title]: [at(title, 'Rahmat Sutanto', 'PER'), at(title, 'Beras', 'LOC')],
    }));
    expect(candidates).toEqual([{ name: 'Rahmat Sutanto', type: 'PER' }]);
  });

  it('asks for the title, the caption and each listed name to be read, each once', () => {
    expect(pageNameTexts({ ...names, listed: [...names.listed, names.title!] })).toEqual([names.title, names.caption, ...names.listed]);
    expect(pageNameTexts({ listed: [], title: null, caption: null })).toEqual([]);
  });

  it('with the shipped recogniser: a new deputy regent named in the caption is found where the recogniser missed him', () => {
    const paragraph = 'Langkah Arga Dwipangga itu diapresiasi para petani.';
    expect(recognize(paragraph)).toEqual([]);
    const textEntities = (text: string) => recognize(text);
    const candidates = pageNameCandidates(names, paragraph, [], textEntities);
    expect(candidates).toContainEqual({ name: 'Arga Dwipangga', type: 'PER' });
    expect(shown(addPageNames(paragraph, wholeText(paragraph), [], candidates))).toEqual(['PER:Arga Dwipangga@8']);
  });
});
