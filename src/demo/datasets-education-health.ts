// Demo datasets: education (MEN) and health (Ministry of Health, CNOPS). Figures are illustrative.
import { csv, type DemoDataset, link } from './types.ts';

export const educationHealthDatasets: DemoDataset[] = [
  {
    name: 'liste-etablissements-publics-primaires',
    organization: 'men',
    themes: ['education'],
    featured: true,
    title: {
      ar: 'لائحة مؤسسات التعليم الابتدائي العمومي',
      fr: 'Liste des établissements publics primaires',
      en: 'List of public primary schools',
    },
    description: {
      ar: 'لائحة مؤسسات التعليم الابتدائي العمومي حسب الجهة والإقليم والجماعة، مع الوسط (حضري أو قروي) وعدد التلاميذ والأقسام والأساتذة.\n\nتشمل المعطيات **المدارس الجماعاتية والفرعيات**. الأرقام المقدمة هنا للعرض فقط.',
      fr: 'Liste des établissements publics d’enseignement primaire par région, province et commune, avec le milieu (urbain ou rural) et le nombre d’élèves, de classes et d’enseignants.\n\nLes **écoles satellites** sont incluses. Les chiffres présentés ici sont des données de démonstration.',
      en: 'Public primary schools by region, province and commune, with their setting (urban or rural) and the number of pupils, classes and teachers.\n\n**Satellite schools** are included. The figures shown here are demonstration data.',
    },
    tags: ['enseignement primaire', 'écoles', 'élèves', 'التعليم الابتدائي', 'education'],
    license_id: 'LO-FR-2.0',
    frequency: 'ANNUAL',
    temporal_start: '2021-09-01',
    temporal_end: '2022-07-31',
    issued: '2021-11-17',
    contact_name: 'Direction de la Stratégie, des Statistiques et de la Planification',
    contact_email: 'opendata@men.gov.ma',
    resources: [
      csv('men_etablissements_primaires_2021.csv', {
        ar: 'المؤسسات الابتدائية العمومية 2021-2022',
        fr: 'Établissements primaires publics 2021-2022',
        en: 'Public primary schools 2021-2022',
      }),
      csv(
        'men_tlamid_jiha_2021.csv',
        {
          ar: 'عدد التلاميذ حسب الجهة',
          fr: 'Effectifs des élèves par région',
          en: 'Pupils by region',
        },
        {
          ar: 'ملف بترميز Windows-1256.',
          fr: 'Fichier encodé en Windows-1256 (arabe).',
          en: 'File encoded in Windows-1256 (Arabic).',
        },
      ),
      link('https://www.men.gov.ma/', {
        ar: 'موقع وزارة التربية الوطنية',
        fr: 'Site du Ministère de l’Éducation Nationale',
        en: 'Ministry of National Education website',
      }),
    ],
  },
  {
    name: 'resultats-baccalaureat-par-region',
    organization: 'men',
    themes: ['education'],
    title: {
      ar: 'نتائج امتحانات البكالوريا حسب الجهة',
      fr: 'Résultats du baccalauréat par région',
      en: 'Baccalaureate results by region',
    },
    description: {
      ar: 'عدد المترشحين والناجحين ونسبة النجاح في الدورة العادية لامتحانات البكالوريا حسب الجهة، من 2020 إلى 2022.',
      fr: 'Nombre de candidats, d’admis et taux de réussite à la session ordinaire du baccalauréat par région, de 2020 à 2022.',
      en: 'Candidates, successful candidates and pass rate at the regular baccalaureate session by region, 2020 to 2022.',
    },
    tags: ['baccalauréat', 'examens', 'taux de réussite', 'البكالوريا'],
    license_id: 'LO-FR-2.0',
    frequency: 'ANNUAL',
    temporal_start: '2020-06-01',
    temporal_end: '2022-07-31',
    issued: '2022-09-12',
    contact_name: 'Centre National des Examens et de l’Évaluation',
    contact_email: 'opendata@men.gov.ma',
    resources: [
      csv('men_bac_taux_reussite_2020_2022.csv', {
        ar: 'نتائج البكالوريا 2020-2022',
        fr: 'Résultats du baccalauréat 2020-2022',
        en: 'Baccalaureate results 2020-2022',
      }),
    ],
  },
  {
    name: 'etablissements-hospitaliers-par-categorie-2020',
    organization: 'sante',
    themes: ['health'],
    featured: true,
    title: {
      ar: 'اللائحة الاسمية للمؤسسات الاستشفائية حسب الصنف 2020',
      fr: 'Liste nominative des établissements hospitaliers par catégorie 2020',
      en: 'Hospitals by category, 2020',
    },
    description: {
      ar: 'اللائحة الاسمية للمؤسسات الاستشفائية العمومية حسب الصنف (مركز استشفائي جامعي، جهوي، إقليمي، مستشفى محلي) والجهة والإقليم، مع عدد الأسرة الوظيفية.',
      fr: 'Liste nominative des établissements hospitaliers publics par catégorie (CHU, centre hospitalier régional, provincial, hôpital local), région et province, avec le nombre de lits fonctionnels.',
      en: 'Public hospitals by category (university, regional, provincial and local hospitals), region and province, with the number of functional beds.',
    },
    tags: ['hôpitaux', 'lits', 'CHU', 'المستشفيات', 'santé publique'],
    license_id: 'LO-FR-2.0',
    frequency: 'ANNUAL',
    temporal_start: '2020-01-01',
    temporal_end: '2020-12-31',
    issued: '2021-11-17',
    contact_name: 'Direction de la Planification et des Ressources Financières',
    contact_email: 'opendata@sante.gov.ma',
    resources: [
      csv(
        'sante_etablissements_hospitaliers_2020.csv',
        {
          ar: 'المؤسسات الاستشفائية 2020',
          fr: 'Établissements hospitaliers 2020',
          en: 'Hospitals 2020',
        },
        {
          ar: 'ملف CSV بصيغة UTF-8 مع BOM (Excel).',
          fr: 'CSV UTF-8 avec BOM (export Excel).',
          en: 'UTF-8 CSV with a BOM (Excel export).',
        },
      ),
      link('https://www.sante.gov.ma/', {
        ar: 'بوابة وزارة الصحة والحماية الاجتماعية',
        fr: 'Portail du Ministère de la Santé et de la Protection Sociale',
        en: 'Ministry of Health and Social Protection portal',
      }),
    ],
  },
  {
    name: 'dispositifs-medicaux-admis-au-remboursement',
    organization: 'cnops',
    themes: ['health'],
    title: {
      ar: 'المستلزمات الطبية المقبولة للإرجاع',
      fr: 'Dispositifs médicaux admis au remboursement',
      en: 'Medical devices eligible for reimbursement',
    },
    description: {
      ar: 'لائحة المستلزمات الطبية المقبولة للإرجاع في إطار التأمين الإجباري الأساسي عن المرض، مع التعريفة الوطنية المرجعية ونسبة الإرجاع.',
      fr: 'Liste des dispositifs médicaux admis au remboursement au titre de l’Assurance Maladie Obligatoire, avec le tarif national de référence et le taux de remboursement.',
      en: 'Medical devices reimbursed under compulsory health insurance (AMO), with the national reference price and the reimbursement rate.',
    },
    tags: ['AMO', 'remboursement', 'dispositifs médicaux', 'التأمين الإجباري عن المرض'],
    license_id: 'CC-BY-4.0',
    frequency: 'IRREG',
    temporal_start: '2014-01-01',
    temporal_end: '2014-12-31',
    issued: '2014-07-21',
    contact_name: 'CNOPS — Direction de l’Assurance Maladie',
    contact_email: 'opendata@cnops.org.ma',
    resources: [
      csv('cnops_dispositifs_medicaux.csv', {
        ar: 'لائحة المستلزمات الطبية',
        fr: 'Liste des dispositifs médicaux',
        en: 'List of medical devices',
      }),
      link('https://www.cnops.org.ma/', {
        ar: 'موقع الصندوق الوطني لمنظمات الاحتياط الاجتماعي',
        fr: 'Site de la CNOPS',
        en: 'CNOPS website',
      }),
    ],
  },
  {
    name: 'tarification-soins-ngap',
    organization: 'cnops',
    themes: ['health'],
    title: {
      ar: 'تعريفة العلاجات / المصنفة العامة للأعمال المهنية',
      fr: 'Tarification des soins / Nomenclature Générale des Actes Professionnels',
      en: 'Healthcare pricing / General Nomenclature of Professional Acts',
    },
    description: {
      ar: 'الحروف المفتاحية والمعاملات وتعريفة الأعمال الطبية حسب المصنفة العامة للأعمال المهنية المعتمدة في إطار التأمين الإجباري الأساسي عن المرض.',
      fr: 'Lettres clés, coefficients et tarifs des actes médicaux selon la Nomenclature Générale des Actes Professionnels (NGAP) applicable à l’AMO. Le tarif d’un acte est le produit du coefficient par la valeur de la lettre clé.',
      en: 'Key letters, coefficients and prices of medical acts under the General Nomenclature of Professional Acts (NGAP) used by compulsory health insurance. The price of an act is its coefficient times the value of its key letter.',
    },
    tags: ['NGAP', 'tarification', 'actes médicaux', 'AMO', 'التعريفة المرجعية'],
    license_id: 'CC-BY-4.0',
    frequency: 'IRREG',
    temporal_start: '2014-01-01',
    temporal_end: '2014-12-31',
    issued: '2014-07-21',
    contact_name: 'CNOPS — Direction de l’Assurance Maladie',
    contact_email: 'opendata@cnops.org.ma',
    resources: [
      csv('cnops_ngap_tarifs.csv', {
        ar: 'تعريفة الأعمال المهنية',
        fr: 'Tarifs des actes professionnels',
        en: 'Prices of professional acts',
      }),
    ],
  },
];
