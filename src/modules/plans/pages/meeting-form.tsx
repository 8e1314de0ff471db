// The form of a meeting (new and edit), for plan managers: kind, date, place, agenda and minutes (Markdown, in
// the page language; other languages are kept), "include progress as of this date", published, participants
// and decisions as rows (the existing ones plus a few blank rows; blank rows are ignored).
import { AppError } from '../../../kernel/errors.ts';
import { ErrorSummary, Field, Form, Select } from '../../../web/components/form.tsx';
import type { FormDef, PageContext } from '../../../web/page.ts';
import { can } from '../../accounts/index.ts';
import type { Translated } from '../fields.ts';
import * as meetings from '../meetings.service.ts';
import { findReadablePlan } from '../plans.service.ts';
import { presentPlan } from '../present.ts';
import { Checkbox, own } from './governance-kit.tsx';
import { Tr } from './kit.tsx';
import { meetingTitle } from './meeting-pages.tsx';

const p = (ctx: PageContext) => ctx.req.params as { slug: string; id?: string };
type Data = {
  plan: { slug: string; title: Translated };
  meeting: meetings.MeetingView | null;
};
const BLANK_PARTICIPANTS = 3;
const BLANK_DECISIONS = 2;

async function load(ctx: PageContext): Promise<Data> {
  if (!can(ctx.svc.actor, 'meeting:manage', undefined))
    throw new AppError('auth.forbidden', { action: 'meeting:manage' });
  const { slug, id } = p(ctx);
  if (id) {
    const d = await meetings.getMeeting(ctx.svc, slug, id);
    return { plan: d.plan, meeting: d.meeting };
  }
  const plan = presentPlan(await findReadablePlan(ctx.svc, slug));
  return { plan: { slug: plan.slug, title: plan.title }, meeting: null };
}

function view(data: Data, ctx: PageContext) {
  const { i18n, form } = ctx;
  const { t, locale } = i18n;
  const m = data.meeting;
  const base = `/${locale}/plans/${data.plan.slug}/meetings`;
  const heading = m
    ? t('plans.meeting.edit.title', { meeting: meetingTitle(i18n, m) })
    : t('plans.meeting.new');
  const parts = [...(m?.participants ?? []), ...Array(BLANK_PARTICIPANTS).fill(null)];
  const decisions = [...(m?.decisions ?? []), ...Array(BLANK_DECISIONS).fill(null)];
  return (
    <>
      <p>
        <a href={`/${locale}/plans/${data.plan.slug}`}>
          <Tr value={data.plan.title} i18n={i18n} />
        </a>
      </p>
      <h1>{heading}</h1>
      <ErrorSummary form={form} title={t('plans.form.errors')} />
      <Form action={m ? `${base}/${m.id}/edit` : `${base}/new`} csrf={ctx.csrf}>
        <Select
          name="kind"
          label={t('plans.meeting.kind')}
          form={form}
          value={m?.kind ?? 'steering'}
          options={meetings.meetingKinds.map((k) => ({ value: k, label: t(`plans.meeting.kind.${k}`) }))}
        />
        <Field
          name="heldOn"
          type="date"
          label={t('plans.meeting.date')}
          required
          form={form}
          value={m?.heldOn}
        />
        <Field name="place" label={t('plans.meeting.place')} form={form} value={m?.place} />
        <Field
          name={`agenda.${locale}`}
          label={t('plans.meeting.agenda')}
          hint={t('plans.meeting.markdown')}
          multiline
          form={form}
          value={m ? own(m.agenda, i18n) : ''}
        />
        <Field
          name={`minutes.${locale}`}
          label={t('plans.meeting.minutes')}
          hint={t('plans.meeting.markdown')}
          multiline
          form={form}
          value={m ? own(m.minutes, i18n) : ''}
        />
        <Checkbox
          name="includeProgress"
          label={t('plans.meeting.includeProgress')}
          hint={t('plans.meeting.includeProgress.hint')}
          checked={m?.includeProgress ?? true}
          form={form}
        />
        <Checkbox
          name="published"
          label={t('plans.meeting.publish')}
          checked={m?.published ?? false}
          form={form}
        />
        <fieldset>
          <legend>{t('plans.meeting.participants')}</legend>
          {parts.map((x, i) => (
            <fieldset key={i} class="row-fields">
              <legend>{t('plans.meeting.participant.n', { n: i18n.n(i + 1) })}</legend>
              <Field
                name={`participants.${i}.name`}
                label={t('plans.meeting.participant.name')}
                form={form}
                value={x?.name}
              />
              <Field
                name={`participants.${i}.institution`}
                label={t('plans.meeting.participant.institution')}
                form={form}
                value={x?.institution}
              />
              <Field
                name={`participants.${i}.role`}
                label={t('plans.meeting.participant.role')}
                form={form}
                value={x?.role}
              />
              <Field
                name={`participants.${i}.user`}
                type="email"
                dir="ltr"
                label={t('plans.meeting.participant.user')}
                form={form}
              />
            </fieldset>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('plans.meeting.decisions')}</legend>
          {decisions.map((d, i) => (
            <fieldset key={i} class="row-fields">
              <legend>{t('plans.meeting.decision.n', { n: i18n.n(i + 1) })}</legend>
              <Field
                name={`decisions.${i}.text`}
                label={t('plans.meeting.decision.text')}
                form={form}
                value={d ? own(d.text, i18n) : ''}
              />
              <Field
                name={`decisions.${i}.owner`}
                label={t('plans.meeting.decision.owner')}
                form={form}
                value={d?.owner}
              />
              <Field
                name={`decisions.${i}.dueOn`}
                type="date"
                label={t('plans.meeting.decision.due')}
                form={form}
                value={d?.dueOn ?? ''}
              />
              <Select
                name={`decisions.${i}.status`}
                label={t('plans.meeting.decision.status')}
                form={form}
                value={d?.status ?? 'open'}
                options={meetings.decisionStatuses.map((s) => ({
                  value: s,
                  label: t(`plans.decision.status.${s}`),
                }))}
              />
            </fieldset>
          ))}
        </fieldset>
        <button type="submit">{t('plans.meeting.save')}</button>
      </Form>
    </>
  );
}

const blank = (values: Record<string, string>, prefix: string, keys: string[]) =>
  keys.every((k) => !(values[`${prefix}.${k}`] ?? '').trim());

/** The service input from the form's rows; blank rows are dropped, other languages of texts are kept. */
export function meetingInput(
  values: Record<string, string>,
  locale: string,
  current: meetings.MeetingView | null,
) {
  const participants = [];
  for (let i = 0; i < 200 && `participants.${i}.name` in values; i++) {
    const pre = `participants.${i}`;
    if (blank(values, pre, ['name', 'institution', 'role', 'user'])) continue;
    participants.push({
      name: values[`${pre}.name`],
      institution: values[`${pre}.institution`],
      role: values[`${pre}.role`],
      user: values[`${pre}.user`],
    });
  }
  const decisions = [];
  for (let i = 0; i < 200 && `decisions.${i}.text` in values; i++) {
    const pre = `decisions.${i}`;
    if (blank(values, pre, ['text', 'owner', 'dueOn'])) continue;
    const before = current?.decisions[i]?.text ?? {};
    decisions.push({
      text: { ...before, [locale]: values[`${pre}.text`] },
      owner: values[`${pre}.owner`],
      dueOn: values[`${pre}.dueOn`],
      status: values[`${pre}.status`],
    });
  }
  return {
    kind: values.kind,
    heldOn: values.heldOn,
    place: values.place,
    agenda: { ...(current?.agenda ?? {}), [locale]: values[`agenda.${locale}`] ?? '' },
    minutes: { ...(current?.minutes ?? {}), [locale]: values[`minutes.${locale}`] ?? '' },
    includeProgress: values.includeProgress ?? 'false',
    published: values.published ?? 'false',
    participants,
    decisions,
  };
}

export const newMeetingPage: FormDef<Data> = {
  path: '/plans/:slug/meetings/new',
  section: 'opengov',
  signedIn: true,
  load,
  title: (_d, { i18n }) => i18n.t('plans.meeting.new'),
  view,
  async submit(ctx, values) {
    const { slug } = p(ctx);
    const m = await meetings.createMeeting(ctx.svc, slug, meetingInput(values, ctx.i18n.locale, null));
    return { redirect: `/plans/${slug}/meetings/${m.id}`, notice: 'plans.meeting.notice.saved' };
  },
};

export const editMeetingPage: FormDef<Data> = {
  path: '/plans/:slug/meetings/:id/edit',
  section: 'opengov',
  signedIn: true,
  load,
  title: (d, { i18n }) => i18n.t('plans.meeting.edit.title', { meeting: meetingTitle(i18n, d.meeting!) }),
  view,
  async submit(ctx, values) {
    const { slug, id = '' } = p(ctx);
    const current = (await meetings.getMeeting(ctx.svc, slug, id)).meeting;
    await meetings.updateMeeting(ctx.svc, slug, id, meetingInput(values, ctx.i18n.locale, current));
    return { redirect: `/plans/${slug}/meetings/${id}`, notice: 'plans.meeting.notice.saved' };
  },
};
