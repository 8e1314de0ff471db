// Demo inventories of three organisations (health, education, statistics), in Arabic, French and English: a
// published item with its dataset, planned items, a restricted one (statistical secrecy) and non-public ones
// with their public justification; and the accepted request for baccalaureate results by school recorded in the
// education ministry's inventory by its open data officer (the chain request → inventory item).
import type { ServiceContext } from '../context.ts';
import { convertRequest } from '../modules/inventory/convert.service.ts';
import { createItem } from '../modules/inventory/inventory.service.ts';
import { addWorkingDays } from '../modules/requests/workflow.ts';
import type { DemoContext } from '../seed.ts';

const t = (ar: string, fr: string, en: string) => ({ ar, fr, en });

export async function seedInventory({ tx, ctx }: DemoContext): Promise<void> {
  const soon = (days: number) => addWorkingDays(new Date().toISOString().slice(0, 10), days, new Set());
  const add = (organization: string, item: Record<string, unknown>) =>
    createItem(ctx, { organization, ...item });

  await add('sante', {
    title: t(
      'المؤسسات الاستشفائية حسب الفئة',
      'Établissements hospitaliers par catégorie',
      'Hospitals by category',
    ),
    description: t(
      'لائحة المستشفيات العمومية حسب الفئة والجهة وعدد الأسرة.',
      'Liste des hôpitaux publics par catégorie et par région, avec le nombre de lits.',
      'Public hospitals by category and region, with the number of beds.',
    ),
    owner_unit: 'Direction de la Planification et des Ressources Financières',
    source_system: 'Carte sanitaire (SIG)',
    format: 'CSV',
    volume: '160 lignes',
    frequency: 'ANNUAL',
    access_level: 'public',
    dataset: 'etablissements-hospitaliers-par-categorie-2020',
    quality: 3,
    no_legal_obstacle: true,
    open_format: true,
  });
  await add('sante', {
    title: t('الملفات الطبية للمرضى', 'Dossiers médicaux des patients', 'Patient medical records'),
    description: t(
      'الملفات الطبية الفردية للمرضى في المستشفيات العمومية.',
      'Dossiers médicaux individuels des patients des hôpitaux publics.',
      'Individual medical records of public hospital patients.',
    ),
    owner_unit: 'Direction des Hôpitaux et des Soins Ambulatoires',
    source_system: 'Système d’information hospitalier',
    format: 'Base de données',
    volume: '12 millions de dossiers',
    frequency: 'CONT',
    personal_data: true,
    access_level: 'non_public',
    restriction_reason: 'personal_data',
    justification:
      'Données de santé nominatives protégées par la loi 09-08 et le secret médical. Des statistiques agrégées par hôpital sont publiées à la place.',
    quality: 2,
  });
  await add('sante', {
    title: t(
      'نسب التلقيح حسب الإقليم',
      'Couverture vaccinale par province',
      'Vaccination coverage by province',
    ),
    description: t(
      'نسب التلقيح للأطفال أقل من خمس سنوات حسب الإقليم والسنة.',
      'Taux de couverture vaccinale des enfants de moins de cinq ans, par province et par année.',
      'Vaccination coverage of children under five, by province and year.',
    ),
    owner_unit: 'Direction de l’Épidémiologie et de Lutte contre les Maladies',
    format: 'XLSX',
    frequency: 'ANNUAL',
    access_level: 'public',
    planned_date: soon(60),
    quality: 2,
    no_legal_obstacle: true,
  });

  await add('men', {
    title: t(
      'الخريطة المدرسية',
      'Carte scolaire : établissements publics primaires',
      'School map: public primary schools',
    ),
    owner_unit: 'Direction de la Stratégie, des Statistiques et de la Planification',
    source_system: 'MASSAR',
    format: 'CSV',
    frequency: 'ANNUAL',
    access_level: 'public',
    dataset: 'liste-etablissements-publics-primaires',
    quality: 3,
    no_legal_obstacle: true,
    open_format: true,
  });
  await add('men', {
    title: t('المعطيات الفردية للتلاميذ', 'Données individuelles des élèves', 'Individual pupil records'),
    owner_unit: 'Direction des Systèmes d’Information',
    source_system: 'MASSAR',
    volume: '8 millions d’élèves',
    frequency: 'CONT',
    personal_data: true,
    access_level: 'non_public',
    restriction_reason: 'personal_data',
    justification:
      'Notes, absences et données familiales de mineurs identifiés : la loi 09-08 interdit leur diffusion. Les effectifs agrégés par établissement sont publiés.',
    quality: 3,
  });

  await add('hcp', {
    title: t(
      'المعطيات الجزئية للإحصاء العام 2024',
      'Microdonnées du recensement 2024',
      '2024 census microdata',
    ),
    owner_unit: 'Direction de la Statistique',
    format: 'SPSS',
    volume: '36 millions d’individus',
    frequency: 'DECENNIAL',
    personal_data: true,
    access_level: 'restricted',
    restriction_reason: 'statistical_secrecy',
    justification:
      'Les réponses individuelles sont couvertes par le secret statistique ; des échantillons anonymisés sont accessibles aux chercheurs sur convention.',
    quality: 3,
    no_legal_obstacle: false,
  });
  await add('hcp', {
    title: t('مؤشر أثمان الاستهلاك', 'Indice des prix à la consommation', 'Consumer price index'),
    owner_unit: 'Direction de la Statistique',
    format: 'XLSX',
    frequency: 'MONTHLY',
    access_level: 'public',
    planned_date: soon(20),
    quality: 3,
    no_legal_obstacle: true,
    open_format: true,
  });

  // The officer of the education ministry records the accepted request in the ministry's inventory.
  const officer = await tx
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('email', '=', 'officer.demo@example.org')
    .executeTakeFirst();
  const men = await tx.selectFrom('organizations').select('id').where('name', '=', 'men').executeTakeFirst();
  const request = await tx
    .selectFrom('data_requests')
    .select('id')
    .where('title', '=', 'Baccalaureate results by school')
    .executeTakeFirst();
  if (!officer || !men || !request) return;
  const as: ServiceContext = {
    ...ctx,
    actor: {
      ...ctx.actor,
      userId: officer.id,
      email: officer.email,
      name: officer.name,
      sysadmin: false,
      orgRoles: { [men.id]: 'editor' },
      via: 'session',
    },
  };
  await convertRequest(as, request.id, {
    title: t(
      'نتائج البكالوريا حسب المؤسسة',
      'Résultats du baccalauréat par établissement',
      'Baccalaureate results by school',
    ),
    owner_unit: 'Centre National des Examens et de l’Évaluation',
    source_system: 'MASSAR — module examens',
    format: 'CSV',
    frequency: 'ANNUAL',
    planned_date: soon(30),
    quality: 2,
    no_legal_obstacle: true,
  });
}
