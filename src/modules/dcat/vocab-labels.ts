// Labels of the EU concepts the export uses (skos:prefLabel: the profile wants every concept labelled).
// English and French are the EU vocabularies' own labels; Arabic is ours.
import type { Translated } from '../catalog/index.ts';

export const themeLabels: Record<string, Translated> = {
  AGRI: {
    en: 'Agriculture, fisheries, forestry and food',
    fr: 'Agriculture, pêche, sylviculture et alimentation',
    ar: 'الفلاحة والصيد البحري والغابات والتغذية',
  },
  ECON: { en: 'Economy and finance', fr: 'Économie et finances', ar: 'الاقتصاد والمالية' },
  EDUC: {
    en: 'Education, culture and sport',
    fr: 'Éducation, culture et sport',
    ar: 'التعليم والثقافة والرياضة',
  },
  ENER: { en: 'Energy', fr: 'Énergie', ar: 'الطاقة' },
  ENVI: { en: 'Environment', fr: 'Environnement', ar: 'البيئة' },
  GOVE: {
    en: 'Government and public sector',
    fr: 'Gouvernement et secteur public',
    ar: 'الحكومة والقطاع العام',
  },
  HEAL: { en: 'Health', fr: 'Santé', ar: 'الصحة' },
  INTR: { en: 'International issues', fr: 'Questions internationales', ar: 'القضايا الدولية' },
  JUST: {
    en: 'Justice, legal system and public safety',
    fr: 'Justice, système juridique et sécurité publique',
    ar: 'العدالة والنظام القانوني والأمن العام',
  },
  REGI: { en: 'Regions and cities', fr: 'Régions et villes', ar: 'الجهات والمدن' },
  SOCI: { en: 'Population and society', fr: 'Population et société', ar: 'السكان والمجتمع' },
  TECH: { en: 'Science and technology', fr: 'Science et technologie', ar: 'العلوم والتكنولوجيا' },
  TRAN: { en: 'Transport', fr: 'Transports', ar: 'النقل' },
};

export const accessLabels: Record<string, Translated> = {
  PUBLIC: { en: 'Public', fr: 'Public', ar: 'عمومي' },
  RESTRICTED: { en: 'Restricted', fr: 'Restreint', ar: 'مقيد' },
  NON_PUBLIC: { en: 'Non-public', fr: 'Non public', ar: 'غير عمومي' },
};

/** ADMS publisher types of our organisation kinds (none for "other": we do not know which it is). */
export const ADMS_PUBLISHER_TYPE = 'http://purl.org/adms/publishertype/';
const national = {
  code: 'NationalAuthority',
  label: { en: 'National authority', fr: 'Autorité nationale', ar: 'سلطة وطنية' },
};
export const publisherTypes: Record<string, { code: string; label: Translated } | undefined> = {
  ministry: national,
  agency: national,
  local_government: {
    code: 'LocalAuthority',
    label: { en: 'Local authority', fr: 'Autorité locale', ar: 'سلطة محلية' },
  },
};
