import { describe, expect, it } from 'vitest';
import { DIPLOMACY_ARTICLE } from '../../fixtures/articles.ts';
import { buildArticlePage } from '../../fixtures/kompas-page.ts';
import { findArticleBody } from '../kompas/article-body.ts';
import { indexEntities } from './entity-index.ts';
import { blockMentionsInSteps, blocksOf, findMentions, mentionsInBlock, type BlockRecognitions } from './mentions.ts';
import { articleBlocks, findPageMentions, pageTextMap } from './page-mentions.ts';

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

describe('reading the blocks in steps, as the page does', () => {
  const doc = new DOMParser().parseFromString(buildArticlePage(DIPLOMACY_ARTICLE, { banners: 'wrapped' }), 'text/html');
  const map = pageTextMap(findArticleBody(doc)!);
  const blocks = articleBlocks(map);

  it('pauses after every sentence, not only between paragraphs', () => {
    const text = 'Retno Marsudi tiba di Jakarta. Ia bertemu Antony Blinken.Keduanya membahas G20. Pertemuan itu di Bali. Lavrov absen.';
    const split = text.indexOf('Keduanya');
    const twoBlocks = [{ start: 0, end: split }, { start: split, end: text.length }];
    const steps = blockMentionsInSteps(text, twoBlocks);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(5);
    expect(step.value).toEqual(twoBlocks.flatMap((block) => mentionsInBlock(text.slice(block.start, block.end), block.start)));
    expect(step.value.map((mention) => mention.text)).toEqual(expect.arrayContaining(['Retno Marsudi', 'Antony Blinken', 'Bali']));
  });

  it('finds what reading the blocks at once finds, and remembers the blocks', () => {
    const recognitions: BlockRecognitions = new Map();
    const steps = blockMentionsInSteps(map.text, blocks, recognitions);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    const atOnce = blocks.flatMap((block) => mentionsInBlock(map.text.slice(block.start, block.end), block.start));
    expect(step.value).toEqual(atOnce);
    expect(atOnce.length).toBeGreaterThan(5);
    expect(pauses).toBe(blocks.length);
    expect(recognitions.size).toBe(blocks.length);
    // Blocks it has read already cost no step at all.
    const again = blockMentionsInSteps(map.text, blocks, recognitions);
    const first = again.next();
    expect(first.done).toBe(true);
    expect(first.value).toEqual(atOnce);
  });
});
