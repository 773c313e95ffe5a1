/**
 * The reading benchmarks' corpus: realistic readings made from the NER corpora's news sentences, with the sentences'
 * gold names as their entities (about 50 distinct an article) and one person, "Prabowo Subianto", named in nine
 * articles of ten. Deterministic: the same seed gives the same articles in the same order.
 */
import { readGold, SETS } from '../../scripts/ner/data.ts';
import { tagsToSpans } from '../../src/ner/conll.ts';
import type { EntityType } from '../../src/ner/index.ts';
import type { ReadEntity, ReadingRecord } from '../../src/reading/article-record.ts';

export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}
const next = random(28_10_1928);

interface Sentence {
  text: string;
  words: number;
  names: Array<{ name: string; type: EntityType }>;
}
const sentences: Sentence[] = [SETS.idnerTrain, SETS.idnerDev, SETS.nergritTrain, SETS.nergritValid, SETS.nerpTrain]
  .flatMap((set) => readGold(set))
  .filter((s) => s.words.length >= 5)
  .map((s) => ({
    text: s.words.join(' ').replace(/ ([.,;:!?)"'])/g, '$1').replace(/([("]) /g, '$1'),
    words: s.words.length,
    names: tagsToSpans(s.tags)
      .filter((span) => span.type === 'PER' || span.type === 'LOC' || span.type === 'ORG')
      .map((span) => ({ name: s.words.slice(span.start, span.end).join(' '), type: span.type as EntityType })),
  }));

export function reading(n: number): ReadingRecord {
  const target = 300 + Math.floor(next() * 600);
  const paragraphs: string[] = [];
  const counts = new Map<string, ReadEntity>();
  let words = 0;
  while (words < target) {
    const paragraph: string[] = [];
    for (let k = 0; k < 3 && words < target; k++) {
      const s = sentences[Math.floor(next() * sentences.length)]!;
      paragraph.push(s.text);
      words += s.words;
      for (const { name, type } of s.names) {
        const key = `${type}:${name}`;
        const known = counts.get(key);
        if (known) known.count++;
        else counts.set(key, { name, type, count: 1 });
      }
    }
    paragraphs.push(paragraph.join(' '));
  }
  if (next() < 0.9) counts.set('PER:Prabowo Subianto', { name: 'Prabowo Subianto', type: 'PER', count: 1 + Math.floor(next() * 4) });
  const day = Math.floor(next() * 365);
  const date = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  return {
    url: `https://nasional.kompas.com/read/${date.replaceAll('-', '/')}/${10_000_000 + n}/artikel-${n}`,
    title: paragraphs[0]!.split(' ').slice(0, 12).join(' '),
    section: n % 3 ? 'Nasional' : 'Regional',
    author: n % 4 ? 'Rina Ayu' : null,
    published: `${date}T08:30:00+07:00`,
    words,
    readFraction: next(),
    language: 'id',
    text: paragraphs.join('\n\n'),
    entities: [...counts.values()].slice(0, 1_000),
  };
}
