import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConll, type ConllSentence } from '../../src/ner/conll.ts';
import type { Tag } from '../../src/ner/types.ts';

/** The project's copy of the NER corpora (see data/ner/SOURCES.md). */
export const DATA_DIR = resolve(process.cwd(), 'data/ner');

export const SETS = {
  idnerTrain: 'idner-news-2k/train.txt',
  idnerDev: 'idner-news-2k/dev.txt',
  nergritTrain: 'nergrit/train.txt',
  nergritValid: 'nergrit/valid.txt',
  nerpTrain: 'nerp/train.txt',
} as const;

export function readSet(relative: string): ConllSentence[] {
  return parseConll(readFileSync(resolve(DATA_DIR, relative), 'utf8'));
}

/** Sentences with gold tags, for training and scoring. */
export function readGold(relative: string): { words: string[]; tags: Tag[] }[] {
  return readSet(relative).map((s) => {
    if (s.tags === null) throw new Error(`${relative}: a sentence has no tag column`);
    return { words: s.words, tags: s.tags };
  });
}

/** NERP keeps its own tag names (PPL, PLC, IND, EVT, FNB), which the word-class lexicon uses as they are. */
export function readRawTagged(relative: string): { words: string[]; rawTags: string[] }[] {
  const out: { words: string[]; rawTags: string[] }[] = [];
  let words: string[] = [];
  let rawTags: string[] = [];
  for (const line of readFileSync(resolve(DATA_DIR, relative), 'utf8').split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === undefined || cols[0] === '') {
      if (words.length > 0) out.push({ words, rawTags });
      words = [];
      rawTags = [];
      continue;
    }
    words.push(cols[0]);
    rawTags.push(cols[cols.length - 1]!);
  }
  if (words.length > 0) out.push({ words, rawTags });
  return out;
}

/** Word clusters as written by scripts/ner/clusters.ts ("coarse/fine<TAB>word" lines), in the model's shipped form. */
export function readClusters(relative = 'clusters.txt'): Record<string, string> {
  const byPath = new Map<string, string[]>();
  for (const line of readFileSync(resolve(DATA_DIR, relative), 'utf8').split('\n')) {
    const [path, word] = line.split('\t');
    if (path === undefined || word === undefined || word === '') continue;
    let words = byPath.get(path);
    if (words === undefined) byPath.set(path, (words = []));
    words.push(word);
  }
  const out: Record<string, string> = {};
  for (const path of [...byPath.keys()].sort()) out[path] = byPath.get(path)!.join(' ');
  return out;
}
