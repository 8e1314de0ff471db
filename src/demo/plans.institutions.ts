// Lead institutions of the demo action plan's commitments, in ar/fr/en.
import type { T3 } from './types.ts';

export const MEF: T3 = {
  ar: 'وزارة الاقتصاد والمالية',
  fr: 'Ministère de l’Économie et des Finances',
  en: 'Ministry of Economy and Finance',
};
export const MTNRA: T3 = {
  ar: 'وزارة الانتقال الرقمي وإصلاح الإدارة',
  fr: 'Ministère de la Transition Numérique et de la Réforme de l’Administration',
  en: 'Ministry of Digital Transition and Administrative Reform',
};
export const EDU: T3 = {
  ar: 'وزارة التربية الوطنية',
  fr: 'Ministère de l’Éducation nationale',
  en: 'Ministry of National Education',
};
export const HEALTH: T3 = {
  ar: 'وزارة الصحة والحماية الاجتماعية',
  fr: 'Ministère de la Santé et de la Protection sociale',
  en: 'Ministry of Health and Social Protection',
};
export const INPPLC: T3 = {
  ar: 'الهيئة الوطنية للنزاهة والوقاية من الرشوة ومحاربتها',
  fr: 'Instance Nationale de la Probité, de la Prévention et de la Lutte contre la Corruption',
  en: 'National Authority for Probity, Prevention and Fight against Corruption',
};
export const ADD: T3 = {
  ar: 'وكالة التنمية الرقمية',
  fr: 'Agence de Développement du Digital',
  en: 'Digital Development Agency',
};
export const SOLIDARITY: T3 = {
  ar: 'وزارة التضامن والإدماج الاجتماعي والأسرة',
  fr: 'Ministère de la Solidarité, de l’Insertion sociale et de la Famille',
  en: 'Ministry of Solidarity, Social Integration and Family',
};
export const COMMUNICATION: T3 = {
  ar: 'وزارة الشباب والثقافة والتواصل',
  fr: 'Ministère de la Jeunesse, de la Culture et de la Communication',
  en: 'Ministry of Youth, Culture and Communication',
};
export const JUSTICE: T3 = { ar: 'وزارة العدل', fr: 'Ministère de la Justice', en: 'Ministry of Justice' };
export const PARLIAMENT: T3 = {
  ar: 'الوزارة المكلفة بالعلاقات مع البرلمان',
  fr: 'Ministère chargé des Relations avec le Parlement',
  en: 'Ministry in charge of Relations with Parliament',
};
export const ENVIRONMENT: T3 = {
  ar: 'وزارة الانتقال الطاقي والتنمية المستدامة',
  fr: 'Ministère de la Transition énergétique et du Développement durable',
  en: 'Ministry of Energy Transition and Sustainable Development',
};
export const INTERIOR: T3 = {
  ar: 'وزارة الداخلية - المديرية العامة للجماعات الترابية',
  fr: 'Ministère de l’Intérieur – Direction Générale des Collectivités Territoriales',
  en: 'Ministry of the Interior – General Directorate of Local Authorities',
};
