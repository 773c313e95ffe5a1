import type { LibraryStrings } from './library-messages.ts';

export interface TransferPanelProps {
  onExport: (format: 'json' | 'markdown') => void;
  onImport: (file: File) => void;
  /** True while an export or import runs; the controls wait for it. */
  busy: boolean;
  strings: LibraryStrings;
}

/** Export to JSON (Web Annotation) or Markdown, and import of a JSON export. */
export function TransferPanel({ onExport, onImport, busy, strings }: TransferPanelProps) {
  return (
    <section class="transfer" aria-labelledby="library-transfer-heading">
      <h2 id="library-transfer-heading">{strings('libraryTransferHeading')}</h2>
      <p class="hint">{strings('libraryTransferHint')}</p>
      <div class="actions">
        <button type="button" data-testid="export-json" disabled={busy} onClick={() => onExport('json')}>
          {strings('libraryExportJson')}
        </button>
        <button type="button" data-testid="export-markdown" disabled={busy} onClick={() => onExport('markdown')}>
          {strings('libraryExportMarkdown')}
        </button>
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
