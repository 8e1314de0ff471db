// Demo action plan: Morocco's open government action plan 2021–2023 with its 22 commitments, written through
// the plan services (audit rows, weight history) as the demo sysadmin. Each activity gets a report in
// September 2022 and one for the steering committee's review of 28 March 2023 (commitments the minutes noted
// as "not updated" were last reported in December 2022, so they are flagged on that date).

import type { ServiceContext } from '../context.ts';
import { activitiesService, commitmentsService, plansService } from '../modules/plans/index.ts';
import type { DemoContext } from '../seed.ts';
import { DEMO_ADMIN } from './accounts.seed.ts';
import { type DemoActivity, demoCommitments, demoPlan, REVIEW_DATE } from './plans.data.ts';
import { seedPlanGovernance } from './plans-governance.seed.ts';

const SINCE = '2021-01-01';
const whole: DemoActivity['title'] = {
  ar: 'تنفيذ الالتزام',
  fr: 'Mise en œuvre de l’engagement',
  en: 'Implementation of the commitment',
};
const update = {
  ar: 'تحيين التقدم استعداداً لاجتماع لجنة القيادة.',
  fr: 'Mise à jour de l’avancement pour la réunion du comité de pilotage.',
  en: 'Progress update for the steering committee meeting.',
};

/** The demo sysadmin as the author of the demo's reports (the CLI when the accounts were not seeded). */
async function adminContext(ctx: ServiceContext): Promise<ServiceContext> {
  const admin = await ctx.db.db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('email', '=', DEMO_ADMIN.email)
    .executeTakeFirst();
  return admin
    ? { ...ctx, actor: { ...ctx.actor, userId: admin.id, email: admin.email, name: admin.name } }
    : ctx;
}

export async function seedPlans(demo: DemoContext): Promise<void> {
  const ctx = await adminContext(demo.ctx);
  const slug = demoPlan.slug;
  await plansService.createPlan(ctx, demoPlan);
  for (const c of demoCommitments) {
    await commitmentsService.createCommitment(ctx, slug, {
      number: c.number,
      title: c.title,
      leadInstitution: c.lead,
      startDate: SINCE,
      endDate: demoPlan.periodEnd,
      values: c.values,
    });
    const activities = c.activities ?? [{ title: whole, weight: 1, completion: c.progress }];
    for (const a of activities) {
      const created = await activitiesService.createActivity(ctx, slug, c.number, {
        title: a.title,
        weight: a.weight,
        since: SINCE,
        plannedStart: SINCE,
        plannedEnd: demoPlan.periodEnd,
      });
      if (a.completion === 0) continue;
      const report = (completion: number, reportedOn: string, evidence: unknown[] = []) =>
        activitiesService.fileProgressReport(ctx, slug, c.number, created.id, {
          completion,
          reportedOn,
          done: update,
          evidence,
        });
      await report(Math.round(a.completion * 0.6), '2022-09-30');
      const evidence = c.number === 10 ? [{ title: 'data.gov.ma', url: 'https://www.data.gov.ma/' }] : [];
      await report(a.completion, c.stale ? '2022-12-15' : REVIEW_DATE, evidence);
    }
  }
  await seedPlanGovernance(ctx);
}
