/** Small conversions between what the reader types or sees and what the notes messages carry. */
import { LIMITS } from '../../src/notes/highlight.ts';
import type { UiLanguage } from './notes-port.ts';

const LOCALES: Record<UiLanguage, string> = { id: 'id-ID', en: 'en-GB' };

/** "3 Feb 2026, 11.05" in Indonesian, "3 Feb 2026, 11:05" in English; the reader's own time zone. */
export function formatDateTime(iso: string, language: UiLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * A calendar day given as YYYY-MM-DD, "3 Feb 2026" in either language: the day itself, whatever the reader's time
 * zone (a week's Monday is a date, not a moment).
 */
export function formatDay(day: string, language: UiLanguage): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** "1.234" in Indonesian, "1,234" in English. */
export function formatCount(n: number, language: UiLanguage): string {
  return new Intl.NumberFormat(LOCALES[language]).format(n);
}

/** Tags from a comma-separated field: trimmed, empty ones dropped, repeats kept once, in the order typed. */
export function parseTagsInput(text: string): string[] {
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

export const formatTagsInput = (tags: readonly string[]): string => tags.join(', ');

/** Why a note or tags would be refused by the background, checked first so the reader is told in their words. */
export type EditProblem =
  | { kind: 'note-too-long'; max: number }
  | { kind: 'too-many-tags'; max: number }
  | { kind: 'tag-too-long'; max: number };

export function checkEdit(note: string, tags: readonly string[]): EditProblem | null {
  if (note.length > LIMITS.note) return { kind: 'note-too-long', max: LIMITS.note };
  if (tags.length > LIMITS.tags) return { kind: 'too-many-tags', max: LIMITS.tags };
  if (tags.some((tag) => tag.length > LIMITS.tag)) return { kind: 'tag-too-long', max: LIMITS.tag };
  return null;
}

/**
 * The ISO time at the start of a day picked in a date input (`2026-02-03`), in the reader's time zone; null for an
 * empty or malformed value. `nextDay` gives the start of the following day, which makes a "to" date inclusive
 * (the store's `to` is exclusive).
 */
export function dayStartIso(value: string, nextDay = false): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + (nextDay ? 1 : 0));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
