// Licences, with the Open Definition ids that CKAN and udata use (see ../shared/standards, "Licences").
// `open`: conformant with the Open Definition (the first star of 5-star open data).
// `aliases`: CKAN's historical ids (cc-by, odc-odbl…) and other spellings met when importing; they resolve here.
import type { Locale } from '../../i18n/index.ts';

export interface License {
  id: string;
  title: Record<Locale, string>;
  url: string | null;
  open: boolean;
  aliases: readonly string[];
}

export const licenses: readonly License[] = [
  {
    id: 'CC-BY-4.0',
    title: {
      ar: 'المشاع الإبداعي - نسب المصنف 4.0',
      fr: 'Creative Commons Attribution 4.0',
      en: 'Creative Commons Attribution 4.0',
    },
    url: 'https://creativecommons.org/licenses/by/4.0/',
    open: true,
    aliases: ['cc-by', 'cc-by-4.0'],
  },
  {
    id: 'CC-BY-SA-4.0',
    title: {
      ar: 'المشاع الإبداعي - نسب المصنف - الترخيص بالمثل 4.0',
      fr: 'Creative Commons Attribution – Partage dans les mêmes conditions 4.0',
      en: 'Creative Commons Attribution Share-Alike 4.0',
    },
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    open: true,
    aliases: ['cc-by-sa', 'cc-by-sa-4.0'],
  },
  {
    id: 'CC0-1.0',
    title: {
      ar: 'المشاع الإبداعي - الملك العام CC0 1.0',
      fr: 'Creative Commons Zéro (CC0 1.0)',
      en: 'Creative Commons CCZero 1.0',
    },
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    open: true,
    aliases: ['cc-zero', 'cc0', 'cc0-1.0'],
  },
  {
    id: 'ODbL-1.0',
    title: {
      ar: 'رخصة قاعدة البيانات المفتوحة (ODbL) 1.0',
      fr: 'Licence ouverte de base de données Open Data Commons (ODbL) 1.0',
      en: 'Open Data Commons Open Database License (ODbL) 1.0',
    },
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
    open: true,
    aliases: ['odc-odbl', 'odbl', 'odbl-1.0'],
  },
  {
    id: 'ODC-BY-1.0',
    title: {
      ar: 'رخصة النسب للبيانات المفتوحة (ODC-By) 1.0',
      fr: 'Licence Open Data Commons Attribution (ODC-By) 1.0',
      en: 'Open Data Commons Attribution License (ODC-By) 1.0',
    },
    url: 'https://opendatacommons.org/licenses/by/1-0/',
    open: true,
    aliases: ['odc-by', 'odc-by-1.0'],
  },
  {
    id: 'PDDL-1.0',
    title: {
      ar: 'إهداء البيانات المفتوحة للملك العام (PDDL) 1.0',
      fr: 'Dédicace au domaine public Open Data Commons (PDDL) 1.0',
      en: 'Open Data Commons Public Domain Dedication and License (PDDL) 1.0',
    },
    url: 'https://opendatacommons.org/licenses/pddl/1-0/',
    open: true,
    aliases: ['odc-pddl', 'pddl', 'pddl-1.0'],
  },
  {
    id: 'LO-FR-2.0',
    title: {
      ar: 'الرخصة المفتوحة 2.0 (Etalab)',
      fr: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
      en: 'Open Licence 2.0 (Etalab)',
    },
    url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    open: true,
    aliases: ['lov2', 'etalab-2.0', 'lo-fr-2.0'],
  },
  {
    id: 'OGL-UK-2.0',
    title: {
      ar: 'رخصة الحكومة المفتوحة للمملكة المتحدة 2.0',
      fr: 'Open Government Licence du Royaume-Uni 2.0',
      en: 'UK Open Government Licence 2.0',
    },
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/',
    open: true,
    aliases: ['uk-ogl', 'ogl-uk-2.0'],
  },
  {
    id: 'GFDL',
    title: {
      ar: 'رخصة غنو للوثائق الحرة',
      fr: 'Licence de documentation libre GNU',
      en: 'GNU Free Documentation License',
    },
    url: 'https://www.gnu.org/licenses/fdl-1.3.html',
    open: true,
    aliases: ['gfdl'],
  },
  {
    id: 'other-open',
    title: { ar: 'أخرى (مفتوحة)', fr: 'Autre (ouverte)', en: 'Other (Open)' },
    url: null,
    open: true,
    aliases: [],
  },
  {
    id: 'other-pd',
    title: { ar: 'أخرى (ملك عام)', fr: 'Autre (domaine public)', en: 'Other (Public Domain)' },
    url: null,
    open: true,
    aliases: [],
  },
  {
    id: 'other-at',
    title: { ar: 'أخرى (مع نسب المصنف)', fr: 'Autre (attribution)', en: 'Other (Attribution)' },
    url: null,
    open: true,
    aliases: [],
  },
  {
    id: 'CC-BY-NC-4.0',
    title: {
      ar: 'المشاع الإبداعي - نسب المصنف - غير تجاري 4.0',
      fr: 'Creative Commons Attribution – Pas d’utilisation commerciale 4.0',
      en: 'Creative Commons Attribution Non-Commercial 4.0',
    },
    url: 'https://creativecommons.org/licenses/by-nc/4.0/',
    open: false,
    aliases: ['cc-nc', 'cc-by-nc', 'cc-by-nc-4.0'],
  },
  {
    id: 'other-nc',
    title: { ar: 'أخرى (غير تجارية)', fr: 'Autre (non commerciale)', en: 'Other (Non-Commercial)' },
    url: null,
    open: false,
    aliases: [],
  },
  {
    id: 'other-closed',
    title: { ar: 'أخرى (غير مفتوحة)', fr: 'Autre (non ouverte)', en: 'Other (Not Open)' },
    url: null,
    open: false,
    aliases: [],
  },
  {
    id: 'notspecified',
    title: { ar: 'رخصة غير محددة', fr: 'Licence non spécifiée', en: 'License not specified' },
    url: null,
    open: false,
    aliases: ['not-specified', ''],
  },
];

export const DEFAULT_LICENSE_ID = 'notspecified';

const byKey = new Map<string, License>();
for (const l of licenses) {
  byKey.set(l.id.toLowerCase(), l);
  for (const a of l.aliases) byKey.set(a.toLowerCase(), l);
}

/** The licence with this id or alias (case-insensitive), or undefined. */
export function findLicense(id: string): License | undefined {
  return byKey.get(id.trim().toLowerCase());
}
