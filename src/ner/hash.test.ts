import { describe, expect, it } from 'vitest';
import { hashRange, hashRangeAfter, hashString } from './hash.ts';

const TEXTS = ['', 'a', 'Jokowi', 'pemerintah', 'Erdoğan', '17/305', 'KOMPAS.com', '“kutipan”'];

describe('hashRange and hashRangeAfter', () => {
  it('hash a part of a text as hashString hashes that part cut out', () => {
    for (const text of TEXTS) {
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          expect(hashRange(text, start, end), `${text} ${start}-${end}`).toBe(hashString(text.slice(start, end)));
        }
      }
    }
  });

  it('continue from a prefix as hashString hashes the prefix and the part joined', () => {
    for (const prefix of ['', 'c:', 'f:', 'awalan panjang']) {
      for (const text of TEXTS) {
        for (let end = 0; end <= text.length; end++) {
          expect(hashRangeAfter(hashString(prefix), text, 0, end), `${prefix}|${text}|${end}`).toBe(hashString(prefix + text.slice(0, end)));
        }
      }
    }
  });
});
