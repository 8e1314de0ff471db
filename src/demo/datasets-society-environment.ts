// Demo datasets: society (HCP, MTNRA), environment and energy (HCP statistical yearbook). Figures are illustrative.
import { csv, type DemoDataset, link } from './types.ts';

export const societyEnvironmentDatasets: DemoDataset[] = [
  {
    name: 'population-par-region-rgph-2014',
    organization: 'hcp',
    themes: ['society'],
    title: {
      ar: 'السكان حسب الجهة - الإحصاء العام للسكان والسكنى 2014',
      fr: 'Population par région — Recensement général de la population et de l’habitat 2014',
      en: 'Population by region — 2014 general population and housing census',
    },
    description: {
      ar: 'السكان القانونيون وعدد الأسر ونسبة التمدن حسب الجهات الاثنتي عشرة للمملكة، حسب نتائج الإحصاء العام للسكان والسكنى 2014.',
      fr: 'Population légale, nombre de ménages et taux d’urbanisation des douze régions du Royaume, d’après le Recensement général de la population et de l’habitat (RGPH) 2014. Noms des régions en français et en arabe.',
      en: 'Legal population, number of households and urbanisation rate of the twelve regions of the Kingdom, from the 2014 general population and housing census (RGPH). Region names in French and Arabic.',
    },
    tags: ['recensement', 'RGPH', 'population', 'régions', 'الإحصاء العام', 'السكان'],
    license_id: 'CC-BY-4.0',
    frequency: 'DECENNIAL',
    temporal_start: '2014-09-01',
    temporal_end: '2014-09-30',
    issued: '2015-03-20',
    contact_name: 'Haut-Commissariat au Plan — Direction de la Statistique',
    contact_email: 'opendata@hcp.ma',
    resources: [
      csv('hcp_population_regions_rgph2014.csv', {
        ar: 'السكان والأسر حسب الجهة',
        fr: 'Population et ménages par région',
        en: 'Population and households by region',
      }),
      link('https://rgph2014.hcp.ma/', {
        ar: 'موقع الإحصاء العام 2014',
        fr: 'Site du RGPH 2014',
        en: '2014 census website',
      }),
      link(
        'https://www.hcp.ma/',
        {
          ar: 'بنك المعطيات الإحصائية',
          fr: 'Banque de données statistiques du HCP',
          en: 'HCP statistical database',
        },
        'api',
      ),
    ],
  },
  {
    name: 'taux-chomage-trimestriel',
    organization: 'hcp',
    themes: ['society'],
    title: {
      ar: 'معدل البطالة الفصلي',
      fr: 'Taux de chômage par trimestre',
      en: 'Quarterly unemployment rate',
    },
    description: {
      ar: 'معدل البطالة على المستوى الوطني وحسب الوسط ولدى الشباب والنساء، حسب البحث الوطني حول التشغيل.',
      fr: 'Taux de chômage national, urbain et rural, des jeunes de 15 à 24 ans et des femmes, par trimestre, issu de l’Enquête nationale sur l’emploi. Séparateur `;`, virgule décimale.',
      en: 'National, urban and rural unemployment rate, for young people aged 15–24 and for women, by quarter, from the national employment survey.',
    },
    tags: ['emploi', 'chômage', 'marché du travail', 'البطالة', 'التشغيل'],
    license_id: 'CC-BY-4.0',
    frequency: 'QUARTERLY',
    temporal_start: '2019-01-01',
    temporal_end: '2022-12-31',
    issued: '2023-02-03',
    contact_name: 'Haut-Commissariat au Plan — Direction de la Statistique',
    contact_email: 'opendata@hcp.ma',
    resources: [
      csv('hcp_taux_chomage_trimestriel.csv', {
        ar: 'معدل البطالة 2019-2022',
        fr: 'Taux de chômage 2019-2022',
        en: 'Unemployment rate 2019-2022',
      }),
    ],
  },
  {
    name: 'reclamations-portail-chikaya',
    organization: 'mtnra',
    themes: ['society', 'justice'],
    title: {
      ar: 'الشكايات الواردة عبر البوابة الوطنية للشكايات',
      fr: 'Réclamations reçues par le portail national Chikaya',
      en: 'Complaints received through the Chikaya national portal',
    },
    description: {
      ar: 'عدد الشكايات الواردة والمعالجة ومتوسط آجال الرد حسب الإدارة عبر البوابة الوطنية للشكايات.',
      fr: 'Nombre de réclamations reçues et traitées, et délai moyen de réponse en jours, par administration, via le portail national des réclamations chikaya.ma.',
      en: 'Complaints received and handled, and average response time in days, by administration, through the chikaya.ma national complaints portal.',
    },
    tags: ['réclamations', 'usagers', 'qualité du service public', 'الشكايات'],
    license_id: 'ODbL-1.0',
    frequency: 'ANNUAL',
    temporal_start: '2020-01-01',
    temporal_end: '2022-12-31',
    issued: '2023-03-15',
    contact_name: 'Département de la Réforme de l’Administration',
    contact_email: 'opendata@mmsp.gov.ma',
    resources: [
      csv('mtnra_chikaya_reclamations.csv', {
        ar: 'الشكايات حسب الإدارة',
        fr: 'Réclamations par administration',
        en: 'Complaints by administration',
      }),
      link('https://www.chikaya.ma/', {
        ar: 'البوابة الوطنية للشكايات',
        fr: 'Portail national des réclamations',
        en: 'National complaints portal',
      }),
    ],
  },
  {
    name: 'precipitations-annuelles-par-station',
    organization: 'hcp',
    themes: ['environment'],
    title: {
      ar: 'التساقطات المطرية السنوية حسب المحطة',
      fr: 'Précipitations annuelles par station',
      en: 'Annual rainfall by weather station',
    },
    description: {
      ar: 'مجموع التساقطات المطرية السنوية (ملم) في المحطات الرئيسية ومقارنتها مع المعدل العادي.',
      fr: 'Cumul annuel des précipitations (mm) aux principales stations météorologiques et écart à la normale, d’après l’annuaire statistique du Maroc.',
      en: 'Annual rainfall (mm) at the main weather stations and its deviation from the normal, from the statistical yearbook of Morocco.',
    },
    tags: ['climat', 'pluviométrie', 'sécheresse', 'المناخ'],
    license_id: 'CC-BY-4.0',
    frequency: 'ANNUAL',
    temporal_start: '2020-01-01',
    temporal_end: '2022-12-31',
    issued: '2023-06-01',
    contact_name: 'Haut-Commissariat au Plan — Annuaire statistique',
    contact_email: 'opendata@hcp.ma',
    resources: [
      csv('hcp_precipitations_stations.csv', {
        ar: 'التساقطات 2020-2022',
        fr: 'Précipitations 2020-2022',
        en: 'Rainfall 2020-2022',
      }),
    ],
  },
  {
    name: 'consommation-electricite-par-secteur',
    organization: 'hcp',
    themes: ['energy'],
    title: {
      ar: 'استهلاك الكهرباء حسب القطاع',
      fr: 'Consommation d’électricité par secteur',
      en: 'Electricity consumption by sector',
    },
    description: {
      ar: 'استهلاك الطاقة الكهربائية (جيغاواط ساعة) وعدد المشتركين حسب القطاع من 2017 إلى 2022.',
      fr: 'Consommation d’énergie électrique (GWh) et nombre d’abonnés par secteur d’activité, de 2017 à 2022. Séparateur `;`, virgule décimale.',
      en: 'Electricity consumption (GWh) and number of customers by sector, 2017 to 2022.',
    },
    tags: ['électricité', 'énergie', 'consommation', 'الطاقة'],
    license_id: 'CC-BY-4.0',
    frequency: 'ANNUAL',
    temporal_start: '2017-01-01',
    temporal_end: '2022-12-31',
    issued: '2023-06-01',
    contact_name: 'Haut-Commissariat au Plan — Annuaire statistique',
    contact_email: 'opendata@hcp.ma',
    resources: [
      csv('hcp_consommation_electricite.csv', {
        ar: 'الاستهلاك حسب القطاع',
        fr: 'Consommation par secteur',
        en: 'Consumption by sector',
      }),
    ],
  },
];
