// Steering and implementation committee meetings of a plan: date, place, participants, agenda, Markdown minutes,
// decisions with owners and due dates. Plan managers write them; published meetings are read by everyone who
// may read the plan. The minutes can embed the progress table as of the meeting date, computed from the dated
// history (so a report filed late for a date before the meeting corrects the table, as it should).
import type { ServiceContext } from '../../context.ts';
import type { DecisionStatus, MeetingKind } from '../../db/tables/plans-governance.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { audit, authorize, can } from '../accounts/index.ts';
import { hasUnsafeHtml } from '../catalog/markdown.ts';
import { flag, isoDate, parseTranslated, today, translated } from './fields.ts';
import { loadCommitments } from './figures.ts';
import { progressTable } from './governance-figures.ts';
import type { DecisionRow, MeetingRow, ParticipantRow } from './meetings.repo.ts';
import * as repo from './meetings.repo.ts';
import type { PlanRow } from './plans.repo.ts';
import { findReadablePlan } from './plans.service.ts';

type Input = Record<string, unknown>;
export const meetingKinds: readonly MeetingKind[] = ['steering', 'implementation'];
export const decisionStatuses: readonly DecisionStatus[] = ['open', 'done'];
const MAX_ROWS = 100;

const T = (f: Fields, name: string, v: unknown, max: number, required = false) => {
  const out = translated(f, name, v, { max, required });
  for (const [l, s] of Object.entries(out)) if (hasUnsafeHtml(s)) f.add(`${name}.${l}`, 'invalid_value');
  return JSON.stringify(out);
};

const rowsOf = (f: Fields, name: string, v: unknown): Input[] => {
  if (!Array.isArray(v) || v.length > MAX_ROWS || v.some((r) => !r || typeof r !== 'object')) {
    f.add(name, 'invalid_value');
    return [];
  }
  return v as Input[];
};

function checkDecision(f: Fields, name: string, d: Input) {
  return {
    text: T(f, `${name}.text`, d.text, 2000, true),
    owner: f.text(`${name}.owner`, d.owner, { max: 300 }),
    due_on: isoDate(f, `${name}.dueOn`, d.dueOn),
    status: f.oneOf(`${name}.status`, d.status, decisionStatuses, 'open'),
  };
}

async function checkMeeting(ctx: ServiceContext, f: Fields, input: Input) {
  const participants = [];
  for (const [i, p] of rowsOf(f, 'participants', input.participants ?? []).entries()) {
    const email = f.text(`participants.${i}.user`, p.user, { max: 254 });
    const user = email ? await repo.userIdByEmail(ctx.db.db, email) : undefined;
    if (email && !user) f.add(`participants.${i}.user`, 'invalid_value');
    participants.push({
      name: f.text(`participants.${i}.name`, p.name, { max: 200, required: true }),
      institution: f.text(`participants.${i}.institution`, p.institution, { max: 300 }),
      role: f.text(`participants.${i}.role`, p.role, { max: 200 }),
      user_id: user?.id ?? null,
    });
  }
  const decisions = rowsOf(f, 'decisions', input.decisions ?? []).map((d, i) =>
    checkDecision(f, `decisions.${i}`, d),
  );
  return {
    fields: {
      kind: f.oneOf('kind', input.kind, meetingKinds),
      held_on: isoDate(f, 'heldOn', input.heldOn, true) ?? '',
      place: f.text('place', input.place, { max: 300 }),
      agenda: T(f, 'agenda', input.agenda, 5000),
      minutes: T(f, 'minutes', input.minutes, 50_000),
      include_progress: flag(f, 'includeProgress', input.includeProgress) ? 1 : 0,
      published: flag(f, 'published', input.published) ? 1 : 0,
    },
    participants,
    decisions,
  };
}

const presentDecision = (d: DecisionRow) => ({
  id: d.id,
  text: parseTranslated(d.text),
  owner: d.owner,
  dueOn: d.due_on,
  status: d.status,
});

export const presentMeeting = (m: MeetingRow, parts: ParticipantRow[], decisions: DecisionRow[]) => ({
  id: m.id,
  kind: m.kind,
  heldOn: m.held_on,
  place: m.place,
  agenda: parseTranslated(m.agenda),
  minutes: parseTranslated(m.minutes),
  includeProgress: Number(m.include_progress) === 1,
  published: Number(m.published) === 1,
  participants: parts
    .filter((p) => p.meeting_id === m.id)
    .map((p) => ({ name: p.name, institution: p.institution, role: p.role, userId: p.user_id })),
  decisions: decisions.filter((d) => d.meeting_id === m.id).map(presentDecision),
});
export type MeetingView = ReturnType<typeof presentMeeting>;

const planHead = (plan: PlanRow) => ({ slug: plan.slug, title: parseTranslated(plan.title) });
const manages = (ctx: ServiceContext) => can(ctx.actor, 'meeting:manage', undefined);

/** Meetings of a plan the actor may read (latest first), with participants and decisions. */
export async function listMeetings(ctx: ServiceContext, planKey: string) {
  const plan = await findReadablePlan(ctx, planKey);
  const rows = await repo.listMeetings(ctx.db.db, plan.id, { all: manages(ctx) });
  const ids = rows.map((m) => m.id);
  const [parts, decisions] = await Promise.all([
    repo.listParticipants(ctx.db.db, ids),
    repo.listDecisions(ctx.db.db, ids),
  ]);
  return {
    plan: planHead(plan),
    meetings: rows.map((m) => presentMeeting(m, parts, decisions)),
    can: { manage: manages(ctx) },
  };
}

async function load(ctx: ServiceContext, planKey: string, id: string) {
  const plan = await findReadablePlan(ctx, planKey);
  const row = id ? await repo.findMeeting(ctx.db.db, plan.id, id, { all: manages(ctx) }) : undefined;
  if (!row) throw new AppError('plans.meeting_not_found', { id });
  return { plan, row };
}

/** A meeting; with `includeProgress`, the progress table of every commitment as of the meeting date. */
export async function getMeeting(ctx: ServiceContext, planKey: string, id: string) {
  const { plan, row } = await load(ctx, planKey, id);
  const [parts, decisions] = await Promise.all([
    repo.listParticipants(ctx.db.db, [row.id]),
    repo.listDecisions(ctx.db.db, [row.id]),
  ]);
  const include = Number(row.include_progress) === 1 && row.held_on <= today();
  const progress = include ? progressTable(plan, await loadCommitments(ctx.db.db, plan), row.held_on) : null;
  return {
    plan: planHead(plan),
    meeting: presentMeeting(row, parts, decisions),
    progress,
    can: { manage: manages(ctx) },
  };
}

async function write(ctx: ServiceContext, plan: PlanRow, id: string | null, input: Input) {
  const f = new Fields();
  const checked = await checkMeeting(ctx, f, input);
  f.check();
  const now = nowIso();
  const meetingId = id ?? newId();
  await ctx.db.db.transaction().execute(async (tx) => {
    if (id) await repo.updateMeeting(tx, id, { ...checked.fields, updated_at: now });
    else
      await repo.insertMeeting(tx, {
        id: meetingId,
        plan_id: plan.id,
        ...checked.fields,
        created_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
      });
    if (!id || input.participants !== undefined)
      await repo.setParticipants(
        tx,
        meetingId,
        checked.participants.map((p, position) => ({ id: newId(), meeting_id: meetingId, position, ...p })),
      );
    if (!id || input.decisions !== undefined) {
      await repo.deleteDecisions(tx, meetingId);
      await repo.insertDecisions(
        tx,
        checked.decisions.map((d, position) => ({
          id: newId(),
          meeting_id: meetingId,
          position,
          ...d,
          updated_at: now,
        })),
      );
    }
    await audit(
      ctx,
      tx,
      id ? 'meeting.update' : 'meeting.create',
      { type: 'plan_meeting', id: meetingId },
      {
        plan: plan.slug,
        heldOn: checked.fields.held_on,
      },
    );
  });
  return meetingId;
}

export async function createMeeting(ctx: ServiceContext, planKey: string, input: Input) {
  authorize(ctx.actor, 'meeting:manage', undefined);
  const plan = await findReadablePlan(ctx, planKey);
  const id = await write(ctx, plan, null, input);
  return (await getMeeting(ctx, planKey, id)).meeting;
}

/** Changes the keys given; `participants` and `decisions`, when given, replace the lists. */
export async function updateMeeting(ctx: ServiceContext, planKey: string, id: string, input: Input) {
  authorize(ctx.actor, 'meeting:manage', undefined);
  const { plan, row } = await load(ctx, planKey, id);
  const current = (await getMeeting(ctx, planKey, id)).meeting;
  await write(ctx, plan, row.id, {
    ...current,
    participants: undefined,
    decisions: undefined,
    ...input,
  });
  return (await getMeeting(ctx, planKey, id)).meeting;
}

export async function deleteMeeting(ctx: ServiceContext, planKey: string, id: string) {
  authorize(ctx.actor, 'meeting:manage', undefined);
  const { plan, row } = await load(ctx, planKey, id);
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.deleteMeeting(tx, row.id);
    await audit(ctx, tx, 'meeting.delete', { type: 'plan_meeting', id: row.id }, { plan: plan.slug });
  });
}

/** Adds one decision to a meeting. */
export async function addDecision(ctx: ServiceContext, planKey: string, id: string, input: Input) {
  authorize(ctx.actor, 'meeting:manage', undefined);
  const { row } = await load(ctx, planKey, id);
  const f = new Fields();
  const d = checkDecision(f, 'decision', input);
  f.check();
  const existing = await repo.listDecisions(ctx.db.db, [row.id]);
  const decisionId = newId();
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.insertDecisions(tx, [
      { id: decisionId, meeting_id: row.id, position: existing.length, ...d, updated_at: nowIso() },
    ]);
    await audit(
      ctx,
      tx,
      'meeting.decision_add',
      { type: 'plan_meeting', id: row.id },
      { decision: decisionId },
    );
  });
  return (await getMeeting(ctx, planKey, id)).meeting;
}

/** Changes the keys given of a decision (typically its status: open → done). */
export async function updateDecision(
  ctx: ServiceContext,
  planKey: string,
  id: string,
  decisionId: string,
  input: Input,
) {
  authorize(ctx.actor, 'meeting:manage', undefined);
  const { row } = await load(ctx, planKey, id);
  const current = (await repo.listDecisions(ctx.db.db, [row.id])).find((d) => d.id === decisionId);
  if (!current) throw new AppError('plans.decision_not_found', { id: decisionId });
  const f = new Fields();
  const d = checkDecision(f, 'decision', { ...presentDecision(current), ...input });
  f.check();
  await ctx.db.db.transaction().execute(async (tx) => {
    await repo.updateDecision(tx, decisionId, { ...d, updated_at: nowIso() });
    await audit(
      ctx,
      tx,
      'meeting.decision_update',
      { type: 'plan_meeting', id: row.id },
      {
        decision: decisionId,
        status: d.status,
      },
    );
  });
  return (await getMeeting(ctx, planKey, id)).meeting;
}
