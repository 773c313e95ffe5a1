import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { libraryMessageLookup } from './library-messages.ts';
import { TransferPanel, type TransferPanelProps } from './TransferPanel.tsx';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const $ = <E extends HTMLElement>(id: string) => container.querySelector<E>(`[data-testid="${id}"]`);
const show = (props: Partial<TransferPanelProps>) =>
  act(() => {
    render(<TransferPanel onExport={() => undefined} onImport={() => undefined} busy={false} strings={libraryMessageLookup('id')} {...props} />, container);
  });

describe('TransferPanel', () => {
  it('exports with the texts by default, without them once unticked', () => {
    const onExport = vi.fn<TransferPanelProps['onExport']>();
    show({ onExport });
    const box = $<HTMLInputElement>('export-with-texts')!;
    expect(box.checked).toBe(true);
    expect(box.closest('label')!.textContent).toContain('Sertakan teks artikel');
    act(() => $('export-json')!.click());
    act(() => box.click());
    act(() => $('export-json')!.click());
    expect(onExport.mock.calls).toEqual([
      ['json', { withTexts: true }],
      ['json', { withTexts: false }],
    ]);
  });

  it('offers the saved articles as Markdown when the page handles it, in the language asked for', () => {
    show({});
    expect($('export-saved-markdown')).toBeNull();
    const onExportSaved = vi.fn();
    show({ onExportSaved, language: 'en' });
    expect($('export-saved-markdown')!.textContent).toBe('Export saved articles (Markdown)');
    act(() => $('export-saved-markdown')!.click());
    expect(onExportSaved).toHaveBeenCalledOnce();
  });
});
