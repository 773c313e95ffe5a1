/** Readings made up for tests and benchmarks: valid, varied, reproducible. */

import type { ReadEntity, ReadingRecord } from './article-record.ts';

/** The canonical address of made-up article `n`. */
export function sampleUrl(n: number): string {
  return `https://nasional.kompas.com/read/2025/01/${String(1 + (n % 28)).padStart(2, '0')}/${10000000 + n}/artikel-${n}`;
}

export function sampleReading(n: number, overrides: Partial<ReadingRecord> = {}): ReadingRecord {
  const entities: ReadEntity[] = [
    { name: 'Prabowo Subianto', type: 'PER', count: 1 + (n % 4) },
    { name: 'Jakarta', type: 'LOC', count: 2 },
  ];
  return {
    url: sampleUrl(n),
    title: `Berita nomor ${n}`,
    section: n % 2 ? 'Nasional' : 'Regional',
    author: n % 3 ? 'Rina Ayu' : null,
    published: `2025-01-${String(1 + (n % 28)).padStart(2, '0')}T08:30:00+07:00`,
    words: 300 + n,
    readFraction: 0.5,
    language: 'id',
    text: `Paragraf pertama berita ${n}.\n\nParagraf kedua tentang banjir di Jakarta.`,
    entities,
    ...overrides,
  };
}
