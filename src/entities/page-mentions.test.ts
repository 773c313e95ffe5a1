import { describe, expect, it } from 'vitest';
import { DIPLOMACY_ARTICLE } from '../../fixtures/articles.ts';
import { buildArticlePage } from '../../fixtures/kompas-page.ts';
import { findArticleBody } from '../kompas/article-body.ts';
import { indexEntities } from './entity-index.ts';
import { recognize } from '../ner/index.ts';
import { findMentions, findPageMentions, mentionsInBlocks, type BlockRecognitions } from './local-mentions.ts';
import { followArticle } from './article.ts';
import { blocksOf, findArticleMentions, findMentionsBy, type RecognizeArticle } from './mentions.ts';
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

describe('asking for the article\'s entities, as the extension\'s scripts do', () => {
  const doc = new DOMParser().parseFromString(buildArticlePage(DIPLOMACY_ARTICLE, { banners: 'wrapped' }), 'text/html');
  const map = pageTextMap(findArticleBody(doc)!);
  const blocks = articleBlocks(map);

  /** An article read elsewhere as reading here reads it, recording what each request asked. */
  function recordingReader(): { readArticle: RecognizeArticle; asked: string[][] } {
    const asked: string[][] = [];
    return {
      asked,
      readArticle: async (paragraphs) => {
        asked.push([...paragraphs]);
        return followArticle(paragraphs, paragraphs.map((paragraph) => recognize(paragraph)));
      },
    };
  }

  it('asks for the whole article in one request and finds what reading here finds, at the map\'s offsets', async () => {
    const { readArticle, asked } = recordingReader();
    const mentions = await findArticleMentions(map.text, blocks, readArticle);
    expect(mentions).toEqual(findPageMentions(map));
    expect(mentions.length).toBeGreaterThan(5);
    expect(asked).toEqual([blocks.map((block) => map.text.slice(block.start, block.end))]);
    for (const mention of mentions) expect(map.text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('follows names as reading here does', async () => {
    const { readArticle } = recordingReader();
    expect(await findMentionsBy(map, readArticle)).toEqual(findMentions(map));
    expect(findMentions(map)).toEqual(mentionsInBlocks(map.text, blocksOf(map)));
  });

  it('passes a failed or mismatched answer on', async () => {
    await expect(findArticleMentions(map.text, blocks, async () => Promise.reject(new Error('no background')))).rejects.toThrow('no background');
    await expect(findArticleMentions(map.text, blocks, async () => [])).rejects.toThrow(/recognitions for/);
  });
});
