/**
 * Dates as Kompas readers read them: "Sabtu, 4 Maret 2023, 14:05 WIB". The input is the site's wall-clock time
 * (WIB), which is shown as it is: converting it to the reader's zone would print a time Kompas never printed.
 */

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
  'November', 'Desember'];
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
/** Western Indonesian Time, the zone of Kompas's timestamps. */
export const WIB_OFFSET = '+07:00';

/** The parts of a wall-clock `YYYY-MM-DDTHH:MM[:SS]`; null when it is not one or names no real day. */
function parts(local: string): { year: number; month: number; day: number; hour: string; minute: string } | null {
  const match = LOCAL_TIME.exec(local);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (Number(match[4]) > 23 || Number(match[5]) > 59) return null;
  return { year, month, day, hour: match[4]!, minute: match[5]! };
}

/** "2023-03-04T14:05:00" → "Sabtu, 4 Maret 2023, 14:05 WIB"; null for anything else. */
export function formatIndonesianDate(local: string): string | null {
  const p = parts(local);
  if (!p) return null;
  // The weekday of a calendar date does not depend on the zone, so UTC arithmetic is exact here.
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return `${DAYS[weekday]}, ${p.day} ${MONTHS[p.month - 1]} ${p.year}, ${p.hour}:${p.minute} WIB`;
}

/** "2023-03-04T14:05:00" → "2023-03-04T14:05:00+07:00"; null when the input is not a wall-clock time. */
export function toWibIso(local: string): string | null {
  if (!parts(local)) return null;
  return `${local.length === 16 ? `${local}:00` : local}${WIB_OFFSET}`;
}
