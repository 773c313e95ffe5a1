import { describe, expect, it } from 'vitest';
import { colour, contrastRatio, over, parseColour, relativeLuminance } from './contrast.ts';

describe('parseColour', () => {
  it('reads hex and functional notations, with and without alpha', () => {
    expect(parseColour('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColour('#0b57a4')).toEqual({ r: 11, g: 87, b: 164, a: 1 });
    expect(parseColour('#00000080')?.a).toBeCloseTo(128 / 255);
    expect(parseColour('rgba(230, 159, 0, 0.22)')).toEqual({ r: 230, g: 159, b: 0, a: 0.22 });
    expect(parseColour(' rgb(21 23 26 / 50%) ')).toEqual({ r: 21, g: 23, b: 26, a: 0.5 });
    expect(parseColour('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
  });

  it('refuses what it cannot read', () => {
    for (const text of ['transparent', 'red', '#12', 'rgb(1, 2)', 'rgb(a, b, c)', 'hsl(0 0% 0%)', '']) {
      expect(parseColour(text)).toBeNull();
    }
    expect(() => colour('blue')).toThrow();
  });
});

describe('contrast', () => {
  it('gives the WCAG figures for known pairs', () => {
    expect(contrastRatio(colour('#000'), colour('#fff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(colour('#fff'), colour('#fff'))).toBe(1);
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(contrastRatio(colour('#767676'), colour('#ffffff'))).toBeGreaterThan(4.5);
    expect(contrastRatio(colour('#777777'), colour('#ffffff'))).toBeLessThan(4.5);
    expect(relativeLuminance(colour('#808080'))).toBeCloseTo(0.2159, 3);
  });

  it('lays a translucent colour over an opaque one', () => {
    expect(over(colour('rgba(0, 0, 0, 0.5)'), colour('#ffffff'))).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(over(colour('#ff0000'), colour('#00ff00'))).toEqual({ r: 255, g: 0, b: 0, a: 1 });
    expect(over(colour('rgba(0, 0, 0, 0)'), colour('#123456'))).toEqual(colour('#123456'));
  });
});
