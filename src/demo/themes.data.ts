// The demo themes: the five of the national portal's home page first (FINANCE, SOCIÉTÉ, EDUCATION, SANTÉ,
// IT & Télécoms), then the other sectors. `icon` names a pictogram the pages may show; `eu_theme` is the EU
// data theme each is exported under (DCAT-AP).
import type { DemoTheme } from './types.ts';

export const demoThemes: DemoTheme[] = [
  {
    name: 'finance',
    eu_theme: 'ECON',
    icon: 'coins',
    title: { ar: 'المالية', fr: 'FINANCE', en: 'Finance' },
    description: {
      ar: 'الميزانية العامة، المديونية، الجبايات والصفقات العمومية.',
      fr: 'Budget de l’État, dette publique, fiscalité et marchés publics.',
      en: 'State budget, public debt, taxation and public procurement.',
    },
  },
  {
    name: 'society',
    eu_theme: 'SOCI',
    icon: 'users',
    title: { ar: 'المجتمع', fr: 'SOCIÉTÉ', en: 'Society' },
    description: {
      ar: 'السكان، التشغيل، الأسر والعلاقة مع الإدارة.',
      fr: 'Population, emploi, ménages et relation avec l’administration.',
      en: 'Population, employment, households and relations with the administration.',
    },
  },
  {
    name: 'education',
    eu_theme: 'EDUC',
    icon: 'graduation-cap',
    title: { ar: 'التعليم', fr: 'EDUCATION', en: 'Education' },
    description: {
      ar: 'المؤسسات التعليمية، التلاميذ، النتائج والامتحانات.',
      fr: 'Établissements scolaires, élèves, examens et résultats.',
      en: 'Schools, pupils, examinations and results.',
    },
  },
  {
    name: 'health',
    eu_theme: 'HEAL',
    icon: 'heart-pulse',
    title: { ar: 'الصحة', fr: 'SANTÉ', en: 'Health' },
    description: {
      ar: 'المؤسسات الاستشفائية، الأدوية والتغطية الصحية.',
      fr: 'Établissements de soins, médicaments, dispositifs médicaux et assurance maladie.',
      en: 'Healthcare facilities, medicines, medical devices and health insurance.',
    },
  },
  {
    name: 'it-telecoms',
    eu_theme: 'TECH',
    icon: 'antenna',
    title: { ar: 'تكنولوجيا المعلومات والاتصالات', fr: 'IT & Télécoms', en: 'IT & Telecoms' },
    description: {
      ar: 'الاتصالات، الإنترنت، الخدمات الرقمية ومؤشرات مجتمع المعلومات.',
      fr: 'Télécommunications, Internet, services numériques et indicateurs de la société de l’information.',
      en: 'Telecommunications, Internet, digital services and information society indicators.',
    },
  },
  {
    name: 'environment',
    eu_theme: 'ENVI',
    icon: 'leaf',
    title: { ar: 'البيئة', fr: 'Environnement', en: 'Environment' },
    description: {
      ar: 'المناخ، الماء، جودة الهواء والتنوع البيولوجي.',
      fr: 'Climat, eau, qualité de l’air et biodiversité.',
      en: 'Climate, water, air quality and biodiversity.',
    },
  },
  {
    name: 'energy',
    eu_theme: 'ENER',
    icon: 'bolt',
    title: { ar: 'الطاقة', fr: 'Énergie', en: 'Energy' },
    description: {
      ar: 'إنتاج واستهلاك الكهرباء والطاقات المتجددة.',
      fr: 'Production et consommation d’électricité, énergies renouvelables.',
      en: 'Electricity production and consumption, renewable energy.',
    },
  },
  {
    name: 'transport',
    eu_theme: 'TRAN',
    icon: 'plane',
    title: { ar: 'النقل', fr: 'Transport', en: 'Transport' },
    description: {
      ar: 'النقل الجوي والطرقي والسككي والموانئ.',
      fr: 'Transport aérien, routier, ferroviaire et portuaire.',
      en: 'Air, road, rail and port transport.',
    },
  },
  {
    name: 'justice',
    eu_theme: 'JUST',
    icon: 'scale',
    title: { ar: 'العدالة', fr: 'Justice', en: 'Justice' },
    description: {
      ar: 'المحاكم، النزاهة ومحاربة الرشوة.',
      fr: 'Juridictions, probité et lutte contre la corruption.',
      en: 'Courts, integrity and the fight against corruption.',
    },
  },
  {
    name: 'culture',
    eu_theme: 'EDUC',
    icon: 'landmark',
    title: { ar: 'الثقافة', fr: 'Culture', en: 'Culture' },
    description: {
      ar: 'المتاحف، التراث والمكتبات.',
      fr: 'Musées, patrimoine et bibliothèques.',
      en: 'Museums, heritage and libraries.',
    },
  },
  {
    name: 'agriculture',
    eu_theme: 'AGRI',
    icon: 'wheat',
    title: { ar: 'الفلاحة', fr: 'Agriculture', en: 'Agriculture' },
    description: {
      ar: 'الإنتاج الفلاحي، المساحات المزروعة والصيد البحري.',
      fr: 'Production agricole, superficies cultivées et pêche maritime.',
      en: 'Agricultural production, cultivated areas and sea fishing.',
    },
  },
  {
    name: 'tourism',
    eu_theme: 'ECON',
    icon: 'suitcase',
    title: { ar: 'السياحة', fr: 'Tourisme', en: 'Tourism' },
    description: {
      ar: 'الوافدون، ليالي المبيت والطاقة الإيوائية.',
      fr: 'Arrivées, nuitées et capacité d’hébergement.',
      en: 'Arrivals, overnight stays and accommodation capacity.',
    },
  },
];
