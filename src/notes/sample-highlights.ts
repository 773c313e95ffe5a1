/** Highlights made up for tests and benchmarks: valid, varied, reproducible. */

import { describeText } from '../anchoring/describe.ts';
import { COLOURS, type Highlight } from './highlight.ts';

/** A stable UUID-shaped id from a number, so tests can name highlights. */
export function sampleId(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

export function sampleHighlight(n: number, overrides: Partial<Highlight> = {}): Highlight {
  const text = `Paragraf ${n} tentang banjir rob di Semarang dan rapat G20 di New Delhi yang dihadiri Antony Blinken.`;
  const start = text.indexOf('banjir');
  const time = new Date(Date.UTC(2024, 0, 1) + n * 60_000).toISOString();
  return {
    id: sampleId(n),
    articleUrl: `https://regional.kompas.com/read/2024/07/16/${100000 + (n % 500)}/artikel-${n % 500}`,
    title: `Artikel ${n % 500}`,
    section: n % 2 ? 'Regional' : 'Internasional',
    selectors: describeText(text, start, start + 'banjir rob di Semarang'.length)!,
    colour: COLOURS[n % COLOURS.length]!,
    note: '',
    tags: [],
    entities: ['Semarang'],
    createdAt: time,
    updatedAt: time,
    ...overrides,
  };
}
