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
  listenOpen: { id: 'Dengarkan', en: 'Listen' },
  listenOpenHint: { id: 'Bacakan artikel ini dengan suara', en: 'Read this article aloud' },
  listenRegion: { id: 'Pemutar suara artikel', en: 'Article audio player' },
  listenPlay: { id: 'Putar', en: 'Play' },
  listenResume: { id: 'Lanjutkan', en: 'Resume' },
  listenPause: { id: 'Jeda', en: 'Pause' },
  listenStop: { id: 'Berhenti', en: 'Stop' },
  listenPrevious: { id: 'Paragraf sebelumnya', en: 'Previous paragraph' },
  listenNext: { id: 'Paragraf berikutnya', en: 'Next paragraph' },
  listenProgress: { id: 'Paragraf {current} dari {total}', en: 'Paragraph {current} of {total}' },
  listenOptions: { id: 'Suara dan kecepatan', en: 'Voice and speed' },
  listenSpeed: { id: 'Kecepatan', en: 'Speed' },
  listenVoice: { id: 'Suara', en: 'Voice' },
  listenVoicesOfArticle: { id: 'Bahasa artikel', en: 'The article\'s language' },
  listenVoicesOther: { id: 'Bahasa lain', en: 'Other languages' },
  listenNoVoiceChoice: { id: 'Pilih suara', en: 'Choose a voice' },
  listenCaptions: { id: 'Bacakan keterangan foto', en: 'Read picture captions' },
  listenLoadingVoices: { id: 'Memuat suara…', en: 'Loading voices…' },
  listenNoVoice: {
    id: 'Peramban ini belum punya suara bahasa {language}, jadi artikel tidak dibacakan dengan suara bahasa lain.',
    en: 'This browser has no {language} voice, so the article is not read with a voice of another language.',
  },
  listenAddVoice: {
    id: 'Tambahkan suara bahasa {language} di pengaturan ucapan sistem (Windows: Pengaturan › Waktu & bahasa › Ucapan; ' +
      'macOS: Pengaturan Sistem › Aksesibilitas › Konten Lisan; Android: Setelan › Aksesibilitas › Output teks ke ' +
      'ucapan; Linux: speech-dispatcher dengan espeak-ng), lalu muat ulang halaman. Atau pilih suara lain di menu Suara.',
    en: 'Add a {language} voice in the system\'s speech settings (Windows: Settings › Time & language › Speech; macOS: ' +
      'System Settings › Accessibility › Spoken Content; Android: Settings › Accessibility › Text-to-speech output; ' +
      'Linux: speech-dispatcher with espeak-ng), then reload the page. Or choose another voice in the Voice menu.',
  },
  listenOnlineOnly: {
    id: 'Suara bahasa {language} di peramban ini bekerja lewat internet: teks artikel dikirim ke penyedia suaranya. ' +
      'Pilih suara itu di menu Suara bila Anda setuju, atau tambahkan suara yang bekerja di perangkat ini.',
    en: 'The {language} voices in this browser work over the internet: the article\'s text is sent to their provider. ' +
      'Choose one in the Voice menu if you agree, or add a voice that works on this device.',
  },
  listenOnline: { id: 'daring', en: 'online' },
  listenNoVoices: {
    id: 'Peramban ini tidak punya suara untuk membacakan teks.',
    en: 'This browser has no voice to read text aloud.',
  },
  listenError: {
    id: 'Suara berhenti karena galat ({error}). Putar lagi atau pilih suara lain.',
    en: 'The voice stopped with an error ({error}). Play again or choose another voice.',
  },
  listenClose: { id: 'Tutup pemutar', en: 'Close player' },
  /** The language the texts above are in, for naming languages and numbers in it. */
  listenUiLanguage: { id: 'id', en: 'en' },
} as const;

export type ReaderMessageKey = keyof typeof READER_MESSAGES;
/** Looks a UI string up by key, in the user's language. */
export type ReaderStrings = (key: ReaderMessageKey) => string;

/** A lookup over the texts above, for tests, the demo and as a fallback. */
export function messageLookup(language: 'id' | 'en'): ReaderStrings {
  return (key) => READER_MESSAGES[key][language];
}
