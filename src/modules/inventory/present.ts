// Public views of inventory items. For items that are not public, the public sees the title, description,
// owner unit, access level, reason and justification, but not the internals (system or source, volume).
import type { AccessLevel } from '../../db/tables/inventory.ts';
import type { Translated } from '../catalog/index.ts';
import type { ItemListRow, RevisionRow } from './inventory.repo.ts';
import { explainScore, type ScoreExplained, type ScoreRules } from './score.ts';
import { accessVocabularies, type ItemStatus, statusOf } from './vocabulary.ts';

export interface ItemView {
  id: string;
  organization: { id: string; name: string; title: Translated };
  title: Translated;
  description: Translated;
  owner_unit: string | null;
  /** null for the public when the item is not public. */
  source_system: string | null;
  format: string | null;
  /** null for the public when the item is not public. */
  volume: string | null;
  frequency: string | null;
  personal_data: boolean;
  access_level: AccessLevel;
  /** The same level in US Project Open Data (`accessLevel`) and the EU access-right vocabulary. */
  access: { pod: string; eu: string; eu_uri: string };
  restriction: { reason: string; justification: string } | null;
  planned_date: string | null;
  dataset: { id: string; name: string; title: Translated } | null;
  status: ItemStatus;
  quality: number;
  no_legal_obstacle: boolean;
  open_format: boolean;
  demand: { requests: number; votes: number };
  priority: ScoreExplained;
  state: 'active' | 'archived';
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RevisionView {
  version: number;
  action: RevisionRow['action'];
  actor: string | null;
  /** The fields that changed (names only for the public; values are on the item itself). */
  fields: string[];
  at: string;
}

/** `full`: the organisation's keepers (and sysadmins) see every field of every item. */
export function presentItem(r: ItemListRow, rules: ScoreRules, full: boolean): ItemView {
  const hidden = r.access_level !== 'public' && !full;
  const requests = Number(r.request_count);
  const votes = Number(r.vote_count);
  const v = accessVocabularies[r.access_level];
  return {
    id: r.id,
    organization: { id: r.organization_id, name: r.org_name, title: JSON.parse(r.org_title) },
    title: JSON.parse(r.title),
    description: JSON.parse(r.description),
    owner_unit: r.owner_unit,
    source_system: hidden ? null : r.source_system,
    format: r.format,
    volume: hidden ? null : r.volume,
    frequency: r.frequency,
    personal_data: Number(r.personal_data) === 1,
    access_level: r.access_level,
    access: { pod: v.pod, eu: v.eu, eu_uri: v.euUri },
    restriction:
      r.access_level !== 'public' && r.restriction_reason
        ? { reason: r.restriction_reason, justification: r.justification ?? '' }
        : null,
    planned_date: r.planned_date,
    // A dataset that is no longer public stays linked, but only its organisation sees which one it is.
    dataset:
      r.dataset_id &&
      r.dataset_name &&
      (full || (r.dataset_visibility === 'public' && r.dataset_state === 'active'))
        ? { id: r.dataset_id, name: r.dataset_name, title: JSON.parse(r.dataset_title ?? '{}') }
        : null,
    status: statusOf(r),
    quality: Number(r.quality),
    no_legal_obstacle: Number(r.no_legal_obstacle) === 1,
    open_format: Number(r.open_format) === 1,
    demand: { requests, votes },
    priority: explainScore(
      {
        quality: Number(r.quality),
        no_legal_obstacle: Number(r.no_legal_obstacle) === 1,
        open_format: Number(r.open_format) === 1,
        demand: requests + votes,
      },
      rules,
    ),
    state: r.state,
    version: Number(r.version),
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
}

export function presentRevision(r: RevisionRow & { actor_name: string | null }): RevisionView {
  return {
    version: Number(r.version),
    action: r.action,
    actor: r.actor_name,
    fields: Object.keys(JSON.parse(r.changes) as Record<string, unknown>),
    at: r.at,
  };
}
