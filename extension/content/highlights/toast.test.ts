import { afterEach, describe, expect, it, vi } from 'vitest';
import { shadowRootOf } from '../../shared/shadow-host.ts';
import { announcerFor, ANNOUNCER_TAG, showToast } from './toast.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('the announcer', () => {
  it('has its live regions in place, rendered and empty, before it says anything, outside the body', () => {
    announcerFor(document);
    const host = document.querySelector(ANNOUNCER_TAG)!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    const regions = Array.from(shadowRootOf(host)!.querySelectorAll('[aria-live]'));
    expect(regions.map((region) => region.getAttribute('role'))).toEqual(['status', 'alert']);
    expect(regions.every((region) => region.textContent === '')).toBe(true);
    expect(host.getAttribute('style')).not.toContain('display: none');
    expect(announcerFor(document)).toBe(announcerFor(document));
    expect(document.querySelectorAll(ANNOUNCER_TAG)).toHaveLength(1);
  });

  it('says a toast\'s text in the live region once, and hides the visible copy from screen readers', () => {
    vi.useFakeTimers();
    showToast(document, 'Sorotan dihapus', 'status');
    vi.advanceTimersByTime(100);
    const regions = shadowRootOf(document.querySelector(ANNOUNCER_TAG)!)!;
    expect(regions.querySelector('[role="status"]')!.textContent).toBe('Sorotan dihapus');
    const toast = shadowRootOf(document.querySelector('teman-baca-toast')!)!;
    expect(toast.querySelector('p')!.getAttribute('aria-hidden')).toBe('true');
    vi.advanceTimersByTime(7000);
    expect(regions.querySelector('[role="status"]')!.textContent).toBe('');
    expect(document.querySelector(ANNOUNCER_TAG)).not.toBeNull();
  });
});
