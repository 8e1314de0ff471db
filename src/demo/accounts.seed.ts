// Demo accounts and data producers: the institutions of the national open data steering committee and the
// producers of the datasets the national portal features. The sysadmin's credentials are for local use only
// (README); production databases start without demo content (DEMO=false).
import type { Tx } from '../db/types.ts';
import { newId, nowIso } from '../kernel/ids.ts';
import { hashPassword } from '../modules/accounts/secrets.ts';

export const DEMO_ADMIN = { email: 'admin@shafaf.local', password: 'shafaf-demo-admin' };

type Org = {
  name: string;
  kind: 'ministry' | 'agency' | 'other';
  title: { ar: string; fr: string; en: string };
  website?: string;
};

export const demoOrganizations: Org[] = [
  {
    name: 'add',
    kind: 'agency',
    title: {
      ar: 'وكالة التنمية الرقمية',
      fr: 'Agence de Développement du Digital',
      en: 'Digital Development Agency',
    },
  },
  {
    name: 'mtnra',
    kind: 'ministry',
    title: {
      ar: 'وزارة الانتقال الرقمي وإصلاح الإدارة',
      fr: 'Ministère de la Transition Numérique et de la Réforme de l’Administration',
      en: 'Ministry of Digital Transition and Administrative Reform',
    },
  },
  {
    name: 'mef',
    kind: 'ministry',
    title: {
      ar: 'وزارة الاقتصاد والمالية',
      fr: 'Ministère de l’Économie et des Finances',
      en: 'Ministry of Economy and Finance',
    },
  },
  {
    name: 'hcp',
    kind: 'agency',
    title: {
      ar: 'المندوبية السامية للتخطيط',
      fr: 'Haut-Commissariat au Plan',
      en: 'High Commission for Planning',
    },
  },
  {
    name: 'anrt',
    kind: 'agency',
    title: {
      ar: 'الوكالة الوطنية لتقنين المواصلات',
      fr: 'Agence Nationale de Réglementation des Télécommunications',
      en: 'National Telecommunications Regulatory Agency',
    },
  },
  {
    name: 'men',
    kind: 'ministry',
    title: {
      ar: 'وزارة التربية الوطنية والتعليم الأولي والرياضة',
      fr: 'Ministère de l’Éducation Nationale, du Préscolaire et des Sports',
      en: 'Ministry of National Education, Preschool and Sports',
    },
  },
  {
    name: 'sante',
    kind: 'ministry',
    title: {
      ar: 'وزارة الصحة والحماية الاجتماعية',
      fr: 'Ministère de la Santé et de la Protection Sociale',
      en: 'Ministry of Health and Social Protection',
    },
  },
  {
    name: 'cnops',
    kind: 'agency',
    title: {
      ar: 'الصندوق الوطني لمنظمات الاحتياط الاجتماعي',
      fr: 'Caisse Nationale des Organismes de Prévoyance Sociale',
      en: 'National Fund of Social Welfare Organisations',
    },
  },
  {
    name: 'inpplc',
    kind: 'agency',
    title: {
      ar: 'الهيئة الوطنية للنزاهة والوقاية من الرشوة ومحاربتها',
      fr: 'Instance Nationale de la Probité, de la Prévention et de la Lutte contre la Corruption',
      en: 'National Authority for Probity, Prevention and Fight against Corruption',
    },
  },
];

export async function seedAccounts(tx: Tx): Promise<void> {
  const now = nowIso();
  const adminId = newId();
  await tx
    .insertInto('users')
    .values({
      id: adminId,
      email: DEMO_ADMIN.email,
      name: 'Portal administrator',
      password_hash: await hashPassword(DEMO_ADMIN.password),
      locale: 'ar',
      state: 'active',
      sysadmin: 1,
      email_verified_at: now,
      failed_logins: 0,
      locked_until: null,
      last_login_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const o of demoOrganizations) {
    await tx
      .insertInto('organizations')
      .values({
        id: newId(),
        name: o.name,
        title: JSON.stringify(o.title),
        description: '{}',
        kind: o.kind,
        website: o.website ?? null,
        email: null,
        state: 'active',
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
}
