import { describe, expect, it } from 'vitest';
import { wordShape } from './features.ts';

describe('wordShape', () => {
  it('collapses runs of capitals, small letters and digits and keeps other characters', () => {
    expect(wordShape('Jokowi-JK')).toBe('Xx-X');
    expect(wordShape('G20')).toBe('Xd');
    expect(wordShape('2/12/2014')).toBe('d/d/d');
    expect(wordShape('KOMPAS.com')).toBe('X.x');
    expect(wordShape("Ma'ruf")).toBe("Xx'x");
  });

  it('reads letters beyond ASCII by their case', () => {
    expect(wordShape('Erdoğan')).toBe('Xx');
    expect(wordShape('ÉCOLE')).toBe('X');
    expect(wordShape('“')).toBe('“');
    expect(wordShape('١٢')).toBe('١٢');
  });
});
