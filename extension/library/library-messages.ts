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
