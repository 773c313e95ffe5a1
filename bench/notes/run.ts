/**
 * npm run bench:notes — the library's queries over 10,000 highlights in fake-indexeddb: one article's highlights,
 * full-text search, filtered listings. Target: each under 50 ms. Prints figures only; asserts nothing.
 */

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { ALL_ARTICLES } from '../../fixtures/articles.ts';
import { describeText } from '../../src/anchoring/describe.ts';
import { COLOURS, type Highlight } from '../../src/notes/highlight.ts';
import { sampleId } from '../../src/notes/sample-highlights.ts';
import { NotesStore, openNotesDb, type SearchFilters } from '../../src/notes/store.ts';

const HIGHLIGHTS = 10_000;
const ARTICLES = 500;
const ROUNDS = 15;

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

const next = random(17_08_1945);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const paragraphs = ALL_ARTICLES.flatMap((a) => a.paragraphs);
const notes = ['Penting untuk tulisan tentang banjir', 'Cek lagi angka ini', 'Kutipan bagus', 'Bandingkan dengan laporan BMKG', 'Tanya narasumber'];
const tags = ['banjir', 'diplomasi', 'kesehatan', 'teknologi', 'kolom', 'riset'];

function makeHighlight(n: number): Highlight {
  const text = pick(paragraphs);
  const words = text.split(' ');
  const from = Math.floor(next() * (words.length - 3));
  const quote = words.slice(from, from + 3 + Math.floor(next() * 15)).join(' ');
  const start = text.indexOf(quote);
  const article = Math.floor(next() * ARTICLES);
  const fixture = ALL_ARTICLES[article % ALL_ARTICLES.length]!;
  const time = new Date(Date.UTC(2023, 0, 1) + n * 3_600_000).toISOString();
  return {
    id: sampleId(n),
    articleUrl: `https://${fixture.subdomain}.kompas.com/read/2024/01/01/${100000 + article}/artikel-${article}`,
    title: `${fixture.title} (${article})`,
    section: fixture.section,
    selectors: describeText(text, start, start + quote.length)!,
    colour: pick(COLOURS),
    note: next() < 0.3 ? pick(notes) : '',
    tags: next() < 0.4 ? [pick(tags)] : [],
    entities: [],
    createdAt: time,
    updatedAt: time,
  };
}

async function measure<T>(run: () => Promise<T>): Promise<{ median: number; max: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let r = 0; r < ROUNDS; r++) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]!, result };
}

const store = new NotesStore(await openNotesDb(new IDBFactory()));
const highlights = Array.from({ length: HIGHLIGHTS }, (_, n) => makeHighlight(n));
let started = performance.now();
await store.merge(highlights);
console.log(`${HIGHLIGHTS} highlights over ${ARTICLES} articles stored in one transaction in ${(performance.now() - started).toFixed(0)} ms (fake-indexeddb, Node ${process.versions.node})`);

started = performance.now();
for (let i = 0; i < 100; i++) await store.put(makeHighlight(HIGHLIGHTS + i));
console.log(`100 single saves: ${((performance.now() - started) / 100).toFixed(2)} ms each\n`);

const line = (label: string, m: { median: number; max: number }, count: number) =>
  console.log(`${label.padEnd(58)} ${m.median.toFixed(2).padStart(7)} ms median ${m.max.toFixed(2).padStart(7)} ms max  ${String(count).padStart(5)} matches`);

const article = highlights[42]!.articleUrl;
const list = await measure(() => store.listByArticle(article));
line("one article's highlights (listByArticle)", list, list.result.length);

const queries: [string, SearchFilters, number?][] = [
  ['semarang', {}],
  ['banjir rob', {}],
  ['menteri luar negeri', {}],
  ['narasumber', {}],
  ['ban', {}],
  ['bmkg', { colours: ['yellow'] }],
  ['kompas', {}, 200],
  ['', { tag: 'banjir' }],
  ['', { colours: ['pink'], section: 'Regional' }],
  ['', { from: '2023-06-01T00:00:00.000Z', to: '2023-07-01T00:00:00.000Z' }],
];
for (const [query, filters, limit] of queries) {
  const m = await measure(() => store.search(query, filters, limit));
  const label = `search ${JSON.stringify(query)}${Object.keys(filters).length ? ` ${JSON.stringify(filters)}` : ''}${limit ? ` limit ${limit}` : ''}`;
  line(label, m, m.result.total);
}
const grouped = await measure(() => store.listGrouped());
line('whole library grouped by article (listGrouped)', grouped, grouped.result.length);
store.close();
