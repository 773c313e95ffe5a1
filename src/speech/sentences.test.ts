import { describe, expect, it } from 'vitest';
import { DIPLOMACY_ARTICLE, REGIONAL_ARTICLE } from '../../fixtures/articles.ts';
import { speechSentences } from './sentences.ts';

const sentencesOf = (text: string) => speechSentences(text).map(({ start, end }) => text.slice(start, end));

/** Hard cases for a reader of Indonesian news: each text, and the sentences a listener should hear. */
const HARD_CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Dr. Andi Wijaya memeriksa pasien. Ia lalu pulang.', ['Dr. Andi Wijaya memeriksa pasien.', 'Ia lalu pulang.']],
  ['Wakil Gubernur H. Rano Karno hadir di Balai Kota.', ['Wakil Gubernur H. Rano Karno hadir di Balai Kota.']],
  ['Rumahnya di Jl. Sudirman No. 12, Jakarta. Tetangganya kaget.', ['Rumahnya di Jl. Sudirman No. 12, Jakarta.', 'Tetangganya kaget.']],
  ['Harganya naik menjadi Rp 1.000 per kilogram. Pedagang mengeluh.', ['Harganya naik menjadi Rp 1.000 per kilogram.', 'Pedagang mengeluh.']],
  ['Sidang digelar pada 2/12/2025 pukul 09.00 WIB. Terdakwa hadir.', ['Sidang digelar pada 2/12/2025 pukul 09.00 WIB.', 'Terdakwa hadir.']],
  ['Tersangka berinisial S. A. ditangkap polisi. Ia mengaku.', ['Tersangka berinisial S. A. ditangkap polisi.', 'Ia mengaku.']],
  ['Inflasi tercatat 3,5 persen. Angka itu turun.', ['Inflasi tercatat 3,5 persen.', 'Angka itu turun.']],
  ['"Kami siap," ujarnya. Lalu ia pergi.', ['"Kami siap," ujarnya.', 'Lalu ia pergi.']],
  ['"Kami siap bertanding." Pelatih itu tersenyum.', ['"Kami siap bertanding."', 'Pelatih itu tersenyum.']],
  ['Apakah harga akan turun? Belum tentu! Kita tunggu.', ['Apakah harga akan turun?', 'Belum tentu!', 'Kita tunggu.']],
  ['Prof. Dr. Ir. Budi Santoso, M.Sc., memberi kuliah umum.', ['Prof. Dr. Ir. Budi Santoso, M.Sc., memberi kuliah umum.']],
  ['  Banjir rob kembali merendam pesisir.   ', ['Banjir rob kembali merendam pesisir.']],
];

describe('speechSentences', () => {
  it.each(HARD_CASES)('reads %j as its sentences', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('covers a fixture article\'s paragraphs whole, every sentence ending as a sentence does', () => {
    for (const paragraph of [...DIPLOMACY_ARTICLE.paragraphs, ...REGIONAL_ARTICLE.paragraphs]) {
      const sentences = sentencesOf(paragraph);
      expect(sentences.join(' ').replace(/\s+/g, ' ')).toBe(paragraph.trim().replace(/\s+/g, ' '));
      for (const sentence of sentences.slice(0, -1)) expect(sentence).toMatch(/[.!?…]["”’)]*$/);
    }
  });
});
