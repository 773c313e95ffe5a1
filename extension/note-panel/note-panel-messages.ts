/**
 * UI strings of the note panel, Indonesian first. The panel takes a lookup function (`NotePanelStrings`) so it needs
 * no extension API; `_locales` carries the same texts under the same keys. `$1` is a positional substitution.
 */
import type { Colour } from '../../src/notes/highlight.ts';
import { substitute } from '../library/library-messages.ts';

export const NOTE_PANEL_MESSAGES = {
  notePanelTitle: { id: 'Catatan', en: 'Note' },
  notePanelQuote: { id: 'Kutipan', en: 'Quote' },
  notePanelLoading: { id: 'Memuat catatan…', en: 'Loading the note…' },
  notePanelNoteLabel: { id: 'Catatan Anda', en: 'Your note' },
  notePanelNoteHint: { id: 'Markdown boleh: *miring*, **tebal**, [tautan](https://…), daftar.', en: 'Markdown allowed: *italic*, **bold**, [link](https://…), lists.' },
  notePanelPreview: { id: 'Pratinjau', en: 'Preview' },
  notePanelTagsLabel: { id: 'Tag (pisahkan dengan koma)', en: 'Tags (comma separated)' },
  notePanelColour: { id: 'Warna sorotan', en: 'Highlight colour' },
  notePanelSave: { id: 'Simpan', en: 'Save' },
  notePanelSaveHint: { id: 'Simpan (Ctrl+Enter)', en: 'Save (Ctrl+Enter)' },
  notePanelDelete: { id: 'Hapus', en: 'Delete' },
  notePanelDeleteHint: { id: 'Hapus sorotan ini beserta catatannya', en: 'Delete this highlight and its note' },
  notePanelDeleteQuestion: { id: 'Hapus sorotan ini beserta catatannya?', en: 'Delete this highlight and its note?' },
  notePanelObscured: {
    id: 'Ada yang menutupi panel ini, jadi menghapus tidak bisa dilakukan sekarang.',
    en: 'Something is covering this panel, so deleting is not possible right now.',
  },
  notePanelDeleteConfirm: { id: 'Ya, hapus', en: 'Yes, delete' },
  notePanelDeleteCancel: { id: 'Batal', en: 'Cancel' },
  notePanelClose: { id: 'Tutup', en: 'Close' },
  notePanelCloseHint: { id: 'Tutup (Esc)', en: 'Close (Esc)' },
  notePanelSaving: { id: 'Menyimpan…', en: 'Saving…' },
  notePanelSaved: { id: 'Catatan disimpan.', en: 'Note saved.' },
  notePanelColourSaved: { id: 'Warna diganti: $1.', en: 'Colour changed: $1.' },
  notePanelDeleted: { id: 'Sorotan dihapus.', en: 'Highlight deleted.' },
  notePanelOpenAgain: {
    id: 'Catatan ini tidak dapat dibuka di sini. Tutup panel, lalu buka catatannya lagi dari artikel.',
    en: 'This note cannot be opened here. Close the panel, then open the note again from the article.',
  },
  notePanelNotFound: { id: 'Sorotan ini sudah tidak ada (mungkin dihapus di tab lain).', en: 'This highlight no longer exists (perhaps deleted in another tab).' },
  notePanelErrorQuota: {
    id: 'Penyimpanan penuh: catatan tidak tersimpan. Ekspor sorotan dari halaman Sorotan, lalu hapus yang lama.',
    en: 'Storage is full: the note was not saved. Export your highlights from the Highlights page, then delete old ones.',
  },
  notePanelErrorUnreachable: { id: 'Teman Baca tidak menjawab. Muat ulang halaman lalu coba lagi.', en: 'Teman Baca did not answer. Reload the page and try again.' },
  notePanelErrorOther: { id: 'Tidak berhasil: $1', en: 'That did not work: $1' },
  notePanelTooManyTags: { id: 'Terlalu banyak tag (paling banyak $1).', en: 'Too many tags (at most $1).' },
  notePanelTagTooLong: { id: 'Tag terlalu panjang (paling banyak $1 karakter).', en: 'A tag is too long (at most $1 characters).' },
  notePanelNoteTooLong: { id: 'Catatan terlalu panjang (paling banyak $1 karakter).', en: 'The note is too long (at most $1 characters).' },
  notePanelColourYellow: { id: 'Kuning', en: 'Yellow' },
  notePanelColourGreen: { id: 'Hijau', en: 'Green' },
  notePanelColourBlue: { id: 'Biru', en: 'Blue' },
  notePanelColourPink: { id: 'Merah muda', en: 'Pink' },
  notePanelColourPurple: { id: 'Ungu', en: 'Purple' },
} as const;

export type NotePanelMessageKey = keyof typeof NOTE_PANEL_MESSAGES;
/** Looks a UI string up by key in the reader's language, filling `$1`... with `substitutions`. */
export type NotePanelStrings = (key: NotePanelMessageKey, ...substitutions: Array<string | number>) => string;

export const NOTE_PANEL_COLOUR_KEYS = {
  yellow: 'notePanelColourYellow',
  green: 'notePanelColourGreen',
  blue: 'notePanelColourBlue',
  pink: 'notePanelColourPink',
  purple: 'notePanelColourPurple',
} as const satisfies Record<Colour, NotePanelMessageKey>;

/** A lookup over the texts above, for tests and as the page's fallback while a key is missing from `_locales`. */
export function notePanelMessageLookup(language: 'id' | 'en'): NotePanelStrings {
  return (key, ...substitutions) => substitute(NOTE_PANEL_MESSAGES[key][language], substitutions);
}
