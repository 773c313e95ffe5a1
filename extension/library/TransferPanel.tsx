import { useState } from 'preact/hooks';
import type { LibraryStrings } from './library-messages.ts';

/** The panel's own strings (Indonesian first), beside the library's; `_locales` carries them too. */
export const TRANSFER_MESSAGES = {
  transferReadingHint: {
    id: 'Berkas JSON juga membawa artikel yang Anda baca, artikel tersimpan beserta fotonya, dan pengaturan riwayat.',
    en: 'The JSON file also carries the articles you read, saved articles with their photos, and the history settings.',
  },
  transferWithTexts: { id: 'Sertakan teks artikel (berkas lebih besar, bisa dicari setelah diimpor)', en: 'Include article texts (a larger file, searchable after import)' },
  transferExportSaved: { id: 'Ekspor artikel tersimpan (Markdown)', en: 'Export saved articles (Markdown)' },
} as const;

export type TransferMessageKey = keyof typeof TRANSFER_MESSAGES;

export interface ExportOptions {
  /** `json` only: the articles' texts go in the file. */
  withTexts: boolean;
}

export interface TransferPanelProps {
  /** `notes/export` with this format, and for `json` `withTexts`. */
  onExport: (format: 'json' | 'markdown', options: ExportOptions) => void;
  /** `notes/export` as `saved-markdown`: the saved articles with their highlights. No button without it. */
  onExportSaved?: () => void;
  onImport: (file: File) => void;
  /** True while an export or import runs; the controls wait for it. */
  busy: boolean;
  strings: LibraryStrings;
  /** Language of the panel's own strings. */
  language?: 'id' | 'en';
}

/**
 * Backup: export to JSON (Web Annotation, with the reading memory beside it, texts by choice) or Markdown (highlights,
 * or saved articles with their highlights), and import of a JSON export.
 */
export function TransferPanel({ onExport, onExportSaved, onImport, busy, strings, language = 'id' }: TransferPanelProps) {
  const [withTexts, setWithTexts] = useState(true);
  const own = (key: TransferMessageKey) => TRANSFER_MESSAGES[key][language];
  return (
    <section class="transfer" aria-labelledby="library-transfer-heading">
      <h2 id="library-transfer-heading">{strings('libraryTransferHeading')}</h2>
      <p class="hint">{strings('libraryTransferHint')}</p>
      <p class="hint">{own('transferReadingHint')}</p>
      <label class="check">
        <input
          type="checkbox"
          data-testid="export-with-texts"
          checked={withTexts}
          disabled={busy}
          onChange={(event) => setWithTexts(event.currentTarget.checked)}
        />{' '}
        {own('transferWithTexts')}
      </label>
      <div class="actions">
        <button type="button" data-testid="export-json" disabled={busy} onClick={() => onExport('json', { withTexts })}>
          {strings('libraryExportJson')}
        </button>
        <button type="button" data-testid="export-markdown" disabled={busy} onClick={() => onExport('markdown', { withTexts })}>
          {strings('libraryExportMarkdown')}
        </button>
        {onExportSaved && (
          <button type="button" data-testid="export-saved-markdown" disabled={busy} onClick={onExportSaved}>
            {own('transferExportSaved')}
          </button>
        )}
        <label class="file-button">
          <input
            type="file"
            class="visually-hidden-file"
            accept=".json,.jsonld,application/json,application/ld+json"
            data-testid="import-file"
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              // Cleared so that choosing the same file again (after fixing it) fires again.
              input.value = '';
              if (file) onImport(file);
            }}
          />
          <span>{strings('libraryImport')}</span>
        </label>
      </div>
    </section>
  );
}
