/**
 * How many highlights a tab may save per minute. A reader marks a few passages a minute; a hostile page script that
 * drives our content script (or a compromised page process) could otherwise fill the library without end.
 */

export const SAVES_PER_MINUTE = 30;
const WINDOW_MS = 60_000;
/** Tabs remembered at once; the one saved in least recently is forgotten first. */
const MAX_TABS = 256;

export class SaveRateLimit {
  /** Tab id -> times of its saves within the last window, oldest first. */
  private readonly saves = new Map<number, number[]>();

  constructor(
    private readonly limit: number = SAVES_PER_MINUTE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a save for `tabId` and says whether it is allowed; a refused save is not counted. */
  take(tabId: number): boolean {
    const now = this.now();
    const recent = (this.saves.get(tabId) ?? []).filter((time) => now - time < WINDOW_MS);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(now);
    this.saves.delete(tabId);
    this.saves.set(tabId, recent);
    while (this.saves.size > MAX_TABS) this.saves.delete(this.saves.keys().next().value!);
    return allowed;
  }

  forgetTab(tabId: number): void {
    this.saves.delete(tabId);
  }
}
