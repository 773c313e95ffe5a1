import { describe, expect, it } from 'vitest';
import { MAX_GRANTS, MAX_TICKETS, NoteTickets, TICKET_LIFETIME_MS } from './note-tickets.ts';
import { sampleId } from './sample-highlights.ts';

function clocked() {
  const clock = { now: 1_000_000 };
  return { clock, tickets: new NoteTickets({ now: () => clock.now }) };
}

const A = sampleId(1);
const B = sampleId(2);

describe('NoteTickets', () => {
  it('makes 128-bit tickets, each different', () => {
    const { tickets } = clocked();
    const made = Array.from({ length: 50 }, () => tickets.issue(A, 1));
    for (const ticket of made) expect(ticket).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(made).size).toBe(50);
  });

  it('grants the ticket\'s highlight to the redeeming frame, once', () => {
    const { tickets } = clocked();
    const ticket = tickets.issue(A, 7);
    expect(tickets.granted(7, 3)).toBeNull();
    expect(tickets.redeem(ticket, 7, 3)).toBe(A);
    expect(tickets.granted(7, 3)).toBe(A);
    // Used: neither this frame nor another gets anything from it again.
    expect(tickets.redeem(ticket, 7, 3)).toBeNull();
    expect(tickets.redeem(ticket, 7, 4)).toBeNull();
    expect(tickets.granted(7, 4)).toBeNull();
  });

  it('refuses a ticket past its lifetime', () => {
    const { clock, tickets } = clocked();
    const early = tickets.issue(A, 7);
    const late = tickets.issue(A, 7);
    clock.now += TICKET_LIFETIME_MS - 1;
    expect(tickets.redeem(early, 7, 1)).toBe(A);
    clock.now += 1;
    expect(tickets.redeem(late, 7, 2)).toBeNull();
    expect(tickets.granted(7, 2)).toBeNull();
  });

  it('refuses a ticket in another tab, and spends it there', () => {
    const { tickets } = clocked();
    const ticket = tickets.issue(A, 7);
    expect(tickets.redeem(ticket, 8, 1)).toBeNull();
    expect(tickets.granted(8, 1)).toBeNull();
    expect(tickets.redeem(ticket, 7, 1)).toBeNull();
  });

  it('scopes a grant to one frame of one tab and one highlight; a new ticket replaces it', () => {
    const { tickets } = clocked();
    tickets.redeem(tickets.issue(A, 7), 7, 3);
    expect(tickets.granted(7, 3)).toBe(A);
    expect(tickets.granted(7, 0)).toBeNull();
    expect(tickets.granted(6, 3)).toBeNull();
    tickets.redeem(tickets.issue(B, 7), 7, 3);
    expect(tickets.granted(7, 3)).toBe(B);
    tickets.forgetTab(7);
    expect(tickets.granted(7, 3)).toBeNull();
  });

  it('keeps its memory bounded, the oldest tickets and grants going first', () => {
    const { tickets } = clocked();
    const first = tickets.issue(A, 1);
    for (let i = 0; i < MAX_TICKETS; i++) tickets.issue(A, 1);
    expect(tickets.redeem(first, 1, 1)).toBeNull();
    for (let frame = 1; frame <= MAX_GRANTS + 1; frame++) tickets.redeem(tickets.issue(A, 2), 2, frame);
    expect(tickets.granted(2, 1)).toBeNull();
    expect(tickets.granted(2, 2)).toBe(A);
    expect(tickets.granted(2, MAX_GRANTS + 1)).toBe(A);
  });
});
