/**
 * The extension's own strings (store listing, popup, commands), Indonesian first. With the tables beside each UI,
 * these are the single source of `_locales`: `npm run locales` writes it, and a test checks it is up to date.
 */
export const APP_MESSAGES = {
  extensionName: { id: 'Teman Baca Kompas', en: 'Kompas Reading Companion' },
  extensionShortName: { id: 'Teman Baca', en: 'Reading Companion' },
  extensionDescription: {
    id: 'Teman membaca Kompas.com: halaman bersih tanpa gangguan, mode baca, tokoh dan tempat sekilas pandang, serta sorotan dan catatan yang tidak hilang.',
    en: 'A reading companion for Kompas.com: clean pages without clutter, a reader view, people and places at a glance, and highlights and notes that are never lost.',
  },
  popupHeading: { id: 'Teman Baca Kompas', en: 'Kompas Reading Companion' },
  rememberNamesLabel: { id: 'Ingat nama dari artikel', en: 'Remember names from articles' },
  rememberNamesHint: {
    id: 'Nama tokoh yang diperkenalkan dengan jabatannya dikenali lagi di artikel berikutnya. Tersimpan hanya di peramban ini.',
    en: 'People introduced with their title are recognised again in later articles. Kept in this browser only.',
  },
  forgetNamesButton: { id: 'Lupakan nama yang diingat', en: 'Forget remembered names' },
  namesForgotten: { id: 'Nama yang diingat sudah dilupakan.', en: 'Remembered names have been forgotten.' },
  namesForgetFailed: { id: 'Nama yang diingat tidak dapat dilupakan. Coba lagi.', en: 'Remembered names could not be forgotten. Try again.' },
  clutterSwitchLabel: { id: 'Sembunyikan gangguan', en: 'Hide clutter' },
  clutterSwitchHint: {
    id: 'Spanduk kontes komentar, verifikasi data, dan ajakan buletin.',
    en: 'Comment-contest, data-verification and newsletter banners.',
  },
  clutterHiddenCount: { id: '$1 elemen disembunyikan di halaman ini', en: '$1 items hidden on this page' },
  clutterNothingHidden: { id: 'Tidak ada gangguan di halaman ini', en: 'No clutter on this page' },
  clutterWouldHideCount: { id: '$1 elemen akan disembunyikan bila diaktifkan', en: '$1 items would be hidden when on' },
  popupNotKompas: { id: 'Buka halaman Kompas.com untuk memakai Teman Baca.', en: 'Open a Kompas.com page to use the Reading Companion.' },
  popupPageNotReady: {
    id: 'Muat ulang halaman ini agar Teman Baca dapat bekerja.',
    en: 'Reload this page so the Reading Companion can work on it.',
  },
  commandToggleReader: { id: 'Buka atau tutup mode baca', en: 'Open or close the reader view' },
  popupReaderButton: { id: 'Mode baca', en: 'Reader view' },
  popupReaderClose: { id: 'Tutup mode baca', en: 'Close reader view' },
  popupReaderUnavailable: { id: 'Mode baca tersedia di halaman artikel.', en: 'The reader view is available on article pages.' },
  readerAutoOpenLabel: { id: 'Selalu buka artikel di mode baca', en: 'Always open articles in the reader view' },
} as const;
