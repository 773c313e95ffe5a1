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
    const result = propagateNames(text, blocks, [at(text, 'Antony Blinken', 'PER'), at(text, 'Delhi', 'LOC')]);
    const added = result.filter((mention) => mention.start > text.indexOf('\n'));
    expect(added.map((mention) => [mention.text, mention.type])).toEqual([['Blinken', 'PER'], ['Delhi', 'LOC']]);
    expect(result.map((mention) => mention.start)).toEqual([...result.map((mention) => mention.start)].sort((a, b) => a - b));
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
