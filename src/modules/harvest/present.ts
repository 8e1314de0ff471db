// What pages and the API show of sources and runs.
import type { HarvestSchedule, HarvestType } from '../../db/tables/harvest.ts';
import type { Translated } from '../catalog/index.ts';
import type { HarvestFilters } from './drivers/index.ts';
import type { RunRow, SourceRow } from './harvest.repo.ts';
import type { ItemReport } from './report.ts';

export interface SourceView {
  id: string;
  title: string;
  url: string;
  type: HarvestType;
  organization: { id: string; name: string; title: Translated };
  schedule: HarvestSchedule;
  filters: HarvestFilters;
  active: boolean;
  nextRunAt: string | null;
  lastRunAt: string | null;
  datasetCount: number;
  createdAt: string;
}

export interface RunView {
  id: string;
  sourceId: string;
  jobId: string | null;
  trigger: 'manual' | 'schedule';
  status: RunRow['status'];
  counts: { created: number; updated: number; unchanged: number; deleted: number; failed: number };
  error: { code: string; params: Record<string, string | number> } | null;
  items: ItemReport[];
  progress: { done: number; total: number | null; percent: number | null; note: string | null } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** When someone asked to cancel it (a running run stops before its next record). */
  cancelRequestedAt: string | null;
}

export function presentSource(r: SourceRow, datasetCount: number): SourceView {
  return {
    id: r.id,
    title: r.title,
    url: r.url,
    type: r.type,
    organization: { id: r.organization_id, name: r.org_name, title: JSON.parse(r.org_title) },
    schedule: r.schedule,
    filters: JSON.parse(r.filters),
    active: Number(r.active) === 1,
    nextRunAt: r.next_run_at,
    lastRunAt: r.last_run_at,
    datasetCount,
    createdAt: r.created_at,
  };
}

export function presentRun(r: RunRow, progress: RunView['progress'] = null): RunView {
  return {
    id: r.id,
    sourceId: r.source_id,
    jobId: r.job_id,
    trigger: r.trigger,
    status: r.status,
    counts: {
      created: Number(r.created),
      updated: Number(r.updated),
      unchanged: Number(r.unchanged),
      deleted: Number(r.deleted),
      failed: Number(r.failed),
    },
    error: r.error ? JSON.parse(r.error) : null,
    items: JSON.parse(r.items),
    progress,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    cancelRequestedAt: r.cancel_requested_at,
  };
}
