import { describe, expect, it } from 'vitest';
import { watchVisibility, type Visibility } from './visibility-guard.ts';

/** An observer standing in for the browser's, fed entries by the test. */
function fakeObserver() {
  const made: Array<{ callback: (entries: IntersectionObserverEntry[]) => void; options: unknown; disconnected: boolean }> = [];
  class Observer {
    private readonly record;
    constructor(callback: (entries: IntersectionObserverEntry[]) => void, options: unknown) {
      this.record = { callback, options, disconnected: false };
      made.push(this.record);
    }
    observe(): void {}
    disconnect(): void {
      this.record.disconnected = true;
    }
  }
  const report = (entry: Partial<IntersectionObserverEntry> & { isVisible?: boolean }) =>
    made.at(-1)!.callback([entry as IntersectionObserverEntry]);
  return { Observer, made, report };
}

describe('watchVisibility', () => {
  it('asks the browser to track visibility, and reports what it says', () => {
    const { Observer, made, report } = fakeObserver();
    const seen: Visibility[] = [];
    watchVisibility(document.body, (visibility) => seen.push(visibility), Observer as never);
    expect(made[0]!.options).toMatchObject({ trackVisibility: true, delay: 100 });
    report({ isIntersecting: true, isVisible: true });
    report({ isIntersecting: true, isVisible: false });
    expect(seen).toEqual(['seen', 'hidden']);
  });

  it('says once that it cannot tell, where the browser reports no visibility', () => {
    const { Observer, made, report } = fakeObserver();
    const seen: Visibility[] = [];
    watchVisibility(document.body, (visibility) => seen.push(visibility), Observer as never);
    report({ isIntersecting: true });
    expect(seen).toEqual(['unknown']);
    expect(made[0]!.disconnected).toBe(true);
  });
});
