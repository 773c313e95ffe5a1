/**
 * Where the page reports what happened: a polite live region for outcomes and an assertive one for errors. Both
 * stay in the document, empty when there is nothing to say, so screen readers announce each new text.
 */
export interface StatusMessage {
  kind: 'info' | 'error';
  text: string;
}

export interface StatusRegionProps {
  status: StatusMessage | null;
  testId: string;
  class?: string;
}

export function StatusRegion({ status, testId, class: className = 'status-region' }: StatusRegionProps) {
  return (
    <div class={className} data-testid={testId} data-status-kind={status?.kind ?? 'none'}>
      <p role="status" class="status-info">
        {status?.kind === 'info' ? status.text : ''}
      </p>
      <p role="alert" class="status-error">
        {status?.kind === 'error' ? status.text : ''}
      </p>
    </div>
  );
}
