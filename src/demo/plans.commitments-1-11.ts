// Commitments 1 to 11 of the demo action plan 2021–2023 (see plans.data.ts).
import type { DemoCommitment } from './plans.data.ts';
import { ADD, EDU, HEALTH, INPPLC, MEF, MTNRA, SOLIDARITY } from './plans.institutions.ts';

export const commitments1to11: DemoCommitment[] = [
  {
    number: 1,
    title: {
      ar: 'تعزيز الشفافية المالية',
      fr: 'Renforcer la transparence budgétaire',
      en: 'Strengthening budget transparency',
    },
    lead: MEF,
    values: ['access_to_information', 'public_accountability'],
    progress: 65,
  },
  {
    number: 2,
    title: {
      ar: 'تعزيز تفعيل الحق في الحصول على المعلومات بالإدارات والمؤسسات العمومية',
      fr: 'Renforcer l’effectivité du droit d’accès à l’information dans les administrations et établissements publics',
      en: 'Strengthening the right of access to information in public administrations and institutions',
    },
    lead: MTNRA,
    values: ['access_to_information'],
    progress: 91,
    activities: [
      {
        title: {
          ar: 'تنشيط شبكة المكلفين بالحصول على المعلومات',
          fr: 'Animation du réseau des chargés de l’accès à l’information',
          en: 'Network of access-to-information officers animated',
        },
        weight: 1,
        completion: 80,
      },
      {
        title: {
          ar: 'تكوين الإدارات حول منصة النشر الاستباقي',
          fr: 'Formation des administrations à la plateforme de publication proactive',
          en: 'Training of administrations on the proactive publication platform',
        },
        weight: 1,
        completion: 80,
      },
      {
        title: {
          ar: 'إطلاق المنصة الإلكترونية للنشر الاستباقي',
          fr: 'Lancement de la plateforme électronique de publication proactive',
          en: 'Launch of the electronic platform for proactive publication',
        },
        weight: 1,
        completion: 90,
      },
      {
        title: {
          ar: 'الأنشطة المنجزة سابقاً في إطار الالتزام',
          fr: 'Activités de l’engagement achevées auparavant',
          en: 'Activities of the commitment completed earlier',
        },
        weight: 2.5,
        completion: 100,
      },
    ],
  },
  {
    number: 3,
    title: {
      ar: 'إصدار ومواكبة تفعيل ميثاق المرافق العمومية',
      fr: 'Publier et accompagner la mise en œuvre de la charte des services publics',
      en: 'Issuing and implementing the public services charter',
    },
    lead: MTNRA,
    values: ['public_accountability'],
    progress: 47,
    stale: true,
  },
  {
    number: 4,
    title: {
      ar: 'تدوين ونشر المساطر والإجراءات الإدارية وتبسيطها في أفق رقمنتها',
      fr: 'Codifier, publier et simplifier les procédures administratives en vue de leur numérisation',
      en: 'Codifying, publishing and simplifying administrative procedures towards their digitisation',
    },
    lead: MTNRA,
    values: ['access_to_information', 'technology_innovation'],
    progress: 74,
  },
  {
    number: 5,
    title: {
      ar: 'النشر الاستباقي للمعلومات والمعطيات الإحصائية لقطاع التربية الوطنية',
      fr: 'Publication proactive des informations et statistiques du secteur de l’éducation nationale',
      en: 'Proactive publication of information and statistics of the national education sector',
    },
    lead: EDU,
    values: ['access_to_information'],
    progress: 47,
  },
  {
    number: 6,
    title: {
      ar: 'تحسين الحكامة الدوائية',
      fr: 'Améliorer la gouvernance pharmaceutique',
      en: 'Improving pharmaceutical governance',
    },
    lead: HEALTH,
    values: ['access_to_information', 'public_accountability'],
    progress: 100,
  },
  {
    number: 7,
    title: {
      ar: 'تعزيز الشفافية والمشاركة في تدبير الخدمات الصحية',
      fr: 'Transparence et participation dans la gestion des services de santé',
      en: 'Transparency and participation in health services management',
    },
    lead: HEALTH,
    values: ['civic_participation', 'public_accountability'],
    progress: 100,
  },
  {
    number: 8,
    title: {
      ar: 'تطوير نظام معلوماتي صحي مندمج',
      fr: 'Un système d’information sanitaire intégré',
      en: 'An integrated health information system',
    },
    lead: HEALTH,
    values: ['technology_innovation'],
    progress: 100,
  },
  {
    number: 9,
    title: {
      ar: 'إحداث بوابة وطنية للنزاهة',
      fr: 'Un portail national de l’intégrité',
      en: 'A national integrity portal',
    },
    lead: INPPLC,
    values: ['access_to_information', 'public_accountability', 'technology_innovation'],
    progress: 78,
    activities: [
      {
        title: {
          ar: 'تطوير البوابة الوطنية للنزاهة',
          fr: 'Développement du portail national de l’intégrité',
          en: 'Developing the national integrity portal',
        },
        weight: 8,
        completion: 95,
      },
      {
        title: {
          ar: 'إعداد أدلة وتكوين الشركاء (الحكومة، القطاع الخاص، الإعلام، المجتمع المدني)',
          fr: 'Guides et formation des partenaires (administration, secteur privé, médias, société civile)',
          en: 'Guides and training for partners (government, private sector, media, civil society)',
        },
        weight: 2,
        completion: 50,
      },
      {
        title: {
          ar: 'الإطلاق الرسمي والتواصل',
          fr: 'Lancement officiel et communication',
          en: 'Official launch and communication',
        },
        weight: 1,
        completion: 0,
      },
    ],
  },
  {
    number: 10,
    title: {
      ar: 'تعزيز نشر المعطيات المفتوحة وإعادة استعمالها',
      fr: 'Renforcer la publication et la réutilisation des données ouvertes',
      en: 'Strengthening the publication and reuse of open data',
    },
    lead: ADD,
    values: ['access_to_information', 'technology_innovation'],
    progress: 62,
    activities: [
      {
        title: {
          ar: 'حملات تكوين وتحسيس لفائدة الإدارات العمومية',
          fr: 'Formation et sensibilisation des administrations publiques',
          en: 'Training and awareness campaigns for public administrations',
        },
        weight: 2,
        completion: 90,
      },
      {
        title: {
          ar: 'أدلة مرجعية حول جمع ومعالجة ونشر واستعمال المعطيات المفتوحة',
          fr: 'Guides de référence sur la collecte, le traitement, la publication et l’usage des données ouvertes',
          en: 'Reference guides on collecting, processing, publishing and using open data',
        },
        weight: 1,
        completion: 50,
      },
      {
        title: {
          ar: 'إطار قانوني لتشجيع المعطيات المفتوحة',
          fr: 'Cadre juridique favorisant les données ouvertes',
          en: 'Legal framework to encourage open data',
        },
        weight: 1,
        completion: 20,
      },
      {
        title: {
          ar: 'حملات تحسيسية لفائدة المقاولات حول إعادة الاستعمال',
          fr: 'Sensibilisation des entreprises à la (ré)utilisation',
          en: 'Awareness campaigns for companies on (re)use',
        },
        weight: 2,
        completion: 70,
      },
      {
        title: {
          ar: 'التنسيق مع الإدارات لتحيين وإغناء البوابة',
          fr: 'Coordination avec les administrations pour mettre à jour et enrichir le portail',
          en: 'Coordination with administrations to update and enrich the portal',
        },
        weight: 1,
        completion: 45,
      },
    ],
  },
  {
    number: 11,
    title: {
      ar: 'النهوض بالمساواة ومشاركة النساء في الحياة العامة وتمكينهن اقتصاديا',
      fr: 'Égalité, participation des femmes à la vie publique et autonomisation économique',
      en: 'Equality, women’s participation in public life and economic empowerment',
    },
    lead: SOLIDARITY,
    values: ['civic_participation'],
    progress: 42,
    stale: true,
  },
];
