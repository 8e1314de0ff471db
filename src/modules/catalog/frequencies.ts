// Update frequencies: codes of the EU frequency vocabulary
// (http://publications.europa.eu/resource/authority/frequency/<code>), as DCAT-AP's dct:accrualPeriodicity uses.
// `days` is the expected period between updates (freshness checks); null when there is no period to check.
import type { Locale } from '../../i18n/index.ts';

export interface Frequency {
  code: string;
  label: Record<Locale, string>;
  days: number | null;
}

export const FREQUENCY_BASE_URI = 'http://publications.europa.eu/resource/authority/frequency/';

export const frequencies: readonly Frequency[] = [
  { code: 'CONT', label: { ar: 'مستمر', fr: 'Continue', en: 'Continuous' }, days: null },
  {
    code: 'UPDATE_CONT',
    label: { ar: 'تحديث مستمر', fr: 'Mise à jour continue', en: 'Continuously updated' },
    days: null,
  },
  { code: 'HOURLY', label: { ar: 'كل ساعة', fr: 'Toutes les heures', en: 'Hourly' }, days: 1 / 24 },
  { code: 'DAILY', label: { ar: 'يومي', fr: 'Quotidienne', en: 'Daily' }, days: 1 },
  {
    code: 'WEEKLY_2',
    label: { ar: 'مرتين في الأسبوع', fr: 'Deux fois par semaine', en: 'Twice a week' },
    days: 3.5,
  },
  { code: 'WEEKLY', label: { ar: 'أسبوعي', fr: 'Hebdomadaire', en: 'Weekly' }, days: 7 },
  {
    code: 'BIWEEKLY',
    label: { ar: 'كل أسبوعين', fr: 'Toutes les deux semaines', en: 'Every two weeks' },
    days: 14,
  },
  {
    code: 'MONTHLY_2',
    label: { ar: 'مرتين في الشهر', fr: 'Deux fois par mois', en: 'Twice a month' },
    days: 15,
  },
  { code: 'MONTHLY', label: { ar: 'شهري', fr: 'Mensuelle', en: 'Monthly' }, days: 31 },
  {
    code: 'BIMONTHLY',
    label: { ar: 'كل شهرين', fr: 'Bimestrielle', en: 'Every two months' },
    days: 62,
  },
  { code: 'QUARTERLY', label: { ar: 'فصلي', fr: 'Trimestrielle', en: 'Quarterly' }, days: 92 },
  {
    code: 'ANNUAL_3',
    label: { ar: 'ثلاث مرات في السنة', fr: 'Trois fois par an', en: 'Three times a year' },
    days: 122,
  },
  { code: 'ANNUAL_2', label: { ar: 'نصف سنوي', fr: 'Semestrielle', en: 'Semiannual' }, days: 183 },
  { code: 'ANNUAL', label: { ar: 'سنوي', fr: 'Annuelle', en: 'Annual' }, days: 366 },
  { code: 'BIENNIAL', label: { ar: 'كل سنتين', fr: 'Biennale', en: 'Biennial' }, days: 731 },
  {
    code: 'TRIENNIAL',
    label: { ar: 'كل ثلاث سنوات', fr: 'Triennale', en: 'Triennial' },
    days: 1096,
  },
  {
    code: 'QUINQUENNIAL',
    label: { ar: 'كل خمس سنوات', fr: 'Quinquennale', en: 'Every five years' },
    days: 1827,
  },
  {
    code: 'DECENNIAL',
    label: { ar: 'كل عشر سنوات', fr: 'Décennale', en: 'Every ten years' },
    days: 3653,
  },
  { code: 'IRREG', label: { ar: 'غير منتظم', fr: 'Irrégulière', en: 'Irregular' }, days: null },
  {
    code: 'AS_NEEDED',
    label: { ar: 'حسب الحاجة', fr: 'Selon les besoins', en: 'As needed' },
    days: null,
  },
  {
    code: 'NOT_PLANNED',
    label: { ar: 'غير مبرمج', fr: 'Non planifiée', en: 'Not planned' },
    days: null,
  },
  { code: 'NEVER', label: { ar: 'أبدا', fr: 'Jamais', en: 'Never' }, days: null },
  { code: 'OTHER', label: { ar: 'أخرى', fr: 'Autre', en: 'Other' }, days: null },
  { code: 'UNKNOWN', label: { ar: 'غير معروف', fr: 'Inconnue', en: 'Unknown' }, days: null },
];

export const DEFAULT_FREQUENCY = 'UNKNOWN';
export const frequencyCodes: readonly string[] = frequencies.map((f) => f.code);

const byCode = new Map(frequencies.map((f) => [f.code, f]));

/** The frequency with this code (case-insensitive), or undefined. */
export function findFrequency(code: string): Frequency | undefined {
  return byCode.get(code.trim().toUpperCase());
}
