// The column layout of a plan file (import and CSV/XLSX export): one table, one row per item, its kind in the
// `type` column: one `plan` row, then `commitment` rows, each followed by its `activity` rows, each followed by
// its `report` rows (progress history). Headers may be written in English, French or Arabic; translated columns
// end in _ar, _fr or _en. Values of `type` may be English, French or Arabic too.
import { type Locale, locales } from '../../i18n/index.ts';

export const rowTypes = ['plan', 'commitment', 'activity', 'report'] as const;
export type RowType = (typeof rowTypes)[number];

const typeNames: Record<string, RowType> = {
  plan: 'plan',
  commitment: 'commitment',
  engagement: 'commitment',
  activity: 'activity',
  activite: 'activity',
  milestone: 'activity',
  jalon: 'activity',
  report: 'report',
  rapport: 'report',
  خطة: 'plan',
  التزام: 'commitment',
  نشاط: 'activity',
  تقرير: 'report',
};

/** Plain columns: canonical name → its names in en, fr, ar. */
const plainColumns = {
  type: ['type', 'type', 'النوع'],
  number: ['number', 'numero', 'الرقم'],
  slug: ['slug', 'identifiant', 'المعرف'],
  start_date: ['start_date', 'date_debut', 'تاريخ_البداية'],
  end_date: ['end_date', 'date_fin', 'تاريخ_النهاية'],
  status: ['status', 'statut', 'الحالة'],
  weight: ['weight', 'poids', 'الوزن'],
  completion: ['completion', 'realisation', 'نسبة_الإنجاز'],
  date: ['date', 'date', 'التاريخ'],
  values: ['ogp_values', 'valeurs_pgo', 'قيم_الشراكة'],
  contact: ['contact', 'contact', 'جهة_الاتصال'],
  evidence: ['evidence', 'justificatifs', 'الوثائق_المثبتة'],
  aggregation: ['aggregation', 'agregation', 'طريقة_الاحتساب'],
  reporting_period_days: ['reporting_period_days', 'periodicite_jours', 'دورية_التقارير'],
  published: ['published', 'publie', 'منشورة'],
} as const;

/** Translated columns: canonical base → its names in en, fr, ar (each followed by _ar, _fr or _en). */
const translatedColumns = {
  title: ['title', 'titre', 'العنوان'],
  description: ['description', 'description', 'الوصف'],
  lead_institution: ['lead_institution', 'institution_pilote', 'المؤسسة_الرائدة'],
  other_actors: ['other_actors', 'autres_acteurs', 'الفاعلون_الآخرون'],
  project_leads: ['project_leads', 'chefs_de_projet', 'رؤساء_المشاريع'],
  problem: ['problem', 'probleme', 'الإشكالية'],
  objective: ['objective', 'objectif', 'الهدف'],
  expected_results: ['expected_results', 'resultats_attendus', 'النتائج_المنتظرة'],
  responsible_body: ['responsible_body', 'organisme_responsable', 'الجهة_المسؤولة'],
  notes: ['notes', 'notes', 'ملاحظات'],
  done: ['done', 'realisations', 'ما_تم_إنجازه'],
  communication: ['communication', 'communication', 'التواصل'],
} as const;

export type PlainColumn = keyof typeof plainColumns;
export type TranslatedColumn = keyof typeof translatedColumns;
/** A canonical column: a plain one, or a translated one with its language (`title.fr`). */
export type Column = PlainColumn | `${TranslatedColumn}.${Locale}`;

/** Lower case, no accents, spaces and hyphens as underscores. */
export const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const headerIndex = new Map<string, Column>();
for (const [name, names] of Object.entries(plainColumns))
  for (const n of names) headerIndex.set(normalise(n), name as Column);
for (const [name, names] of Object.entries(translatedColumns))
  for (const n of names)
    for (const l of locales) headerIndex.set(normalise(`${n}_${l}`), `${name}.${l}` as Column);

/** The canonical column of a header, or null when unknown. */
export const columnOf = (header: string): Column | null => headerIndex.get(normalise(header)) ?? null;

/** The row type of a `type` cell, or null. */
export const rowTypeOf = (value: string): RowType | null => typeNames[normalise(value)] ?? null;

/** Whether a canonical base name is that of translated columns (`title`, `done`…). */
export const isTranslated = (base: string) => Object.hasOwn(translatedColumns, base);

/** The header of a canonical column in a language (for exports and for templates). */
export function headerOf(column: Column, locale: Locale): string {
  const k = locales.indexOf(locale);
  const [base, lang] = column.split('.') as [string, Locale | undefined];
  if (lang) return `${translatedColumns[base as TranslatedColumn][k] ?? base}_${lang}`;
  return plainColumns[base as PlainColumn][k] ?? base;
}

/** Every column in export order. */
export const allColumns: Column[] = [
  'type',
  'number',
  'slug',
  ...locales.map((l) => `title.${l}` as Column),
  'start_date',
  'end_date',
  'status',
  'weight',
  'completion',
  'date',
  ...(Object.keys(translatedColumns) as TranslatedColumn[])
    .filter((c) => c !== 'title')
    .flatMap((c) => locales.map((l) => `${c}.${l}` as Column)),
  'values',
  'contact',
  'evidence',
  'aggregation',
  'reporting_period_days',
  'published',
];
