/**
 * Word clusters from the unlabelled text of data/ner, for the tagger's cluster features (features.ts), written to
 * data/ner/clusters.txt ("coarse/fine<TAB>word" lines), which `npm run ner:train` ships inside the model.
 *
 * Every lower-cased word seen at least `minCount` times in the training text (idner-news-2k train, NERGrit train,
 * NERP train and valid; never idner-news-2k dev or NERGrit valid, which the figures are measured on) gets a vector of
 * its neighbours (positive PMI with the `contexts` most frequent words at offsets -2, -1, +1, +2; the nearer offsets
 * weigh double). Spherical k-means (seeded k-means++ start, so the result is deterministic) puts the words into
 * `flat` clusters, and the cluster centroids are grouped again into `coarse` groups. The clusters are noisy (the text
 * is small) but useful: "Jakarta" shares one with "Papua", "Sumatera" and "Afrika", the months share another.
 *
 * Usage: node --import tsx scripts/ner/clusters.ts [--min-count N --contexts C --flat K --coarse G --out FILE]
 * (about 1-2 minutes on this machine).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clusterKey } from '../../src/ner/features.ts';
import { DATA_DIR, readRawTagged } from './data.ts';

export const CLUSTER_SOURCES = ['idner-news-2k/train.txt', 'nergrit/train.txt', 'nerp/train.txt', 'nerp/valid.txt'] as const;
export const CLUSTERS_FILE = 'clusters.txt';

export interface ClusterOptions {
  minCount: number;
  contexts: number;
  /** Clusters of the k-means over words, and groups of their centroids. */
  flat: number;
  coarse: number;
}
export const DEFAULT_CLUSTERS: ClusterOptions = { minCount: 2, contexts: 200, flat: 512, coarse: 48 };

/** Word -> "coarse/fine" cluster ids. */
export function buildClusters(sentences: readonly (readonly string[])[], options: ClusterOptions = DEFAULT_CLUSTERS): Map<string, string> {
  const counts = new Map<string, number>();
  const docs = sentences.map((s) => s.map(clusterKey));
  for (const s of docs) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byFreq = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const vocab = byFreq.filter(([, c]) => c >= options.minCount).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  // Context vocabulary: the most frequent words plus sentence edges; the rest share one "other" context.
  const ctxIndex = new Map<string, number>([['<s>', 0], ['</s>', 1]]);
  for (const [w] of byFreq.slice(0, options.contexts)) ctxIndex.set(w, ctxIndex.size);
  const OTHER = ctxIndex.size;
  const C = (OTHER + 1) * 4; // left-2, left-1, right-1, right-2
  const co = vocab.map(() => new Map<number, number>());
  const ctxTotals = new Float64Array(C);
  let total = 0;
  for (const s of docs) {
    for (let i = 0; i < s.length; i++) {
      const wi = index.get(s[i]!);
      if (wi === undefined) continue;
      const m = co[wi]!;
      const at = (j: number): number => (j < 0 ? 0 : j >= s.length ? 1 : (ctxIndex.get(s[j]!) ?? OTHER));
      const offsets = [-2, -1, 1, 2];
      for (let k = 0; k < 4; k++) {
        const weight = k === 1 || k === 2 ? 1 : 0.5;
        const c = at(i + offsets[k]!) * 4 + k;
        m.set(c, (m.get(c) ?? 0) + weight);
        ctxTotals[c]! += weight;
        total += weight;
      }
    }
  }
  // Positive PMI (context counts smoothed with the usual 0.75 power), then unit length.
  const vectors = vocab.map((_, wi) => {
    const v = new Float64Array(C);
    let wordTotal = 0;
    for (const n of co[wi]!.values()) wordTotal += n;
    for (const [c, n] of co[wi]!) {
      const pmi = Math.log((n * total) / (wordTotal * Math.pow(ctxTotals[c]!, 0.75) * Math.pow(total, 0.25)));
      if (pmi > 0 && c >> 2 !== OTHER) v[c] = pmi;
    }
    normalise(v);
    return v;
  });
  const paths = new Map<string, string>();
  const fine = kMeans(vectors, options.flat, C, 1);
  const coarse = kMeans(fine.centroids, options.coarse, C, 2);
  vocab.forEach((w, i) => {
    const f = fine.assignment[i]!;
    paths.set(w, `${coarse.assignment[f]}/${f}`);
  });
  return paths;
}

/** Spherical k-means with a seeded k-means++ start; deterministic. */
function kMeans(vectors: Float64Array[], k: number, D: number, seed: number): { assignment: Int32Array; centroids: Float64Array[] } {
  let state = seed >>> 0;
  const rand = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const n = vectors.length;
  let centroids: Float64Array[] = [Float64Array.from(vectors[Math.floor(rand() * n)]!)];
  const best = new Float64Array(n).fill(Infinity);
  while (centroids.length < k) {
    const last = centroids[centroids.length - 1]!;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const dist = Math.max(0, 1 - dot(vectors[i]!, last));
      if (dist < best[i]!) best[i] = dist;
      sum += best[i]! * best[i]!;
    }
    let r = rand() * sum;
    let pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= best[i]! * best[i]!;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    centroids.push(Float64Array.from(vectors[pick]!));
  }
  const assignment = new Int32Array(n);
  for (let iter = 0; iter < 20; iter++) {
    for (let i = 0; i < n; i++) {
      let arg = 0;
      let sim = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(vectors[i]!, centroids[c]!);
        if (s > sim) [arg, sim] = [c, s];
      }
      assignment[i] = arg;
    }
    const next = centroids.map(() => new Float64Array(D));
    for (let i = 0; i < n; i++) for (let d = 0; d < D; d++) next[assignment[i]!]![d]! += vectors[i]![d]!;
    next.forEach((c, j) => (c.every((x) => x === 0) ? c.set(centroids[j]!) : normalise(c)));
    centroids = next;
  }
  return { assignment, centroids };
}

function normalise(v: Float64Array): void {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < v.length; d++) v[d]! /= norm;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
  return s;
}

/** "cluster<TAB>word" lines, sorted by cluster then word. */
export function formatClusters(paths: Map<string, string>): string {
  return [...paths]
    .sort((x, y) => (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([w, p]) => `${p}\t${w}`)
    .join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { 'min-count': { type: 'string' }, out: { type: 'string' }, contexts: { type: 'string' }, flat: { type: 'string' }, coarse: { type: 'string' } } });
  const options = {
    ...DEFAULT_CLUSTERS,
    ...(values['min-count'] !== undefined && { minCount: Number(values['min-count']) }),
    ...(values.contexts !== undefined && { contexts: Number(values.contexts) }),
    ...(values.flat !== undefined && { flat: Number(values.flat) }),
    ...(values.coarse !== undefined && { coarse: Number(values.coarse) }),
  };
  const started = performance.now();
  const sentences = CLUSTER_SOURCES.flatMap((f) => readRawTagged(f).map((s) => s.words));
  const paths = buildClusters(sentences, options);
  const out = resolve(values.out ?? resolve(DATA_DIR, CLUSTERS_FILE));
  writeFileSync(out, formatClusters(paths));
  console.log(`${paths.size} words, ${new Set(paths.values()).size} clusters in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${out}`);
}
