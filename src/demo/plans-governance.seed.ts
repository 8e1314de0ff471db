// Demo governance of the 2021–2023 plan: two steering committee meetings (October 2022 and the review of
// 28 March 2023, whose minutes note "tracking platform not updated" for commitments 3, 11 and 19 and embed the
// progress of that date), an implementation committee meeting, and one public request for the committee's
// intervention on commitment 19, raised by its project lead (a demo account), answered and closed. Meeting texts are in ar/fr/en;
// the request is written, like any message, in its author's language (French here).
import type { ServiceContext } from '../context.ts';
import { newId, nowIso } from '../kernel/ids.ts';
import { usersService } from '../modules/accounts/index.ts';
import * as blockers from '../modules/plans/blockers.service.ts';
import * as meetings from '../modules/plans/meetings.service.ts';
import { demoPlan, REVIEW_DATE } from './plans.data.ts';

const committee = [
  {
    name: 'Amina El Idrissi',
    institution: 'Ministère de la Transition Numérique et de la Réforme de l’Administration',
    role: 'Co-présidente (gouvernement)',
  },
  {
    name: 'Youssef Benali',
    institution: 'Réseau associatif pour la transparence',
    role: 'Co-président (société civile)',
  },
  { name: 'Nadia Tazi', institution: 'Agence de Développement du Digital', role: 'Membre' },
  { name: 'Karim Alaoui', institution: 'Instance Nationale de la Probité', role: 'Membre' },
  { name: 'Salma Chraibi', institution: 'Association des jeunes pour la participation', role: 'Membre' },
];

const october = {
  kind: 'steering',
  heldOn: '2022-10-06',
  place: 'Rabat',
  includeProgress: true,
  published: true,
  participants: committee,
  agenda: {
    ar: '1. تقدم تنفيذ الالتزامات في 30 شتنبر 2022\n2. التواصل حول خطة العمل\n3. نقاط مختلفة',
    fr: '1. Avancement des engagements au 30 septembre 2022\n2. Communication sur le plan d’action\n3. Divers',
    en: '1. Progress of the commitments on 30 September 2022\n2. Communication on the action plan\n3. Other business',
  },
  minutes: {
    ar: 'استعرضت اللجنة تقدم الالتزامات الاثنين والعشرين اعتماداً على منصة التتبع.\n\n- سجلت اللجنة تقدماً منتظماً في التزامات الشفافية المالية والمعطيات المفتوحة.\n- طلبت من رؤساء المشاريع تحيين المنصة قبل كل اجتماع.',
    fr: 'Le comité a passé en revue l’avancement des 22 engagements à partir de la plateforme de suivi.\n\n- Le comité note une progression régulière des engagements de transparence budgétaire et de données ouvertes.\n- Il demande aux chefs de projet de mettre à jour la plateforme avant chaque réunion.',
    en: 'The committee reviewed the progress of the 22 commitments from the tracking platform.\n\n- The committee notes steady progress on the budget transparency and open data commitments.\n- It asks project leads to update the platform before each meeting.',
  },
  decisions: [
    {
      text: {
        ar: 'تذكير رؤساء المشاريع بآجال تحيين منصة التتبع',
        fr: 'Rappeler aux chefs de projet les échéances de mise à jour de la plateforme de suivi',
        en: 'Remind project leads of the deadlines for updating the tracking platform',
      },
      owner: 'Secrétariat du comité',
      dueOn: '2022-10-31',
      status: 'done',
    },
  ],
};

const january = {
  kind: 'implementation',
  heldOn: '2023-01-19',
  place: 'Visioconférence',
  includeProgress: false,
  published: true,
  participants: [
    {
      name: 'Nadia Tazi',
      institution: 'Agence de Développement du Digital',
      role: 'Cheffe de projet (engagement 10)',
    },
    {
      name: 'Omar Lahlou',
      institution: 'Ministère de l’Économie et des Finances',
      role: 'Chef de projet (engagement 1)',
    },
    {
      name: 'Hind Berrada',
      institution: 'Ministère de la Transition Numérique et de la Réforme de l’Administration',
      role: 'Secrétariat',
    },
  ],
  agenda: {
    ar: 'تحضير التقرير المرحلي للتقييم الذاتي',
    fr: 'Préparation du rapport d’auto-évaluation à mi-parcours',
    en: 'Preparing the mid-term self-assessment report',
  },
  minutes: {
    ar: 'اتفق رؤساء المشاريع على تحيين الأنشطة المنجزة قبل نهاية فبراير.',
    fr: 'Les chefs de projet conviennent de mettre à jour les activités réalisées avant fin février.',
    en: 'Project leads agree to update the activities done before the end of February.',
  },
  decisions: [],
};

const march = {
  kind: 'steering',
  heldOn: REVIEW_DATE,
  place: 'Rabat',
  includeProgress: true,
  published: true,
  participants: committee,
  agenda: {
    ar: '1. تتبع تنفيذ الالتزامات\n2. طلبات تدخل اللجنة\n3. التقييم الذاتي',
    fr: '1. Suivi de la mise en œuvre des engagements\n2. Demandes d’intervention du comité\n3. Auto-évaluation',
    en: '1. Follow-up of the commitments\n2. Requests for the committee’s intervention\n3. Self-assessment',
  },
  minutes: {
    ar: 'استعرضت اللجنة جدول التقدم المعروض أدناه.\n\n| الالتزام | الملاحظة |\n|---|---|\n| 3 | منصة التتبع غير محينة |\n| 11 | منصة التتبع غير محينة |\n| 19 | منصة التتبع غير محينة |\n\nقررت اللجنة مراسلة المؤسسات المعنية.',
    fr: 'Le comité a examiné le tableau d’avancement reproduit ci-dessous.\n\n| Engagement | Observation |\n|---|---|\n| 3 | Plateforme de suivi non mise à jour |\n| 11 | Plateforme de suivi non mise à jour |\n| 19 | Plateforme de suivi non mise à jour |\n\nLe comité décide d’écrire aux institutions concernées.',
    en: 'The committee examined the progress table shown below.\n\n| Commitment | Note |\n|---|---|\n| 3 | Tracking platform not updated |\n| 11 | Tracking platform not updated |\n| 19 | Tracking platform not updated |\n\nThe committee decides to write to the institutions concerned.',
  },
  decisions: [
    {
      text: {
        ar: 'مراسلة المؤسسات المسؤولة عن الالتزامات 3 و11 و19 لتحيين منصة التتبع',
        fr: 'Écrire aux institutions responsables des engagements 3, 11 et 19 pour la mise à jour de la plateforme',
        en: 'Write to the institutions leading commitments 3, 11 and 19 to update the tracking platform',
      },
      owner: 'Co-présidence du comité',
      dueOn: '2023-04-15',
      status: 'open',
    },
    {
      text: {
        ar: 'إطلاق الاستشارة العمومية حول التقييم الذاتي',
        fr: 'Lancer la consultation publique sur l’auto-évaluation',
        en: 'Open the public consultation on the self-assessment',
      },
      owner: 'Secrétariat du comité',
      dueOn: '2023-06-30',
      status: 'open',
    },
  ],
};

/** The demo's project lead of a commitment: an account (e-mail and password below) holding `project_lead` on it. */
export const DEMO_LEAD = {
  email: 'lead.demo@example.org',
  password: 'shafaf-demo-lead',
  name: 'Leila Amrani',
};

async function leadOf(ctx: ServiceContext, number: number): Promise<ServiceContext> {
  const c = await ctx.db.db
    .selectFrom('commitments as c')
    .innerJoin('plans as p', 'p.id', 'c.plan_id')
    .select('c.id')
    .where('p.slug', '=', demoPlan.slug)
    .where('c.number', '=', number)
    .executeTakeFirstOrThrow();
  const user = await usersService.createActiveUser({ ...ctx, locale: 'fr' }, DEMO_LEAD);
  await ctx.db.db
    .insertInto('role_grants')
    .values({
      id: newId(),
      user_id: user.id,
      role: 'project_lead',
      scope_type: 'commitment',
      scope_id: c.id,
      granted_by: ctx.actor.userId,
      created_at: nowIso(),
    })
    .execute();
  return {
    ...ctx,
    locale: 'fr',
    actor: {
      userId: user.id,
      email: user.email,
      name: DEMO_LEAD.name,
      sysadmin: false,
      orgRoles: {},
      grants: [{ role: 'project_lead', scopeType: 'commitment', scopeId: c.id }],
      via: 'cli',
    },
  };
}

/** Runs after the plan is seeded, as the demo sysadmin (`ctx`), who stands for the steering committee. */
export async function seedPlanGovernance(ctx: ServiceContext): Promise<void> {
  const slug = demoPlan.slug;
  for (const m of [october, january, march]) await meetings.createMeeting(ctx, slug, m);
  const lead = await leadOf(ctx, 19);
  const raised = await blockers.raiseBlocker(lead, slug, 19, {
    title: 'Projet de loi sur la consultation publique en attente',
    problem:
      'Le projet de loi encadrant la consultation publique attend depuis décembre 2022 l’avis des départements consultés ; sans lui, les activités suivantes ne peuvent pas démarrer.',
    needed:
      'Que le comité de pilotage saisisse le Secrétariat général du gouvernement pour obtenir un calendrier d’examen.',
    public: true,
  });
  const id = raised.blocker.id;
  const committeeCtx = { ...ctx, locale: 'fr' as const };
  await blockers.commentBlocker(committeeCtx, slug, id, {
    body: 'Le comité inscrit la question à l’ordre du jour de sa réunion du 28 mars 2023.',
  });
  await blockers.answerBlocker(committeeCtx, slug, id, {
    answer:
      'La co-présidence a écrit au Secrétariat général du gouvernement le 3 avril 2023 ; un examen est programmé au deuxième trimestre.',
  });
  await blockers.closeBlocker(committeeCtx, slug, id, { note: 'Calendrier obtenu.' });
  await backdate(ctx, id, [
    '2023-03-20T09:30:00.000Z',
    '2023-03-28T16:00:00.000Z',
    '2023-04-04T10:00:00.000Z',
    '2023-04-20T11:00:00.000Z',
  ]);
}

/** The demo's request happened in 2023: its dated steps say so (one step of each kind, in this order). */
async function backdate(ctx: ServiceContext, id: string, times: string[]) {
  const db = ctx.db.db;
  for (const [k, kind] of (['raised', 'comment', 'answer', 'close'] as const).entries())
    await db
      .updateTable('plan_blocker_events')
      .set({ at: times[k]! })
      .where('blocker_id', '=', id)
      .where('kind', '=', kind)
      .execute();
  await db
    .updateTable('plan_blockers')
    .set({ created_at: times[0]!, answered_at: times[2]!, closed_at: times[3]!, updated_at: times[3]! })
    .where('id', '=', id)
    .execute();
}
