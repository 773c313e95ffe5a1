/**
 * The reading memory's settings (src/reading): whether articles read are remembered, and for how long. Saved articles
 * are kept whatever the retention: the reader kept them on purpose.
 */
import { isRecord } from '../validation/is-record.ts';

export const RETENTION_POLICIES = ['forever', '365d', '90d', '30d'] as const;
export type RetentionPolicy = (typeof RETENTION_POLICIES)[number];

export interface HistorySettings {
  /** "Ingat artikel yang saya baca": record each article read. Off records nothing (what is kept stays). */
  rememberArticles: boolean;
  /** How long an article not saved is kept after it was last read. */
  retention: RetentionPolicy;
}

export const DEFAULT_HISTORY_SETTINGS: HistorySettings = {
  rememberArticles: true,
  retention: 'forever',
};

const RETENTION_DAYS: Record<RetentionPolicy, number | null> = { forever: null, '365d': 365, '90d': 90, '30d': 30 };

const DAY_MS = 24 * 60 * 60 * 1000;

export function isRetentionPolicy(value: unknown): value is RetentionPolicy {
  return typeof value === 'string' && (RETENTION_POLICIES as readonly string[]).includes(value);
}

/** Articles last read before this time go under `policy` at `now`; null when nothing goes. */
export function retentionCutoff(policy: RetentionPolicy, now: Date): Date | null {
  const days = RETENTION_DAYS[policy];
  return days === null ? null : new Date(now.getTime() - days * DAY_MS);
}

/** Stored history settings, each malformed or missing field falling back to its default. */
export function parseHistorySettings(value: unknown): HistorySettings {
  const stored = isRecord(value) ? value : {};
  return {
    rememberArticles:
      typeof stored.rememberArticles === 'boolean' ? stored.rememberArticles : DEFAULT_HISTORY_SETTINGS.rememberArticles,
    retention: isRetentionPolicy(stored.retention) ? stored.retention : DEFAULT_HISTORY_SETTINGS.retention,
  };
}
