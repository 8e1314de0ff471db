// Demo data requests at every stage, in the three languages: one published with the dataset that answers it,
// one refused with its reason and justification, one accepted with a planned date, one overdue, one awaiting
// moderation. Written through the services (history, audit, notifications) by demo citizens, a moderator
// (the demo sysadmin) and an open data officer of the health and education ministries.

import type { ServiceContext } from '../context.ts';
import type { Tx } from '../db/types.ts';
import { newId, nowIso } from '../kernel/ids.ts';
import { type Actor, anonymous } from '../modules/accounts/index.ts';
import { voteRequest } from '../modules/requests/participation.service.ts';
import { submitRequest } from '../modules/requests/requests.service.ts';
import { transitionRequest } from '../modules/requests/transitions.service.ts';
import { addWorkingDays } from '../modules/requests/workflow.ts';
import type { DemoContext } from '../seed.ts';
import { DEMO_ADMIN } from './accounts.seed.ts';

type Person = { email: string; name: string; locale: 'ar' | 'fr' | 'en' };
const citizens: Person[] = [
  { email: 'salma.citizen@example.org', name: 'Salma B.', locale: 'ar' },
  { email: 'youssef.journaliste@example.org', name: 'Youssef A.', locale: 'fr' },
  { email: 'sara.researcher@example.org', name: 'Sara M.', locale: 'en' },
];
const officer: Person = { email: 'officer.demo@example.org', name: 'Open data officer', locale: 'fr' };

async function insertUser(tx: Tx, p: Person): Promise<string> {
  const id = newId();
  const now = nowIso();
  await tx
    .insertInto('users')
    .values({
      id,
      email: p.email,
      name: p.name,
      password_hash: null, // demo people cannot sign in
      locale: p.locale,
      state: 'active',
      sysadmin: 0,
      email_verified_at: now,
      failed_logins: 0,
      locked_until: null,
      last_login_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

const orgId = async (tx: Tx, name: string) =>
  (await tx.selectFrom('organizations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

export async function seedRequests({ tx, ctx: base }: DemoContext): Promise<void> {
  const as = (actor: Partial<Actor>, locale: ServiceContext['locale'] = 'fr'): ServiceContext => ({
    ...base,
    locale,
    actor: { ...anonymous, via: 'session', ...actor },
  });
  const [salma, youssef, sara] = await Promise.all(citizens.map((c) => insertUser(tx, c)));
  const citizen = (id: string, i: number) =>
    as({ userId: id, email: citizens[i]!.email, name: citizens[i]!.name }, citizens[i]!.locale);
  const officerId = await insertUser(tx, officer);
  const sante = await orgId(tx, 'sante');
  const men = await orgId(tx, 'men');
  for (const org of [sante, men])
    await tx
      .insertInto('memberships')
      .values({ organization_id: org, user_id: officerId, role: 'editor', created_at: nowIso() })
      .execute();
  const admin = await tx
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO_ADMIN.email)
    .executeTakeFirst();
  const moderator = as({
    userId: admin?.id ?? null,
    email: DEMO_ADMIN.email,
    name: 'Moderator',
    sysadmin: true,
  });
  const org = as({
    userId: officerId,
    email: officer.email,
    name: officer.name,
    orgRoles: { [sante]: 'editor', [men]: 'editor' },
  });
  const future = addWorkingDays(new Date().toISOString().slice(0, 10), 30, new Set());

  // 1. Published, answered by a dataset of the catalogue (Arabic).
  const hospitals = await submitRequest(citizen(salma!, 0), {
    title: 'عدد المؤسسات الاستشفائية حسب الفئة والجهة',
    description: 'لائحة المستشفيات والمراكز الصحية العمومية حسب الفئة والجهة، مع عدد الأسرّة.',
    purpose: 'لإعداد دراسة عن الولوج إلى العلاج في العالم القروي.',
    organization: 'sante',
    topic: 'health',
    preferred_format: 'CSV',
  });
  await transitionRequest(moderator, hospitals.id, {
    to: 'routed',
    note: 'Transmise au Ministère de la Santé.',
  });
  await transitionRequest(org, hospitals.id, { to: 'under_review' });
  await transitionRequest(org, hospitals.id, {
    to: 'accepted',
    planned_date: future,
    note: 'Les données 2020 existent.',
  });
  await transitionRequest(org, hospitals.id, {
    to: 'published',
    datasets: ['etablissements-hospitaliers-par-categorie-2020'],
    note: 'Publié dans le catalogue.',
  });
  await voteRequest(citizen(sara!, 2), hospitals.id);

  // 2. Refused, with a reason from the list and a public justification (French).
  const amo = await submitRequest(citizen(youssef!, 1), {
    title: 'Liste nominative des patients pris en charge par hôpital',
    description: 'Noms, âges et pathologies des patients admis dans chaque hôpital public en 2023.',
    purpose: 'Enquête journalistique sur la qualité des soins.',
    topic: 'health',
  });
  await transitionRequest(moderator, amo.id, { to: 'routed', organization: 'sante' });
  await transitionRequest(org, amo.id, {
    to: 'refused',
    refusal_reason: 'personal_data',
    justification:
      'Ces données sont des données de santé nominatives, protégées par la loi 09-08. Les statistiques agrégées par hôpital sont publiées dans le jeu « Établissements hospitaliers ».',
  });

  // 3. Accepted, with a planned publication date (English).
  const results = await submitRequest(citizen(sara!, 2), {
    title: 'Baccalaureate results by school',
    description:
      'Pass rates and average marks of the baccalaureate, school by school, for the last five sessions.',
    purpose: 'Research on inequalities between public and private schools.',
    organization: 'men',
    topic: 'education',
  });
  await transitionRequest(moderator, results.id, { to: 'routed' });
  await transitionRequest(org, results.id, {
    to: 'accepted',
    planned_date: future,
    note: 'Data by region is published; data by school will follow.',
  });
  await voteRequest(citizen(salma!, 0), results.id);
  await voteRequest(citizen(youssef!, 1), results.id);

  // 4. Overdue: routed long ago, no answer (English). The routing date is moved back to show the flag.
  const transport = await submitRequest(citizen(sara!, 2), {
    title: 'School transport routes in rural communes',
    description: 'Routes, stops and numbers of pupils carried by the school transport of each rural commune.',
    purpose: 'To study school drop-out in rural areas.',
    organization: 'men',
    topic: 'education',
  });
  await transitionRequest(moderator, transport.id, { to: 'routed' });
  const longAgo = '2026-01-05';
  await tx
    .updateTable('data_requests')
    .set({ routed_at: `${longAgo}T09:00:00.000Z`, due_date: addWorkingDays(longAgo, 20, new Set()) })
    .where('id', '=', transport.id)
    .execute();
  await tx
    .updateTable('request_transitions')
    .set({ at: `${longAgo}T09:00:00.000Z` })
    .where('request_id', '=', transport.id)
    .where('to_status', '=', 'routed')
    .execute();
  await tx
    .updateTable('request_transitions')
    .set({ at: `${longAgo}T08:00:00.000Z` })
    .where('request_id', '=', transport.id)
    .where('to_status', '=', 'submitted')
    .execute();
  await tx
    .updateTable('data_requests')
    .set({ created_at: `${longAgo}T08:00:00.000Z` })
    .where('id', '=', transport.id)
    .execute();

  // 5. Awaiting moderation (French).
  await submitRequest(citizen(youssef!, 1), {
    title: 'Horaires et fréquentation des trains régionaux',
    description: 'Horaires, retards et nombre de voyageurs par ligne régionale, par mois.',
    purpose: 'Application mobile d’information des voyageurs.',
    topic: 'transport',
    preferred_format: 'GTFS',
  });
}
