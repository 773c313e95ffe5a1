import { describe, expect, it } from 'vitest';
import type { Entity } from '../ner/types.ts';
import { articleMemoryOf, NameMemory } from '../name-memory/name-memory.ts';
import { followArticle, recognizeArticle, type RecognizeParagraphs } from './article.ts';
import { namesToRemember } from './remembered-names.ts';

const entity = (paragraph: string, text: string, type: Entity['type']): Entity => {
  const start = paragraph.indexOf(text);
  return { start, end: start + text.length, type, text };
};
const texts = (entities: Entity[][]): string[][] => entities.map((paragraph) => paragraph.map((found) => `${found.text}/${found.type}`));

describe('namesToRemember', () => {
  it('keeps full person names introduced with a title, maybe through the office, and nothing untitled', () => {
    const paragraphs = [
      'Menteri Pertanian Dadan Hindayana meninjau sawah bersama Ani Wulandari.',
      'Kapolda Jambi Irjen Krisno Siregar dan warga bernama Budi Hartono.',
      'Kata  Gubernur\tHelmi Hasan, lalu Presiden Prabowo.',
    ];
    const entities = [
      [entity(paragraphs[0]!, 'Dadan Hindayana', 'PER'), entity(paragraphs[0]!, 'Ani Wulandari', 'PER')],
      [entity(paragraphs[1]!, 'Krisno Siregar', 'PER'), entity(paragraphs[1]!, 'Budi Hartono', 'PER')],
      [entity(paragraphs[2]!, 'Helmi Hasan', 'PER'), entity(paragraphs[2]!, 'Prabowo', 'PER')],
    ];
    expect(namesToRemember(paragraphs, entities)).toEqual([
      { name: 'Dadan Hindayana', type: 'PER' },
      { name: 'Krisno Siregar', type: 'PER' },
      { name: 'Helmi Hasan', type: 'PER' },
    ]);
  });

  it('keeps an organisation with its bracketed abbreviation, and full names the page lists', () => {
    const paragraphs = ['Badan Gizi Nasional (BGN) dan Koperasi Desa Merah Putih bertemu Ani Wulandari di Bogor.'];
    const entities = [[
      entity(paragraphs[0]!, 'Badan Gizi Nasional (BGN)', 'ORG'),
      entity(paragraphs[0]!, 'Koperasi Desa Merah Putih', 'ORG'),
      entity(paragraphs[0]!, 'Ani Wulandari', 'PER'),
      entity(paragraphs[0]!, 'Bogor', 'LOC'),
    ]];
    expect(namesToRemember(paragraphs, entities, ['Koperasi Desa Merah Putih', 'Bogor', 'Ani'])).toEqual([
      { name: 'Badan Gizi Nasional', type: 'ORG' },
      { name: 'BGN', type: 'ORG' },
      { name: 'Koperasi Desa Merah Putih', type: 'ORG' },
    ]);
  });
});

describe('remembered names in an article', () => {
  it('are marked where written exactly, and their short forms followed', () => {
    const paragraphs = ['Dadan Hindayana hadir di  Jakarta.', 'Menurut Hindayana, dadan hindayana bukan nama.'];
    const entities = followArticle(paragraphs, [[], []], { rememberedNames: [{ name: 'Dadan Hindayana', type: 'PER' }] });
    expect(texts(entities)).toEqual([['Dadan Hindayana/PER'], ['Hindayana/PER']]);
  });

  it('never mark a lower-case ordinary word, even when one is offered', () => {
    const paragraphs = ['Harga beras naik, kata pedagang.'];
    const entities = followArticle(paragraphs, [[]], { rememberedNames: [{ name: 'beras', type: 'ORG' }, { name: 'harga beras', type: 'ORG' }] });
    expect(texts(entities)).toEqual([[]]);
  });

  it('lose to a recogniser mention on a different overlapping span, and keep its type on the same span', () => {
    const paragraphs = ['Helmi Hasan meresmikan jembatan bersama Dadan Hindayana.'];
    const recognised = [[entity(paragraphs[0]!, 'Hasan', 'PER'), entity(paragraphs[0]!, 'Dadan Hindayana', 'PER')]];
    const entities = followArticle(paragraphs, recognised, {
      rememberedNames: [{ name: 'Helmi Hasan', type: 'PER' }, { name: 'Dadan Hindayana', type: 'ORG' }],
    });
    expect(texts(entities)).toEqual([['Hasan/PER', 'Dadan Hindayana/PER']]);
  });

  it('are carried from one article to a later one through a memory', async () => {
    // Finds a person only after "Menteri Pertanian", as the recogniser does with a name it has never seen.
    const recognizer: RecognizeParagraphs = (paragraphs) => paragraphs.map((paragraph) => {
      const at = paragraph.indexOf('Menteri Pertanian Dadan Hindayana');
      return at < 0 ? [] : [entity(paragraph, 'Dadan Hindayana', 'PER')];
    });
    const names = new NameMemory();
    const memory = articleMemoryOf(names, () => 1);
    const second = ['Dadan Hindayana hadir di Jakarta.'];
    expect(texts(await recognizeArticle(second, recognizer, { memory }))).toEqual([[]]);
    await recognizeArticle(['Menteri Pertanian Dadan Hindayana meninjau sawah.'], recognizer, { memory });
    expect(texts(await recognizeArticle(second, recognizer, { memory }))).toEqual([['Dadan Hindayana/PER']]);
    expect(names.records()).toEqual([{ name: 'Dadan Hindayana', type: 'PER', count: 1, lastSeen: 1 }]);
  });
});
