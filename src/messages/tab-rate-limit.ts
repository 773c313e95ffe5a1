/**
 * How often one tab may ask the background to store something per minute: highlights (a reader marks a few passages a
 * minute) and names to remember (one message per article read). A hostile page script that drives our content script,
 * or a compromised page process, could otherwise fill the library or push the reader's remembered names out.
 */

export const SAVES_PER_MINUTE = 30;
const WINDOW_MS = 60_000;
/** Tabs remembered at once; the one saved in least recently is forgotten first. */
const MAX_TABS = 256;

export class TabRateLimit {
  /** Tab id -> times of its saves within the last window, oldest first. */
  private readonly saves = new Map<number, number[]>();

  constructor(
    private readonly limit: number = SAVES_PER_MINUTE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a request of `tabId` and says whether it is allowed; a refused request is not counted. */
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
