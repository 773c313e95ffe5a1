/**
 * The tagger's weights as stored in `model.json`: three strings of one character per symbol, over the 64 characters
 * of base64url (A-Z a-z 0-9 - _ standing for 0-63).
 *
 * Most of the 2^18 hash buckets hold no weight, and a bucket that does usually holds two or three of its seven. Per
 * non-empty bucket, in bucket order:
 * - `buckets`: (distance from the previous non-empty bucket, the first counting from -1) * 2 + the bit of tag 6,
 *   in base 32, least significant digit first; a digit d is written as symbol 32 + d when more digits follow;
 * - `tags`: one symbol whose bits 0-5 say which of tags 0-5 hold a weight;
 * - `values`: those weights, tag by tag, each as symbol weight + 31 (so |weight| <= 31).
 * One symbol per character keeps the streams byte-aligned and apart, which gzip compresses far better than the
 * base64 of interleaved bytes used before (about 45 KB less for the same weights).
 */
import { runToEnd, type Steps } from '../scheduling/steps.ts';

export interface TagWeights {
  buckets: string;
  tags: string;
  values: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Largest magnitude a weight may have. */
export const MAX_STORED_WEIGHT = 31;
const SYMBOL_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) SYMBOL_OF[ALPHABET.charCodeAt(i)] = i;

/** Encodes `weights` (tagCount weights per bucket, bucket-major) for 7 tags. */
export function encodeTagWeights(weights: Int8Array, tagCount: number): TagWeights {
  if (tagCount !== 7) throw new Error('The weight format stores 7 tags per bucket');
  let buckets = '';
  let tags = '';
  let values = '';
  let previous = -1;
  for (let bucket = 0; bucket * tagCount < weights.length; bucket++) {
    const at = bucket * tagCount;
    let mask = 0;
    for (let t = 0; t < tagCount; t++) {
      const w = weights[at + t]!;
      if (w === 0) continue;
      if (Math.abs(w) > MAX_STORED_WEIGHT) throw new Error(`Weight ${w} exceeds the stored range`);
      mask |= 1 << t;
      values += ALPHABET[w + MAX_STORED_WEIGHT];
    }
    if (mask === 0) continue;
    let n = (bucket - previous) * 2 + (mask >> 6);
    previous = bucket;
    while (n >= 32) {
      buckets += ALPHABET[32 + (n & 31)];
      n >>>= 5;
    }
    buckets += ALPHABET[n];
    tags += ALPHABET[mask & 63];
  }
  return { buckets, tags, values };
}

function symbol(text: string, i: number): number {
  const s = SYMBOL_OF[text.charCodeAt(i)] ?? -1;
  if (s < 0) throw new Error('Corrupt NER model weights');
  return s;
}

/** Decodes `encodeTagWeights` output into `size` weights (7 per bucket). */
export function decodeTagWeights(stored: TagWeights, size: number): Int8Array {
  return runToEnd(decodeTagWeightsInSteps(stored, size));
}

/** Non-empty buckets decoded in one step: well under a millisecond of work, even in code not yet optimised. */
const BUCKETS_PER_STEP = 2_048;

/** `decodeTagWeights`, yielding every BUCKETS_PER_STEP buckets so that a page can take the main thread back. */
export function* decodeTagWeightsInSteps(stored: TagWeights, size: number): Steps<Int8Array> {
  const weights = new Int8Array(size);
  const { buckets, tags, values } = stored;
  let p = 0;
  let v = 0;
  let bucket = -1;
  for (let k = 0; k < tags.length; k++) {
    let n = 0;
    let shift = 0;
    let d: number;
    do {
      d = symbol(buckets, p++);
      n += (d & 31) * 2 ** shift;
      shift += 5;
    } while (d >= 32);
    bucket += Math.floor(n / 2);
    const mask = symbol(tags, k) | ((n & 1) << 6);
    const at = bucket * 7;
    if (at + 7 > size) throw new Error('Corrupt NER model weights');
    for (let t = 0; t < 7; t++) if (mask & (1 << t)) weights[at + t] = symbol(values, v++) - MAX_STORED_WEIGHT;
    if ((k + 1) % BUCKETS_PER_STEP === 0) yield;
  }
  return weights;
}
