/**
 * UI strings of the library page, Indonesian first. The components take a lookup function (`LibraryStrings`) so they
 * need no extension API: the page passes its i18n lookup, tests pass `libraryMessageLookup('id')`. `_locales` carries
 * the same texts under the same keys. `$1`, `$2` are positional substitutions, as `browser.i18n.getMessage` fills them.
 */
import type { Colour } from '../../src/notes/highlight.ts';

export const LIBRARY_MESSAGES = {
  libraryTitle: { id: 'Sorotan dan catatan', en: 'Highlights and notes' },
  librarySubtitle: { id: 'Semua yang Anda tandai di Kompas.com, per artikel.', en: 'Everything you marked on Kompas.com, by article.' },
  librarySearchHeading: { id: 'Cari dan saring', en: 'Search and filter' },
  librarySearchLabel: { id: 'Cari di kutipan, catatan, dan judul', en: 'Search quotes, notes and titles' },
  librarySearchPlaceholder: { id: 'mis. banjir Semarang', en: 'e.g. flood Semarang' },
  libraryColourFilter: { id: 'Warna', en: 'Colour' },
  libraryTagFilter: { id: 'Tag', en: 'Tag' },
  librarySectionFilter: { id: 'Rubrik', en: 'Section' },
  libraryAnyTag: { id: 'Semua tag', en: 'All tags' },
  libraryAnySection: { id: 'Semua rubrik', en: 'All sections' },
  libraryFrom: { id: 'Dari tanggal', en: 'From' },
  libraryTo: { id: 'Sampai tanggal', en: 'To' },
  libraryClearFilters: { id: 'Hapus saringan', en: 'Clear filters' },
  libraryResultsHeading: { id: 'Sorotan', en: 'Highlights' },
  libraryLoading: { id: 'Memuat sorotan…', en: 'Loading highlights…' },
  libraryCount: { id: '$1 sorotan', en: '$1 highlights' },
  libraryShownOf: { id: '$1 dari $2 sorotan ditampilkan', en: 'Showing $1 of $2 highlights' },
  libraryShowMore: { id: 'Tampilkan lebih banyak', en: 'Show more' },
  libraryEmpty: {
    id: 'Belum ada sorotan. Tandai kalimat di artikel Kompas.com untuk mulai mengumpulkan.',
    en: 'No highlights yet. Select words in a Kompas.com article to start collecting.',
  },
  libraryNoMatches: { id: 'Tidak ada sorotan yang cocok dengan pencarian ini.', en: 'No highlights match this search.' },
  libraryNoSection: { id: 'Tanpa rubrik', en: 'No section' },
  libraryOpenAtHighlight: { id: 'Lihat di artikel', en: 'Show in article' },
  libraryNewTab: { id: '(tab baru)', en: '(new tab)' },
  libraryCreated: { id: 'Dibuat', en: 'Created' },
  libraryTags: { id: 'Tag', en: 'Tags' },
  libraryEdit: { id: 'Ubah catatan', en: 'Edit note' },
  libraryDelete: { id: 'Hapus', en: 'Delete' },
  libraryNoteLabel: { id: 'Catatan', en: 'Note' },
  libraryNoteHint: { id: 'Markdown boleh: *miring*, **tebal**, [tautan](https://…), daftar.', en: 'Markdown allowed: *italic*, **bold**, [link](https://…), lists.' },
  libraryTagsLabel: { id: 'Tag (pisahkan dengan koma)', en: 'Tags (comma separated)' },
  librarySave: { id: 'Simpan', en: 'Save' },
  libraryCancel: { id: 'Batal', en: 'Cancel' },
  librarySaving: { id: 'Menyimpan…', en: 'Saving…' },
  librarySaved: { id: 'Catatan disimpan.', en: 'Note saved.' },
  libraryDeleted: { id: 'Sorotan dihapus.', en: 'Highlight deleted.' },
  libraryUndo: { id: 'Urungkan', en: 'Undo' },
  libraryDismiss: { id: 'Tutup pemberitahuan', en: 'Dismiss' },
  libraryRestored: { id: 'Sorotan dikembalikan.', en: 'Highlight restored.' },
  libraryTransferHeading: { id: 'Cadangan', en: 'Backup' },
  libraryTransferHint: {
    id: 'Ekspor menyimpan semua sorotan ke berkas. Impor menggabungkan berkas JSON ke koleksi ini; berkas yang rusak tidak mengubah apa pun.',
    en: 'Export saves every highlight to a file. Import merges a JSON file into this collection; a damaged file changes nothing.',
  },
  libraryExportJson: { id: 'Ekspor JSON', en: 'Export JSON' },
  libraryExportMarkdown: { id: 'Ekspor Markdown', en: 'Export Markdown' },
  libraryExported: { id: 'Berkas $1 diunduh.', en: 'Downloaded $1.' },
  libraryImport: { id: 'Impor berkas JSON', en: 'Import a JSON file' },
  libraryImporting: { id: 'Mengimpor…', en: 'Importing…' },
  libraryImported: { id: 'Impor selesai: $1 baru, $2 diperbarui, $3 tidak berubah.', en: 'Import done: $1 added, $2 updated, $3 unchanged.' },
  libraryImportedArticles: { id: 'Artikel: $1 baru, $2 diperbarui; $3 tersimpan untuk dibaca luring.', en: 'Articles: $1 added, $2 updated; $3 saved for reading offline.' },
  libraryImportFailed: { id: 'Berkas tidak diimpor, koleksi tidak berubah: $1', en: 'The file was not imported and nothing changed: $1' },
  libraryImportTooLargeToSend: {
    id: 'berkas terlalu besar untuk dikirim ke Teman Baca (lebih dari 64 MiB setelah dikodekan sebagai JSON).',
    en: 'the file is too large to hand to Teman Baca (over 64 MiB once encoded as JSON).',
  },
  libraryErrorRateLimited: { id: 'Terlalu banyak perubahan sekaligus. Tunggu sebentar lalu coba lagi.', en: 'Too many changes at once. Wait a moment and try again.' },
  libraryErrorQuota: {
    id: 'Penyimpanan penuh: perubahan tidak tersimpan. Ekspor sorotan Anda, lalu hapus yang lama untuk memberi ruang.',
    en: 'Storage is full: the change was not saved. Export your highlights, then delete old ones to make room.',
  },
  libraryErrorNotFound: { id: 'Sorotan ini sudah tidak ada (mungkin dihapus di tab lain).', en: 'This highlight no longer exists (perhaps deleted in another tab).' },
  libraryErrorUnreachable: {
    id: 'Teman Baca tidak menjawab. Muat ulang halaman ini lalu coba lagi.',
    en: 'Teman Baca did not answer. Reload this page and try again.',
  },
  libraryErrorInvalid: { id: 'Perubahan ditolak: $1', en: 'The change was refused: $1' },
  libraryErrorStorage: { id: 'Gagal membaca atau menyimpan data: $1', en: 'Reading or saving failed: $1' },
  libraryTooManyTags: { id: 'Terlalu banyak tag (paling banyak $1).', en: 'Too many tags (at most $1).' },
  libraryTagTooLong: { id: 'Tag terlalu panjang (paling banyak $1 karakter).', en: 'A tag is too long (at most $1 characters).' },
  libraryNoteTooLong: { id: 'Catatan terlalu panjang (paling banyak $1 karakter).', en: 'The note is too long (at most $1 characters).' },
  libraryBadDateRange: { id: 'Tanggal awal harus sebelum tanggal akhir.', en: 'The start date must come before the end date.' },
  libraryColourYellow: { id: 'Kuning', en: 'Yellow' },
  libraryColourGreen: { id: 'Hijau', en: 'Green' },
  libraryColourBlue: { id: 'Biru', en: 'Blue' },
  libraryColourPink: { id: 'Merah muda', en: 'Pink' },
  libraryColourPurple: { id: 'Ungu', en: 'Purple' },
  readingNavLabel: { id: 'Bagian perpustakaan', en: 'Library sections' },
  readingViewHighlights: { id: 'Sorotan', en: 'Highlights' },
  readingViewArticles: { id: 'Artikel', en: 'Articles' },
  readingViewEntities: { id: 'Tokoh & tempat', en: 'People & places' },
  readingSearchLabel: { id: 'Cari semua yang sudah dibaca', en: 'Search everything you read' },
  readingSearchPlaceholder: { id: 'mis. menyerang, banjir Semarang', en: 'e.g. attack, flood Semarang' },
  readingSearchHeading: { id: 'Hasil pencarian', en: 'Search results' },
  readingSearchCount: { id: '$1 hasil', en: '$1 results' },
  readingSearchNone: { id: 'Tidak ada artikel, sorotan, atau catatan yang cocok.', en: 'No article, highlight or note matches.' },
  readingSearchFailed: { id: 'Pencarian gagal: $1', en: 'Search failed: $1' },
  readingSearching: { id: 'Mencari…', en: 'Searching…' },
  readingKindArticle: { id: 'Artikel', en: 'Article' },
  readingKindHighlight: { id: 'Sorotan', en: 'Highlight' },
  readingArticlesTitle: { id: 'Artikel yang dibaca', en: 'Articles read' },
  readingArticlesIntro: {
    id: 'Teman Baca mencatat artikel Kompas.com yang Anda baca: judul, rubrik, penulis, tanggal, seberapa jauh dibaca, teks artikel, serta tokoh dan tempat di dalamnya. Semuanya tersimpan hanya di peramban ini.',
    en: 'Teman Baca records the Kompas.com articles you read: title, section, author, date, how far you read, the article’s text, and the people and places in it. Everything stays in this browser only.',
  },
  readingRememberLabel: { id: 'Ingat artikel yang saya baca', en: 'Remember the articles I read' },
  readingRetentionLabel: { id: 'Simpan riwayat selama', en: 'Keep history for' },
  readingRetentionForever: { id: 'Selamanya', en: 'Forever' },
  readingRetention365d: { id: '1 tahun', en: '1 year' },
  readingRetention90d: { id: '90 hari', en: '90 days' },
  readingRetention30d: { id: '30 hari', en: '30 days' },
  readingRetentionHint: { id: 'Artikel yang disimpan tidak pernah dihapus otomatis.', en: 'Saved articles are never removed automatically.' },
  readingSavedOnly: { id: 'Tersimpan saja', en: 'Saved only' },
  readingSavedBadge: { id: 'Tersimpan', en: 'Saved' },
  readingReadOn: { id: 'Dibaca $1', en: 'Read $1' },
  readingReadFraction: { id: '$1% dibaca', en: '$1% read' },
  readingOpenOriginal: { id: 'Buka di kompas.com', en: 'Open on kompas.com' },
  readingOpenSaved: { id: 'Buka salinan tersimpan', en: 'Open saved copy' },
  readingForget: { id: 'Lupakan', en: 'Forget' },
  readingForgetLabel: { id: 'Lupakan artikel “$1”', en: 'Forget the article “$1”' },
  readingForgotten: { id: 'Artikel dilupakan.', en: 'Article forgotten.' },
  readingClearHistory: { id: 'Hapus riwayat', en: 'Clear history' },
  readingClearConfirm: { id: 'Hapus semua riwayat baca? Artikel yang disimpan tetap ada.', en: 'Clear all reading history? Saved articles stay.' },
  readingClearYes: { id: 'Ya, hapus riwayat', en: 'Yes, clear history' },
  readingCleared: { id: 'Riwayat baca dihapus.', en: 'Reading history cleared.' },
  readingArticlesEmpty: { id: 'Belum ada artikel yang tercatat.', en: 'No articles recorded yet.' },
  readingSavedEmpty: { id: 'Belum ada artikel yang disimpan.', en: 'No saved articles yet.' },
  readingLoading: { id: 'Memuat…', en: 'Loading…' },
  readingArticleCount: { id: '$1 artikel', en: '$1 articles' },
  readingFailed: { id: 'Riwayat baca tidak dapat dibaca atau diubah: $1', en: 'The reading history could not be read or changed: $1' },
  readingEntitiesTitle: { id: 'Tokoh & tempat', en: 'People & places' },
  readingEntitiesIntro: { id: 'Orang, tempat, dan organisasi di artikel yang Anda baca.', en: 'People, places and organisations in the articles you read.' },
  readingEntitiesMore: { id: 'Tampilkan lebih banyak: $1', en: 'Show more: $1' },
  readingEntitiesEmpty: { id: 'Belum ada tokoh atau tempat dari artikel yang dibaca.', en: 'No people or places from articles read yet.' },
  readingTypePER: { id: 'Tokoh', en: 'People' },
  readingTypeLOC: { id: 'Tempat', en: 'Places' },
  readingTypeORG: { id: 'Organisasi', en: 'Organisations' },
  readingEntityCounts: { id: '$1 artikel, $2 sebutan', en: '$1 articles, $2 mentions' },
  readingEntitySeen: { id: 'Pertama $1, terakhir $2', en: 'First $1, last $2' },
  readingEntityBack: { id: 'Kembali ke daftar tokoh & tempat', en: 'Back to people & places' },
  readingEntityNotFound: { id: 'Nama ini tidak ada di artikel yang dibaca.', en: 'This name is in no article read.' },
  readingEntityArticles: { id: 'Artikel', en: 'Articles' },
  readingEntityTimeline: { id: 'Artikel per minggu', en: 'Articles per week' },
  readingEntityWeek: { id: 'Minggu mulai $1: $2 artikel', en: 'Week of $1: $2 articles' },
  readingEntityRelated: { id: 'Sering disebut bersama', en: 'Often named together' },
  readingEntityRelatedCount: { id: '$1 artikel bersama', en: '$1 shared articles' },
  readingEntityHighlights: { id: 'Sorotan dan catatan yang menyebutnya', en: 'Highlights and notes that mention it' },
  readingEntityNoHighlights: { id: 'Belum ada sorotan yang menyebutnya.', en: 'No highlight mentions it yet.' },
  readingEntityAlsoWritten: { id: 'Juga ditulis: $1', en: 'Also written: $1' },
} as const;

export type LibraryMessageKey = keyof typeof LIBRARY_MESSAGES;
/** Looks a UI string up by key in the reader's language, filling `$1`... with `substitutions`. */
export type LibraryStrings = (key: LibraryMessageKey, ...substitutions: Array<string | number>) => string;

/** Fills `$1`..`$9` the way `browser.i18n.getMessage` does. */
export function substitute(text: string, substitutions: ReadonlyArray<string | number>): string {
  return text.replace(/\$([1-9])/g, (whole, n: string) => {
    const value = substitutions[Number(n) - 1];
    return value === undefined ? '' : String(value);
  });
}

/** A lookup over the texts above, for tests and as the page's fallback while a key is missing from `_locales`. */
export function libraryMessageLookup(language: 'id' | 'en'): LibraryStrings {
  return (key, ...substitutions) => substitute(LIBRARY_MESSAGES[key][language], substitutions);
}

/** The key naming each highlight colour. */
export const LIBRARY_COLOUR_KEYS = {
  yellow: 'libraryColourYellow',
  green: 'libraryColourGreen',
  blue: 'libraryColourBlue',
  pink: 'libraryColourPink',
  purple: 'libraryColourPurple',
} as const satisfies Record<Colour, LibraryMessageKey>;
