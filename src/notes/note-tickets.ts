/**
 * One-time tickets that let a note panel open one note. The content script asks for a ticket for a highlight of its
 * own page (`page/open-note`) and hands it to the panel frame it made; the panel redeems it (`notes/redeem-ticket`),
 * and from then on that frame (tab and frame id) may read and change that highlight only. So framing the panel is not
 * enough to read a note: one needs a ticket, and a ticket is made only for the tab that asked, used once, and soon
 * stale.
 *
 * Everything lives in the background's memory, bounded. When the service worker stops (Chrome stops an idle one),
 * tickets and grants are gone: a panel left open then gets `not-allowed` and says to open the note again. No note
 * is lost, as every change is already stored when it is acknowledged.
 */

/** How long a ticket may wait to be redeemed: the panel redeems it as soon as it has loaded. */
export const TICKET_LIFETIME_MS = 2 * 60_000;
/** Most tickets waiting at once; the oldest goes first. A reader opens one note at a time. */
export const MAX_TICKETS = 64;
/** Most panel frames holding a grant at once; the oldest is forgotten first (its panel says to open the note again). */
export const MAX_GRANTS = 64;
const TICKET_BYTES = 16;

interface PendingTicket {
  highlightId: string;
  tabId: number;
  expiresAt: number;
}

export interface NoteTicketsOptions {
  /** Milliseconds since the epoch; tests move it. */
  now?: () => number;
}

export class NoteTickets {
  private readonly pending = new Map<string, PendingTicket>();
  /** `tabId:frameId` of a panel frame -> the highlight it may open. */
  private readonly grants = new Map<string, string>();
  private readonly now: () => number;

  constructor(options: NoteTicketsOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  /** A new ticket for `highlightId`, to be redeemed in tab `tabId` only: 128 random bits as hex. */
  issue(highlightId: string, tabId: number): string {
    this.dropExpired();
    const bytes = crypto.getRandomValues(new Uint8Array(TICKET_BYTES));
    const ticket = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    this.pending.set(ticket, { highlightId, tabId, expiresAt: this.now() + TICKET_LIFETIME_MS });
    while (this.pending.size > MAX_TICKETS) this.pending.delete(this.pending.keys().next().value!);
    return ticket;
  }

  /**
   * Consumes `ticket` for the panel frame `frameId` of tab `tabId`, and grants that frame the ticket's highlight.
   * Null when the ticket is unknown, used, expired or made for another tab; a ticket tried in the wrong tab is
   * spent all the same, so it cannot be tried twice.
   */
  redeem(ticket: string, tabId: number, frameId: number): string | null {
    const pending = this.pending.get(ticket);
    this.pending.delete(ticket);
    if (!pending || pending.expiresAt <= this.now() || pending.tabId !== tabId) return null;
    const key = grantKey(tabId, frameId);
    this.grants.delete(key);
    this.grants.set(key, pending.highlightId);
    while (this.grants.size > MAX_GRANTS) this.grants.delete(this.grants.keys().next().value!);
    return pending.highlightId;
  }

  /** The highlight the panel frame may open, or null. */
  granted(tabId: number, frameId: number): string | null {
    return this.grants.get(grantKey(tabId, frameId)) ?? null;
  }

  /** Forgets the grants of a closed tab. */
  forgetTab(tabId: number): void {
    for (const key of [...this.grants.keys()]) if (key.startsWith(`${tabId}:`)) this.grants.delete(key);
    for (const [ticket, pending] of [...this.pending]) if (pending.tabId === tabId) this.pending.delete(ticket);
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [ticket, pending] of [...this.pending]) if (pending.expiresAt <= now) this.pending.delete(ticket);
  }
}

function grantKey(tabId: number, frameId: number): string {
  return `${tabId}:${frameId}`;
}
