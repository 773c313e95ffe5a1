import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../ner/types.ts';
import { followArticle, recognizeArticle, type RecognizeParagraphs } from './article.ts';
import { propagateNames } from './propagate.ts';

/** A recogniser that knows only the names given, each where it is written in full after a title. */
function recognizerOf(names: Record<string, EntityType>): RecognizeParagraphs {
  return (paragraphs) => paragraphs.map((paragraph) => {
    const entities: Entity[] = [];
    for (const [name, type] of Object.entries(names)) {
      const at = paragraph.indexOf(`Menteri ${name}`);
      if (at >= 0) entities.push({ start: at + 8, end: at + 8 + name.length, type, text: name });
    }
    return entities.sort((a, b) => a.start - b.start);
  });
}

const texts = (entities: Entity[][]): string[][] => entities.map((paragraph) => paragraph.map((entity) => `${entity.text}/${entity.type}`));

describe('recognizeArticle', () => {
  const recognizer = recognizerOf({ 'Sugiono Wibowo': 'PER', 'Badan Gizi': 'ORG' });

  it('follows a name the article introduced into later paragraphs, whole and by its parts, with offsets of each paragraph', async () => {
    const paragraphs = [
      'JAKARTA, KOMPAS.com -  Menteri Sugiono Wibowo hadir.',
      '',
      '\tSugiono  menjawab, lalu  Wibowo pergi bersama Menteri Badan Gizi.',
      'Laporan Badan Gizi dan Sugiono Wibowo.',
    ];
    const entities = await recognizeArticle(paragraphs, recognizer);
    expect(texts(entities)).toEqual([
      ['Sugiono Wibowo/PER'],
      [],
      ['Sugiono/PER', 'Wibowo/PER', 'Badan Gizi/ORG'],
      ['Badan Gizi/ORG', 'Sugiono Wibowo/PER'],
    ]);
    entities.forEach((paragraph, index) => {
      for (const entity of paragraph) expect(paragraphs[index]!.slice(entity.start, entity.end)).toBe(entity.text);
    });
  });

  it('never carries a name from one article into the next', async () => {
    const first = await recognizeArticle(['Menteri Sugiono Wibowo hadir.', 'Sugiono menjawab.'], recognizer);
    expect(texts(first)).toEqual([['Sugiono Wibowo/PER'], ['Sugiono/PER']]);
    const second = await recognizeArticle(['Sugiono menjawab.', 'Wibowo dan Sugiono Wibowo pergi.'], recognizer);
    expect(texts(second)).toEqual([[], []]);
  });

  it('takes a recogniser that answers later, as the background does', async () => {
    const later: RecognizeParagraphs = async (paragraphs) => recognizer(paragraphs);
    const paragraphs = ['Menteri Sugiono Wibowo hadir.', 'Kata Wibowo.'];
    expect(await recognizeArticle(paragraphs, later)).toEqual(followArticle(paragraphs, await recognizer(paragraphs)));
    expect(texts(await recognizeArticle(paragraphs, later))[1]).toEqual(['Wibowo/PER']);
  });

  it('rejects a recogniser that answers for another number of paragraphs', async () => {
    await expect(recognizeArticle(['Satu.', 'Dua.'], () => [[]])).rejects.toThrow(/1 recognitions for 2 paragraphs/);
  });

  it('marks a name the page lists where the recogniser missed it, typed from the caption, and follows it', async () => {
    const paragraphs = ['Kunjungan Rahmat Sutanto ke pasar.', 'Rahmat Sutanto berbicara dengan warga.'];
    const caption = 'Menteri Rahmat Sutanto meninjau pasar.';
    const recognize = recognizerOf({ 'Rahmat Sutanto': 'PER' });
    const without = await recognizeArticle(paragraphs, recognize);
    expect(texts(without)).toEqual([[], []]);
    const pageNames = { listed: ['Rahmat Sutanto'], title: null, caption };
    const asked: string[][] = [];
    const withNames = await recognizeArticle(paragraphs, (texts) => {
      asked.push([...texts]);
      return recognize(texts);
    }, { pageNames });
    expect(texts(withNames)).toEqual([['Rahmat Sutanto/PER'], ['Rahmat Sutanto/PER']]);
    // The page's texts go in the same request as the paragraphs.
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain(caption);
  });
});

describe('followArticle', () => {
  it('agrees with following the names over the article laid out as one text, whatever lies between its blocks', () => {
    const paragraphs = ['Menteri Sugiono Wibowo tiba.', 'Wibowo,Sugiono;Sugiono Wibowo', 'Tanpa nama.', 'Sugiono'];
    const recognised = recognizerOf({ 'Sugiono Wibowo': 'PER' })(paragraphs) as Entity[][];
    const expected = followArticle(paragraphs, recognised);
    for (const between of ['\n', '  ', 'X', '\u2029\u2029']) {
      const text = paragraphs.join(between);
      const blocks = paragraphs.map((paragraph, index) => {
        const start = paragraphs.slice(0, index).reduce((at, before) => at + before.length + between.length, 0);
        return { start, end: start + paragraph.length };
      });
      const mentions = propagateNames(text, blocks, recognised.flatMap((entities, index) =>
        entities.map((entity) => ({ ...entity, start: entity.start + blocks[index]!.start, end: entity.end + blocks[index]!.start }))));
      const perBlock = blocks.map((block) => mentions
        .filter((mention) => mention.start >= block.start && mention.end <= block.end)
        .map((mention) => ({ ...mention, start: mention.start - block.start, end: mention.end - block.start })));
      expect(perBlock).toEqual(expected);
    }
    expect(texts(expected)).toEqual([['Sugiono Wibowo/PER'], ['Wibowo/PER', 'Sugiono/PER', 'Sugiono Wibowo/PER'], [], ['Sugiono/PER']]);
  });
});
