import { describe, expect, it } from 'vitest';
import { DIPLOMACY_ARTICLE } from '../../fixtures/articles.ts';
import { buildArticlePage } from '../../fixtures/kompas-page.ts';
import { findArticleBody } from '../kompas/article-body.ts';
import { indexEntities } from './entity-index.ts';
import { recognize } from '../ner/index.ts';
import { findMentions, findPageMentions, mentionsInBlock, mentionsInBlocks } from './local-mentions.ts';
import { blocksOf, findMentionsBy, mentionsAt, recognizeTextsOnce, type BlockRecognitions, type Mention, type RecognizeTexts } from './mentions.ts';
import { articleBlocks, pageTextMap } from './page-mentions.ts';

describe('findPageMentions on a Kompas article page', () => {
  for (const banners of ['siblings', 'wrapped', 'split'] as const) {
    it(`finds the story's people and places and nothing in "Baca juga" links or banners (${banners})`, () => {
      const doc = new DOMParser().parseFromString(buildArticlePage(DIPLOMACY_ARTICLE, { banners }), 'text/html');
      const body = findArticleBody(doc)!;
      const map = pageTextMap(body);
      const mentions = findPageMentions(map);
      const found = (type: string) => mentions.filter((mention) => mention.type === type).map((mention) => mention.text);
      expect(found('PER')).toEqual(expect.arrayContaining(['Antony Blinken', 'Sergei Lavrov', 'Paul Whelan']));
      expect(found('LOC')).toEqual(expect.arrayContaining(['India', 'Ukraina', 'Rusia']));
      // "Kesepakatan Minyak Jerman-Kazakhstan Untungkan Rusia" is a "Baca juga" link, not the story.
      expect(mentions.map((mention) => mention.text)).not.toContain('Kazakhstan');
      for (const mention of mentions) {
        expect(map.text.slice(mention.start, mention.end)).toBe(mention.text);
        const block = [...map.breaks, map.text.length].find((at) => at > mention.start)!;
        const blockStart = Math.max(0, ...map.breaks.filter((at) => at <= mention.start));
        expect(map.text.slice(blockStart, block)).not.toMatch(/^\s*Baca juga|JernihBerkomentar/);
      }
      // Banners after the end-of-article marker are not read at all.
      expect(map.text).not.toMatch(/Tulis komentarmu/);
      const blinken = indexEntities(mentions).entities.find((entity) => entity.name === 'Antony Blinken');
      expect(blinken?.mentions.length).toBe(2);
    });
  }
});

describe('shared block recognitions', () => {
  const doc = new DOMParser().parseFromString(buildArticlePage(DIPLOMACY_ARTICLE, { banners: 'siblings' }), 'text/html');
  const map = pageTextMap(findArticleBody(doc)!);

  it('remembers each block read and gives the same mentions from what it remembers', () => {
    const recognitions: BlockRecognitions = new Map();
    const first = findMentions(map, recognitions);
    expect(recognitions.size).toBe(blocksOf(map).length);
    expect(findMentions(map, recognitions)).toEqual(first);
    expect(first).toEqual(findMentions(map));
  });

  it('does not read a block again whose entities it already has', () => {
    const [block] = blocksOf(map);
    const text = map.text.slice(block!.start, block!.end);
    const recognitions: BlockRecognitions = new Map([[text, [{ start: 0, end: 4, type: 'ORG', text: text.slice(0, 4) }]]]);
    const mentions = findMentions(map, recognitions);
    expect(mentions[0]).toEqual({ start: block!.start, end: block!.start + 4, type: 'ORG', text: text.slice(0, 4) });
  });
});

describe('asking for the blocks\' entities, as the extension\'s scripts do', () => {
  const doc = new DOMParser().parseFromString(buildArticlePage(DIPLOMACY_ARTICLE, { banners: 'wrapped' }), 'text/html');
  const map = pageTextMap(findArticleBody(doc)!);
  const blocks = articleBlocks(map);

  /** The recognised mentions of `blocks` of `text`, through `recognizeTextsOnce`, as the article function asks. */
  async function recognizeBlocks(
    text: string, blocks: ReadonlyArray<{ start: number; end: number }>, recognitions: BlockRecognitions, recognizeTexts: RecognizeTexts,
  ): Promise<Mention[]> {
    const entities = await recognizeTextsOnce(blocks.map((block) => text.slice(block.start, block.end)), recognitions, recognizeTexts);
    return blocks.flatMap((block, index) => mentionsAt(entities[index]!, block.start));
  }

  /** The recogniser behind a message, recording what each request asked. */
  function recordingRecogniser(): { recognizeTexts: RecognizeTexts; asked: string[][] } {
    const asked: string[][] = [];
    return {
      asked,
      recognizeTexts: async (texts) => {
        asked.push([...texts]);
        return texts.map((text) => recognize(text));
      },
    };
  }

  it('finds what reading the blocks here finds, in one request, and remembers the blocks', async () => {
    const recognitions: BlockRecognitions = new Map();
    const { recognizeTexts, asked } = recordingRecogniser();
    const mentions = await recognizeBlocks(map.text, blocks, recognitions, recognizeTexts);
    expect(mentions).toEqual(blocks.flatMap((block) => mentionsInBlock(map.text.slice(block.start, block.end), block.start)));
    expect(mentions.length).toBeGreaterThan(5);
    expect(asked).toEqual([blocks.map((block) => map.text.slice(block.start, block.end))]);
    expect(recognitions.size).toBe(blocks.length);
    // Blocks it has had read already are not asked for again.
    expect(await recognizeBlocks(map.text, blocks, recognitions, recognizeTexts)).toEqual(mentions);
    expect(asked).toHaveLength(1);
  });

  it('asks once for a text that several blocks repeat, and only for the blocks it does not know', async () => {
    const text = 'Jokowi tiba di Solo.\nJokowi tiba di Solo.\nMenteri Retno Marsudi ke Jakarta.';
    const twoSame = [{ start: 0, end: 20 }, { start: 21, end: 41 }, { start: 42, end: text.length }];
    const known = text.slice(42);
    const recognitions: BlockRecognitions = new Map([[known, recognize(known)]]);
    const { recognizeTexts, asked } = recordingRecogniser();
    const mentions = await recognizeBlocks(text, twoSame, recognitions, recognizeTexts);
    expect(asked).toEqual([['Jokowi tiba di Solo.']]);
    expect(mentions).toEqual(twoSame.flatMap((block) => mentionsInBlock(text.slice(block.start, block.end), block.start)));
    expect(mentions.filter((mention) => mention.text === 'Jokowi').map((mention) => mention.start)).toEqual([0, 21]);
  });

  it('follows names as reading here does', async () => {
    const { recognizeTexts } = recordingRecogniser();
    expect(await findMentionsBy(map, new Map(), recognizeTexts)).toEqual(findMentions(map));
    expect(findMentions(map)).toEqual(mentionsInBlocks(map.text, blocksOf(map)));
  });

  it('passes a failed or mismatched answer on, remembering nothing of it', async () => {
    const recognitions: BlockRecognitions = new Map();
    await expect(recognizeBlocks(map.text, blocks, recognitions, async () => Promise.reject(new Error('no background'))))
      .rejects.toThrow('no background');
    await expect(recognizeBlocks(map.text, blocks, recognitions, async () => [])).rejects.toThrow(/recognitions for/);
    expect(recognitions.size).toBe(0);
  });
});
