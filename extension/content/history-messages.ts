/**
 * Strings of the reading memory outside the library: "Simpan" and what it reports, the history switch and the
 * retention choice in the popup. Indonesian first; `_locales` carries the same texts (a test checks).
 */
export const HISTORY_MESSAGES = {
  saveDone: { id: 'Artikel tersimpan. Bisa dibaca di Pustaka, juga tanpa internet.', en: 'Article saved. Read it in the Library, offline too.' },
  saveDoneWithoutImage: {
    id: 'Artikel tersimpan, tetapi tanpa foto utamanya (foto tidak dapat diambil).',
    en: 'Article saved, but without its lead photo (the photo could not be fetched).',
  },
  saveAlready: { id: 'Artikel ini sudah tersimpan. Hapus simpanan di Pustaka.', en: 'This article is saved already. Remove it in the Library.' },
  saveFailed: { id: 'Artikel tidak tersimpan: $1', en: 'The article was not saved: $1' },
  saveQuotaFull: {
    id: 'Penyimpanan penuh, artikel tidak tersimpan. Hapus artikel lama di Pustaka.',
    en: 'Storage is full; the article was not saved. Delete old articles in the Library.',
  },
  saveNoAnswer: { id: 'Teman Baca tidak menjawab. Coba lagi.', en: 'The extension did not answer. Please try again.' },
  saveNoArticle: { id: 'Halaman ini tidak memuat artikel yang bisa disimpan.', en: 'This page holds no article to save.' },
  historyHeading: { id: 'Riwayat baca', en: 'Reading history' },
  historySwitchLabel: { id: 'Ingat artikel yang saya baca', en: 'Remember the articles I read' },
  historySwitchHint: {
    id: 'Judul, teks, dan nama dalam artikel disimpan hanya di peramban ini. Dimatikan, tidak ada yang dicatat; riwayat yang sudah ada tetap ada sampai kamu menghapusnya di Pustaka.',
    en: 'Titles, text and the names in articles are kept in this browser only. Off, nothing is recorded; the history kept so far stays until you clear it in the Library.',
  },
  historyRetentionLabel: { id: 'Simpan riwayat selama', en: 'Keep the history for' },
  historyRetentionHint: {
    id: 'Artikel yang lebih lama dari ini dihapus. Artikel yang kamu simpan tidak pernah dihapus.',
    en: 'Articles read longer ago are removed. Articles you saved are never removed.',
  },
  retentionForever: { id: 'Selamanya', en: 'Forever' },
  retention365d: { id: '1 tahun', en: '1 year' },
  retention90d: { id: '90 hari', en: '90 days' },
  retention30d: { id: '30 hari', en: '30 days' },
  popupSave: { id: 'Simpan', en: 'Save' },
  popupSaved: { id: 'Tersimpan', en: 'Saved' },
} as const;

export type HistoryMessageKey = keyof typeof HISTORY_MESSAGES;
