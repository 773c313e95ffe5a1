import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS, showToast, TOAST_TAG } from './toast.ts';

const regions = () => {
  const shadow = document.querySelector(TOAST_TAG)!.shadowRoot!;
  return { status: shadow.querySelector('[role="status"]')!, alert: shadow.querySelector('[role="alert"]')! };
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.querySelectorAll(TOAST_TAG).forEach((host) => host.remove());
});

describe('showToast', () => {
  it('renders both live regions empty first and gives the text a moment later', () => {
    showToast(document, 'Sorotan tidak tersimpan');
    const { status, alert } = regions();
    expect(alert.textContent).toBe('');
    expect(status.textContent).toBe('');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(alert.textContent).toBe('Sorotan tidak tersimpan');
    expect(status.textContent).toBe('');
  });

  it('keeps the same regions, empty, after the message has gone, and speaks the next message through them', () => {
    showToast(document, 'Gagal', 'alert');
    const first = regions();
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS + 10_000);
    expect(document.querySelectorAll(TOAST_TAG)).toHaveLength(1);
    expect(first.alert.textContent).toBe('');

    showToast(document, 'Tersimpan', 'status');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(regions().status).toBe(first.status);
    expect(first.status.textContent).toBe('Tersimpan');
    expect(document.querySelectorAll(TOAST_TAG)).toHaveLength(1);
  });

  it('replaces a message still shown rather than stacking a second one', () => {
    showToast(document, 'Pertama');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    showToast(document, 'Kedua');
    expect(regions().alert.textContent).toBe('');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(regions().alert.textContent).toBe('Kedua');
    // The first message's own timer to clear it no longer runs.
    vi.advanceTimersByTime(5_950);
    expect(regions().alert.textContent).toBe('Kedua');
  });
});
