/**
 * The reader's UI strings. The view takes a lookup function (`ReaderStrings`) so that it needs no extension API;
 * the extension passes its i18n lookup, tests pass `messageLookup('id')`. The texts here are the same as in
 * `_locales`, where Indonesian is the default language.
 */

export const READER_MESSAGES = {
  readerOpen: { id: 'Mode baca', en: 'Reader view' },
  readerDialogLabel: { id: 'Mode baca: artikel tanpa gangguan', en: 'Reader view: the article without clutter' },
  readerClose: { id: 'Tutup', en: 'Close' },
  readerCloseHint: { id: 'Tutup mode baca (Esc)', en: 'Close reader view (Esc)' },
  readerSettings: { id: 'Tampilan', en: 'Display' },
  readerActions: { id: 'Alat mode baca', en: 'Reader tools' },
  readerSheetClose: { id: 'Selesai', en: 'Done' },
  readerPanel: { id: 'Panel', en: 'Panel' },
  readerTheme: { id: 'Tema', en: 'Theme' },
  readerThemeSystem: { id: 'Ikuti sistem', en: 'Follow system' },
  readerThemeLight: { id: 'Terang', en: 'Light' },
  readerThemeSepia: { id: 'Sepia', en: 'Sepia' },
  readerThemeDark: { id: 'Gelap', en: 'Dark' },
  readerFontSize: { id: 'Ukuran huruf', en: 'Font size' },
  readerFontSmaller: { id: 'Perkecil huruf', en: 'Smaller text' },
  readerFontLarger: { id: 'Perbesar huruf', en: 'Larger text' },
  readerLineWidth: { id: 'Lebar baris', en: 'Line width' },
  readerLineNarrow: { id: 'Sempit', en: 'Narrow' },
  readerLineMedium: { id: 'Sedang', en: 'Medium' },
  readerLineWide: { id: 'Lebar', en: 'Wide' },
  readerFont: { id: 'Jenis huruf', en: 'Typeface' },
  readerFontSerif: { id: 'Huruf berkait', en: 'Serif' },
  readerFontSans: { id: 'Huruf tanpa kait', en: 'Sans serif' },
  readerPrint: { id: 'Cetak', en: 'Print' },
  readerSave: { id: 'Simpan', en: 'Save' },
  readerSaved: { id: 'Tersimpan', en: 'Saved' },
  readerSaveHint: { id: 'Simpan artikel ini untuk dibaca nanti, juga tanpa internet', en: 'Save this article to read later, offline too' },
  readerAuthor: { id: 'Penulis', en: 'Author' },
  readerEditor: { id: 'Editor', en: 'Editor' },
  readerWords: { id: 'kata', en: 'words' },
  readerMinutes: { id: 'menit membaca', en: 'min read' },
  readerOriginal: { id: 'Lihat artikel asli', en: 'View original article' },
  readerPartial: {
    id: 'Halaman lain artikel ini tidak dapat dimuat. Yang tampil hanya halaman ini.',
    en: 'The other pages of this article could not be loaded. Only this page is shown.',
  },
  readerTags: { id: 'Topik', en: 'Topics' },
  readerWarningTitle: { id: 'Konten sensitif', en: 'Sensitive content' },
  readerWarningText: {
    id: 'Kompas.com menandai artikel ini memuat konten sensitif yang mungkin mengganggu sebagian pembaca.',
    en: 'Kompas.com marks this article as holding sensitive content that some readers may find distressing.',
  },
  readerWarningShow: { id: 'Tampilkan artikel', en: 'Show the article' },
} as const;

export type ReaderMessageKey = keyof typeof READER_MESSAGES;
/** Looks a UI string up by key, in the user's language. */
export type ReaderStrings = (key: ReaderMessageKey) => string;

/** A lookup over the texts above, for tests, the demo and as a fallback. */
export function messageLookup(language: 'id' | 'en'): ReaderStrings {
  return (key) => READER_MESSAGES[key][language];
}
