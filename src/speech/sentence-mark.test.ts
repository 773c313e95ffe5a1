import { describe, expect, it } from 'vitest';
import { lineBoxes } from './sentence-mark.ts';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRectReadOnly;

describe('lineBoxes', () => {
  it('draws one box per line, however many inline pieces the line has, in the layer\'s coordinates', () => {
    const rects = [
      rect(100, 200, 80, 20), rect(180, 198, 40, 24), rect(220, 200, 300, 20), // one line: text, <strong>, text
      rect(100, 230, 250, 20), // the next line
      rect(350, 230, 0, 20), // an empty piece at a node boundary
    ];
    expect(lineBoxes(rects, { left: 90, top: 150 })).toEqual([
      { left: 10, top: 48, width: 420, height: 24 },
      { left: 10, top: 80, width: 250, height: 20 },
    ]);
  });

  it('draws nothing for nothing', () => {
    expect(lineBoxes([], { left: 0, top: 0 })).toEqual([]);
  });
});
