import { describe, expect, it } from 'vitest';
import { formatIndonesianDate, toWibIso } from './format-date.ts';

describe('formatIndonesianDate', () => {
  it('prints the wall-clock time with the Indonesian weekday and month', () => {
    expect(formatIndonesianDate('2023-03-04T14:05:00')).toBe('Sabtu, 4 Maret 2023, 14:05 WIB');
    expect(formatIndonesianDate('2024-08-17T10:00:00')).toBe('Sabtu, 17 Agustus 2024, 10:00 WIB');
    expect(formatIndonesianDate('2026-03-26T12:14:10')).toBe('Kamis, 26 Maret 2026, 12:14 WIB');
    expect(formatIndonesianDate('2025-02-03T19:30')).toBe('Senin, 3 Februari 2025, 19:30 WIB');
  });

  it('keeps times near midnight on their own day, whatever the machine\'s zone', () => {
    expect(formatIndonesianDate('2024-12-31T23:59:00')).toBe('Selasa, 31 Desember 2024, 23:59 WIB');
    expect(formatIndonesianDate('2025-01-01T00:01:00')).toBe('Rabu, 1 Januari 2025, 00:01 WIB');
  });

  it('refuses what is not a real wall-clock time', () => {
    for (const bad of ['', '2023-02-30T10:00:00', '2023-13-01T10:00:00', '2023-03-04T25:00:00', '4/3/2023 14:05']) {
      expect(formatIndonesianDate(bad), bad).toBeNull();
    }
  });
});

describe('toWibIso', () => {
  it('adds WIB\'s offset without moving the time', () => {
    expect(toWibIso('2023-03-04T14:05:00')).toBe('2023-03-04T14:05:00+07:00');
    expect(toWibIso('2023-03-04T14:05')).toBe('2023-03-04T14:05:00+07:00');
    expect(toWibIso('nonsense')).toBeNull();
  });
});
