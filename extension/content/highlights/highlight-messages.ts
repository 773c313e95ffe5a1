/** UI strings of highlighting in the page, Indonesian first; `_locales` carries the same texts (a test checks). */
export const HIGHLIGHT_MESSAGES = {
  toolbarLabel: { id: 'Sorot teks terpilih', en: 'Highlight the selected text' },
  toolbarHighlight: { id: 'Sorot', en: 'Highlight' },
  toolbarNote: { id: 'Catatan', en: 'Note' },
  colourYellow: { id: 'Kuning', en: 'Yellow' },
  colourGreen: { id: 'Hijau', en: 'Green' },
  colourBlue: { id: 'Biru', en: 'Blue' },
  colourPink: { id: 'Merah muda', en: 'Pink' },
  colourPurple: { id: 'Ungu', en: 'Purple' },
  highlightSaveFailed: { id: 'Sorotan tidak tersimpan: $1', en: 'The highlight was not saved: $1' },
  highlightQuotaFull: {
    id: 'Penyimpanan penuh, sorotan tidak tersimpan. Ekspor dan hapus sorotan lama di Pustaka.',
    en: 'Storage is full; the highlight was not saved. Export and delete old highlights in the Library.',
  },
  highlightUnreachable: {
    id: 'Teman Baca tidak menjawab; sorotan tidak tersimpan. Coba lagi.',
    en: 'The extension did not answer; the highlight was not saved. Please try again.',
  },
  highlightRateLimited: {
    id: 'Terlalu banyak sorotan dalam satu menit; yang ini tidak tersimpan. Tunggu sebentar lalu coba lagi.',
    en: 'Too many highlights in one minute; this one was not saved. Wait a moment and try again.',
  },
  notePanelLabel: { id: 'Catatan sorotan', en: 'Highlight note' },
  contextHighlight: { id: 'Sorot dengan Teman Baca', en: 'Highlight with the Reading Companion' },
  commandHighlight: { id: 'Sorot teks terpilih', en: 'Highlight the selected text' },
  commandFocusToolbar: { id: 'Pindah ke bilah sorot untuk teks terpilih', en: 'Move to the highlight toolbar for the selected text' },
  commandNote: { id: 'Sorot teks terpilih dan tulis catatan', en: 'Highlight the selected text and write a note' },
  highlightRole: { id: 'sorotan', en: 'highlight' },
  highlightRoleWithNote: { id: 'sorotan bercatatan', en: 'highlight with a note' },
  highlightSaved: { id: 'Teks disorot', en: 'Text highlighted' },
  highlightNoteSaved: { id: 'Catatan disimpan', en: 'Note saved' },
  highlightColourChanged: { id: 'Warna sorotan diubah', en: 'Highlight colour changed' },
  highlightDeleted: { id: 'Sorotan dihapus', en: 'Highlight deleted' },
  highlightNothingSelected: { id: 'Pilih teks artikel dulu untuk menyorot', en: 'Select some article text to highlight first' },
  popupNotFound: { id: 'Sorotan yang tidak ditemukan di halaman ini', en: 'Highlights not found on this page' },
  popupHighlights: { id: '$1 sorotan di artikel ini', en: '$1 highlights in this article' },
  popupLibrary: { id: 'Buka Pustaka', en: 'Open the Library' },
} as const;

export type HighlightMessageKey = keyof typeof HIGHLIGHT_MESSAGES;
