// Demo datasets: transport, justice, culture, tourism and agriculture. Figures are illustrative.
import { csv, type DemoDataset, link } from './types.ts';

const annuaire = {
  contact_name: 'Haut-Commissariat au Plan — Annuaire statistique',
  contact_email: 'opendata@hcp.ma',
};

export const sectorDatasets: DemoDataset[] = [
  {
    name: 'trafic-aerien-passagers-par-aeroport',
    organization: 'hcp',
    themes: ['transport', 'tourism'],
    title: {
      ar: 'حركة المسافرين حسب المطار',
      fr: 'Trafic aérien de passagers par aéroport',
      en: 'Air passenger traffic by airport',
    },
    description: {
      ar: 'عدد المسافرين وحركات الطائرات في المطارات الرئيسية للمملكة من 2019 إلى 2022.',
      fr: 'Nombre de passagers et de mouvements d’avions dans les principaux aéroports du Royaume, de 2019 à 2022, marqué par la crise sanitaire de 2020.',
      en: 'Passengers and aircraft movements at the main airports of the Kingdom, 2019 to 2022, including the 2020 health crisis.',
    },
    tags: ['aéroports', 'transport aérien', 'passagers', 'النقل الجوي'],
    license_id: 'CC-BY-4.0',
    frequency: 'ANNUAL',
    temporal_start: '2019-01-01',
    temporal_end: '2022-12-31',
    issued: '2023-06-01',
    ...annuaire,
    resources: [
      csv('hcp_trafic_aerien_passagers.csv', {
        ar: 'المسافرون حسب المطار',
        fr: 'Passagers par aéroport',
        en: 'Passengers by airport',
      }),
    ],
  },
  {
    name: 'plaintes-corruption-par-region',
    organization: 'inpplc',
    themes: ['justice'],
    title: {
      ar: 'الشكايات المتعلقة بالرشوة حسب الجهة',
      fr: 'Plaintes relatives à la corruption par région',
      en: 'Corruption complaints by region',
    },
    description: {
      ar: 'عدد الشكايات والتبليغات المتعلقة بأفعال الفساد التي توصلت بها الهيئة، حسب الجهة، مع عدد الشكايات المحالة على النيابة العامة وتلك قيد المعالجة.',
      fr: 'Plaintes et signalements d’actes de corruption reçus par l’Instance, par région, avec le nombre de dossiers transmis au ministère public et en cours de traitement. En-têtes en arabe.',
      en: 'Complaints and reports of corruption received by the Authority, by region, with the number referred to the public prosecutor and still being handled. Arabic headers.',
    },
    tags: ['corruption', 'probité', 'plaintes', 'النزاهة', 'الرشوة'],
    license_id: 'ODbL-1.0',
    frequency: 'ANNUAL',
    temporal_start: '2021-01-01',
    temporal_end: '2022-12-31',
    issued: '2023-05-10',
    contact_name: 'INPPLC — Pôle de la prévention',
    contact_email: 'opendata@inpplc.ma',
    resources: [
      csv('inpplc_shikayat_jiha.csv', {
        ar: 'الشكايات حسب الجهة 2021-2022',
        fr: 'Plaintes par région 2021-2022',
        en: 'Complaints by region 2021-2022',
      }),
      link('https://www.inpplc.ma/', {
        ar: 'التقرير السنوي للهيئة',
        fr: 'Rapport annuel de l’Instance',
        en: 'Annual report of the Authority',
      }),
    ],
  },
  {
    name: 'frequentation-musees',
    organization: 'hcp',
    themes: ['culture', 'tourism'],
    title: {
      ar: 'عدد زوار المتاحف',
      fr: 'Fréquentation des musées',
      en: 'Museum attendance',
    },
    description: {
      ar: 'عدد الزوار المغاربة والأجانب للمتاحف الرئيسية حسب السنة.',
      fr: 'Nombre de visiteurs nationaux et étrangers des principaux musées, par année (2019, 2021 et 2022).',
      en: 'National and foreign visitors to the main museums, by year (2019, 2021 and 2022).',
    },
    tags: ['musées', 'patrimoine', 'visiteurs', 'المتاحف'],
    license_id: 'CC-BY-4.0',
    frequency: 'ANNUAL',
    temporal_start: '2019-01-01',
    temporal_end: '2022-12-31',
    issued: '2023-06-01',
    ...annuaire,
    resources: [
      csv('hcp_frequentation_musees.csv', {
        ar: 'الزوار حسب المتحف',
        fr: 'Visiteurs par musée',
        en: 'Visitors by museum',
      }),
    ],
  },
  {
    name: 'arrivees-touristes-postes-frontieres',
    organization: 'hcp',
    themes: ['tourism'],
    title: {
      ar: 'وصول السياح إلى المراكز الحدودية',
      fr: 'Arrivées des touristes aux postes frontières',
      en: 'Tourist arrivals at border posts',
    },
    description: {
      ar: 'عدد السياح الأجانب والمغاربة المقيمين بالخارج الوافدين شهريا على المراكز الحدودية.',
      fr: 'Arrivées mensuelles de touristes étrangers et de Marocains résidant à l’étranger (MRE) aux postes frontières, en 2019 et 2022. Séparateur `;`.',
      en: 'Monthly arrivals of foreign tourists and Moroccans living abroad at border posts, in 2019 and 2022.',
    },
    tags: ['tourisme', 'arrivées', 'MRE', 'السياحة'],
    license_id: 'CC-BY-4.0',
    frequency: 'MONTHLY',
    temporal_start: '2019-01-01',
    temporal_end: '2022-12-31',
    issued: '2023-02-20',
    ...annuaire,
    resources: [
      csv('hcp_arrivees_touristes.csv', {
        ar: 'الوافدون حسب الشهر',
        fr: 'Arrivées par mois',
        en: 'Arrivals by month',
      }),
    ],
  },
  {
    name: 'production-cerealiere-par-campagne',
    organization: 'hcp',
    themes: ['agriculture'],
    title: {
      ar: 'إنتاج الحبوب الرئيسية حسب الموسم الفلاحي',
      fr: 'Production des céréales principales par campagne agricole',
      en: 'Main cereal production by farming season',
    },
    description: {
      ar: 'إنتاج القمح الصلب والقمح اللين والشعير (مليون قنطار) والمساحة المزروعة حسب الموسم الفلاحي.',
      fr: 'Production de blé dur, de blé tendre et d’orge (millions de quintaux) et superficie emblavée par campagne agricole. En-têtes en arabe, séparateur `;`, virgule décimale.',
      en: 'Durum wheat, soft wheat and barley production (millions of quintals) and sown area by farming season. Arabic headers.',
    },
    tags: ['céréales', 'agriculture', 'campagne agricole', 'الحبوب'],
    license_id: 'CC-BY-4.0',
    frequency: 'ANNUAL',
    temporal_start: '2015-09-01',
    temporal_end: '2023-08-31',
    issued: '2023-07-05',
    ...annuaire,
    resources: [
      csv('hcp_production_cerealiere.csv', {
        ar: 'إنتاج الحبوب 2015-2023',
        fr: 'Production céréalière 2015-2023',
        en: 'Cereal production 2015-2023',
      }),
    ],
  },
];
