import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../dom-text/text-map.ts';
import { registerEntityHighlights, type HighlightLike } from './entity-highlights.ts';
import { ENTITY_TAG, markMentions, unmarkMentions } from './entity-marks.ts';
import type { Mention } from './mentions.ts';

const LABELS = { PER: 'orang', LOC: 'tempat', ORG: 'organisasi' } as const;

function body(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

/** The mention of `text` in the map's text, found by search so the test states what, not where. */
function mentionOf(mapText: string, text: string, type: Mention['type']): Mention {
  const start = mapText.indexOf(text);
  if (start < 0) throw new Error(`"${text}" not in "${mapText}"`);
  return { start, end: start + text.length, type, text };
}

describe('markMentions across element boundaries', () => {
  it('marks a name split by <a> and <strong> with one element per run, covering exactly its text', () => {
    const root = body('<p>Menlu <a href="https://x.test/a">Antony</a> <strong>Blin</strong>ken tiba di <em>New</em> Delhi.</p>');
    const map = buildTextMap(root);
    const mentions = [mentionOf(map.text, 'Antony Blinken', 'PER'), mentionOf(map.text, 'New Delhi', 'LOC')];
    const marks = markMentions(map, mentions, { typeLabels: LABELS, entityOfMention: ['PER:antony blinken', 'LOC:new delhi'] });
    expect(marks[0]!.map((element) => element.textContent)).toEqual(['Antony', ' ', 'Blin', 'ken']);
    expect(marks[0]!.map((element) => element.textContent).join('')).toBe('Antony Blinken');
    expect(marks[1]!.map((element) => element.textContent).join('')).toBe('New Delhi');
    for (const element of marks.flat()) {
      expect(element.tagName.toLowerCase()).toBe(ENTITY_TAG);
      expect(element.getAttribute('role')).toBe('mark');
    }
    expect(marks[0]![0]!.getAttribute('data-entity-type')).toBe('PER');
    expect(marks[0]![0]!.getAttribute('aria-roledescription')).toBe('orang');
    // The link keeps its address and its text; only a wrapper went inside it.
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://x.test/a');
    expect(link.firstElementChild?.tagName.toLowerCase()).toBe(ENTITY_TAG);
    expect(root.textContent).toBe('Menlu Antony Blinken tiba di New Delhi.');

    unmarkMentions(root);
    expect(root.querySelector(ENTITY_TAG)).toBeNull();
    expect(root.innerHTML).toBe('<p>Menlu <a href="https://x.test/a">Antony</a> <strong>Blin</strong>ken tiba di <em>New</em> Delhi.</p>');
  });
});

describe('registerEntityHighlights', () => {
  it('builds ranges that cover each mention across elements, one highlight per enabled type', () => {
    const root = body('<p>Kata <b>Sergei</b> La<i>vrov</i> di <span>Moskwa</span>, menurut <a href="#">G20</a>.</p>');
    document.body.append(root);
    const map = buildTextMap(root);
    const mentions = [
      mentionOf(map.text, 'Sergei Lavrov', 'PER'),
      mentionOf(map.text, 'Moskwa', 'LOC'),
      mentionOf(map.text, 'G20', 'ORG'),
    ];
    const registered = new Map<string, AbstractRange[]>();
    const registry = {
      set: (name: string, highlight: HighlightLike) => registered.set(name, (highlight as unknown as { ranges: AbstractRange[] }).ranges),
      delete: (name: string) => registered.delete(name),
    };
    const createHighlight = () => {
      const ranges: AbstractRange[] = [];
      return { ranges, add: (range: AbstractRange) => void ranges.push(range) } as HighlightLike;
    };
    // A static range as the browser makes one: the boundary points, nothing that follows the DOM.
    const createRange = (boundaries: StaticRangeInit) => ({ ...boundaries, collapsed: false }) as AbstractRange;
    const textOf = (range: AbstractRange) => {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live.toString();
    };
    const ranges = registerEntityHighlights(map, mentions, { PER: true, LOC: true, ORG: false }, registry, createHighlight, createRange);
    expect(textOf(ranges.get(0)!)).toBe('Sergei Lavrov');
    expect(ranges.get(0)!.startContainer).toBe(root.querySelector('b')!.firstChild);
    expect(textOf(ranges.get(2)!)).toBe('G20');
    expect(registered.get('kompas-entity-PER')!.map(textOf)).toEqual(['Sergei Lavrov']);
    expect(registered.get('kompas-entity-LOC')!.map(textOf)).toEqual(['Moskwa']);
    expect(registered.has('kompas-entity-ORG')).toBe(false);
    // The page's DOM is untouched.
    expect(root.querySelector(ENTITY_TAG)).toBeNull();

    // On a dark page the same highlights go under the dark palette's names, and the light names are taken away.
    registerEntityHighlights(map, mentions, { PER: true, LOC: false, ORG: true }, registry, createHighlight, createRange, 'dark');
    expect([...registered.keys()].sort()).toEqual(['kompas-entity-dark-ORG', 'kompas-entity-dark-PER']);
    expect(registered.get('kompas-entity-dark-ORG')!.map(textOf)).toEqual(['G20']);
    root.remove();
  });
});
