// Schedules of harvest sources and resource refreshes, and when the next run is due.
import type { HarvestSchedule } from '../../db/tables/harvest.ts';

export const schedules: readonly HarvestSchedule[] = ['manual', 'hourly', 'daily', 'weekly'];
export const refreshSchedules = ['hourly', 'daily', 'weekly'] as const;

const periodMs: Record<Exclude<HarvestSchedule, 'manual'>, number> = {
  hourly: 3_600_000,
  daily: 86_400_000,
  weekly: 7 * 86_400_000,
};

/** The next due time one period after `from` (null for manual sources). */
export function nextRunAt(schedule: HarvestSchedule, from = Date.now()): string | null {
  return schedule === 'manual' ? null : new Date(from + periodMs[schedule]).toISOString();
}
