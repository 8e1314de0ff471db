// SQL of committee meetings: the meeting, its participants and its decisions.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  PlanMeetingDecisionsTable,
  PlanMeetingParticipantsTable,
  PlanMeetingsTable,
} from '../../db/tables/plans-governance.ts';
import type { Executor } from '../../db/types.ts';

export type MeetingRow = Selectable<PlanMeetingsTable>;
export type ParticipantRow = Selectable<PlanMeetingParticipantsTable>;
export type DecisionRow = Selectable<PlanMeetingDecisionsTable>;

/** Meetings of a plan, latest first; only published ones unless `all`. */
export function listMeetings(db: Executor, planId: string, opts: { all: boolean }) {
  let q = db.selectFrom('plan_meetings').selectAll().where('plan_id', '=', planId);
  if (!opts.all) q = q.where('published', '=', 1);
  return q.orderBy('held_on', 'desc').orderBy('created_at', 'desc').execute();
}

export function findMeeting(db: Executor, planId: string, id: string, opts: { all: boolean }) {
  let q = db.selectFrom('plan_meetings').selectAll().where('plan_id', '=', planId).where('id', '=', id);
  if (!opts.all) q = q.where('published', '=', 1);
  return q.executeTakeFirst();
}

/** The latest meeting held on or before `date` (any kind), or undefined. */
export function lastMeetingOn(db: Executor, planId: string, date: string) {
  return db
    .selectFrom('plan_meetings')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('held_on', '<=', date)
    .orderBy('held_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertMeeting(db: Executor, row: Insertable<PlanMeetingsTable>) {
  await db.insertInto('plan_meetings').values(row).execute();
}

export async function updateMeeting(db: Executor, id: string, patch: Updateable<PlanMeetingsTable>) {
  await db.updateTable('plan_meetings').set(patch).where('id', '=', id).execute();
}

export async function deleteMeeting(db: Executor, id: string) {
  await db.deleteFrom('plan_meeting_decisions').where('meeting_id', '=', id).execute();
  await db.deleteFrom('plan_meeting_participants').where('meeting_id', '=', id).execute();
  await db.deleteFrom('plan_meetings').where('id', '=', id).execute();
}

export function listParticipants(db: Executor, meetingIds: readonly string[]) {
  if (!meetingIds.length) return Promise.resolve([] as ParticipantRow[]);
  return db
    .selectFrom('plan_meeting_participants')
    .selectAll()
    .where('meeting_id', 'in', [...meetingIds])
    .orderBy('position')
    .execute();
}

/** Replaces the participants of a meeting. */
export async function setParticipants(
  db: Executor,
  meetingId: string,
  rows: Insertable<PlanMeetingParticipantsTable>[],
) {
  await db.deleteFrom('plan_meeting_participants').where('meeting_id', '=', meetingId).execute();
  if (rows.length) await db.insertInto('plan_meeting_participants').values(rows).execute();
}

export function listDecisions(db: Executor, meetingIds: readonly string[]) {
  if (!meetingIds.length) return Promise.resolve([] as DecisionRow[]);
  return db
    .selectFrom('plan_meeting_decisions')
    .selectAll()
    .where('meeting_id', 'in', [...meetingIds])
    .orderBy('position')
    .execute();
}

export async function insertDecisions(db: Executor, rows: Insertable<PlanMeetingDecisionsTable>[]) {
  if (rows.length) await db.insertInto('plan_meeting_decisions').values(rows).execute();
}

export async function deleteDecisions(db: Executor, meetingId: string) {
  await db.deleteFrom('plan_meeting_decisions').where('meeting_id', '=', meetingId).execute();
}

export async function updateDecision(db: Executor, id: string, patch: Updateable<PlanMeetingDecisionsTable>) {
  await db.updateTable('plan_meeting_decisions').set(patch).where('id', '=', id).execute();
}

export function userIdByEmail(db: Executor, email: string) {
  return db.selectFrom('users').select('id').where('email', '=', email.toLowerCase()).executeTakeFirst();
}
