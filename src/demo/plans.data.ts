// The open government action plan 2021–2023 of Morocco: its 22 commitments (titles and the progress the
// steering committee reviewed on 28 March 2023), and the activities published for commitments 2, 9, 10 and 12.
// Activity weights are not published: the ones here are illustrative, chosen so that the weighted progress
// comes close to the published figure. Commitments without published activities get one activity carrying the
// published figure. French titles are our translation of the Arabic.
import type { T3 } from './types.ts';

export interface DemoActivity {
  title: T3;
  weight: number;
  /** Completion reviewed on 28 March 2023. */
  completion: number;
}

export interface DemoCommitment {
  number: number;
  title: T3;
  lead: T3;
  values: (
    | 'access_to_information'
    | 'civic_participation'
    | 'public_accountability'
    | 'technology_innovation'
  )[];
  /** Published progress on 28 March 2023. */
  progress: number;
  activities?: DemoActivity[];
  /** The minutes noted "tracking platform not updated": its last report is older than the reporting period. */
  stale?: boolean;
}

const MEF: T3 = {
  ar: 'وزارة الاقتصاد والمالية',
  fr: 'Ministère de l’Économie et des Finances',
  en: 'Ministry of Economy and Finance',
};
const MTNRA: T3 = {
  ar: 'وزارة الانتقال الرقمي وإصلاح الإدارة',
  fr: 'Ministère de la Transition Numérique et de la Réforme de l’Administration',
  en: 'Ministry of Digital Transition and Administrative Reform',
};
const EDU: T3 = {
  ar: 'وزارة التربية الوطنية',
  fr: 'Ministère de l’Éducation nationale',
  en: 'Ministry of National Education',
};
const HEALTH: T3 = {
  ar: 'وزارة الصحة والحماية الاجتماعية',
  fr: 'Ministère de la Santé et de la Protection sociale',
  en: 'Ministry of Health and Social Protection',
};
const INPPLC: T3 = {
  ar: 'الهيئة الوطنية للنزاهة والوقاية من الرشوة ومحاربتها',
  fr: 'Instance Nationale de la Probité, de la Prévention et de la Lutte contre la Corruption',
  en: 'National Authority for Probity, Prevention and Fight against Corruption',
};
const ADD: T3 = {
  ar: 'وكالة التنمية الرقمية',
  fr: 'Agence de Développement du Digital',
  en: 'Digital Development Agency',
};
const SOLIDARITY: T3 = {
  ar: 'وزارة التضامن والإدماج الاجتماعي والأسرة',
  fr: 'Ministère de la Solidarité, de l’Insertion sociale et de la Famille',
  en: 'Ministry of Solidarity, Social Integration and Family',
};
const COMMUNICATION: T3 = {
  ar: 'وزارة الشباب والثقافة والتواصل',
  fr: 'Ministère de la Jeunesse, de la Culture et de la Communication',
  en: 'Ministry of Youth, Culture and Communication',
};
const JUSTICE: T3 = { ar: 'وزارة العدل', fr: 'Ministère de la Justice', en: 'Ministry of Justice' };
const PARLIAMENT: T3 = {
  ar: 'الوزارة المكلفة بالعلاقات مع البرلمان',
  fr: 'Ministère chargé des Relations avec le Parlement',
  en: 'Ministry in charge of Relations with Parliament',
};
const ENVIRONMENT: T3 = {
  ar: 'وزارة الانتقال الطاقي والتنمية المستدامة',
  fr: 'Ministère de la Transition énergétique et du Développement durable',
  en: 'Ministry of Energy Transition and Sustainable Development',
};
const INTERIOR: T3 = {
  ar: 'وزارة الداخلية - المديرية العامة للجماعات الترابية',
  fr: 'Ministère de l’Intérieur – Direction Générale des Collectivités Territoriales',
  en: 'Ministry of the Interior – General Directorate of Local Authorities',
};

export const demoPlan = {
  slug: 'nap-2021-2023',
  title: {
    ar: 'خطة العمل الوطنية للحكومة المنفتحة 2021–2023',
    fr: 'Plan d’action national du gouvernement ouvert 2021–2023',
    en: 'National open government action plan 2021–2023',
  },
  description: {
    ar: 'خطة العمل الثانية للمغرب في إطار شراكة الحكومة المنفتحة: 22 التزاماً في الشفافية والحصول على المعلومات والمشاركة المواطنة والنزاهة.',
    fr: 'Deuxième plan d’action du Maroc dans le cadre du Partenariat pour un gouvernement ouvert : 22 engagements de transparence, d’accès à l’information, de participation citoyenne et d’intégrité.',
    en: 'Morocco’s second action plan under the Open Government Partnership: 22 commitments on transparency, access to information, civic participation and integrity.',
  },
  periodStart: '2021-01-01',
  periodEnd: '2023-12-31',
  status: 'evaluation',
  published: true,
  aggregation: 'mean',
  reportingPeriodDays: 90,
};

/** The date of the steering committee's review. */
export const REVIEW_DATE = '2023-03-28';

export const demoCommitments: DemoCommitment[] = [
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
  {
    number: 12,
    title: {
      ar: 'تعزيز الولوج إلى المعلومات للأشخاص في وضعية إعاقة',
      fr: 'Accès à l’information des personnes en situation de handicap',
      en: 'Access to information for persons with disabilities',
    },
    lead: COMMUNICATION,
    values: ['access_to_information', 'civic_participation'],
    progress: 70,
    activities: [
      {
        title: {
          ar: 'الترجمة بلغة الإشارة للإنتاج السمعي البصري للوزارة',
          fr: 'Traduction en langue des signes de la production audiovisuelle du ministère',
          en: 'Sign-language translation of the ministry’s audiovisual output',
        },
        weight: 3,
        completion: 95,
      },
      {
        title: {
          ar: 'اعتماد مخرجات المشاورات في الصياغة النهائية لحملة 2022',
          fr: 'Résultats des consultations dans la rédaction finale de la campagne 2022',
          en: 'Outputs of consultations in the final drafting of the 2022 campaign',
        },
        weight: 2,
        completion: 90,
      },
      {
        title: {
          ar: 'تشخيص أولي لولوجية المواقع الإلكترونية مع الوزارات والجمعيات',
          fr: 'Diagnostic initial de l’accessibilité web avec les ministères et les associations',
          en: 'Initial diagnosis of web accessibility with ministries and associations',
        },
        weight: 1.5,
        completion: 50,
      },
      {
        title: {
          ar: 'مشاورات مع جمعيات الأشخاص في وضعية إعاقة حول حملة 2023',
          fr: 'Consultations des associations de personnes handicapées sur la campagne 2023',
          en: 'Consultations with disability organisations on the 2023 campaign',
        },
        weight: 1,
        completion: 20,
      },
      {
        title: {
          ar: 'دليل مرجعي للمواقع الإلكترونية الولوجة',
          fr: 'Guide de référence des sites web accessibles',
          en: 'Reference guide for accessible websites',
        },
        weight: 2,
        completion: 90,
      },
      {
        title: {
          ar: 'اعتماد مخرجات المشاورات لحملة 2023',
          fr: 'Adoption des résultats des consultations pour la campagne 2023',
          en: 'Adopting consultation outputs for the 2023 campaign',
        },
        weight: 0.5,
        completion: 0,
      },
      {
        title: { ar: 'نشر الدليل', fr: 'Publication du guide', en: 'Publishing the guide' },
        weight: 0.5,
        completion: 0,
      },
    ],
  },
  {
    number: 13,
    title: {
      ar: 'تحسين جودة الخدمات العمومية في مجال حماية الطفولة',
      fr: 'Qualité des services publics de protection de l’enfance',
      en: 'Quality of public child-protection services',
    },
    lead: SOLIDARITY,
    values: ['public_accountability'],
    progress: 83,
  },
  {
    number: 14,
    title: {
      ar: 'نشر النصوص القانونية والأحكام والقرارات والاجتهادات القضائية',
      fr: 'Publication des textes juridiques, des jugements et de la jurisprudence',
      en: 'Publishing legal texts, judgments and case law',
    },
    lead: JUSTICE,
    values: ['access_to_information'],
    progress: 95,
  },
  {
    number: 15,
    title: {
      ar: 'التقعيد القانوني لاستعمال الوسائط الإلكترونية في التقاضي',
      fr: 'Base juridique des moyens électroniques dans les procédures judiciaires',
      en: 'Legal basis for electronic means in litigation',
    },
    lead: JUSTICE,
    values: ['technology_innovation'],
    progress: 87,
  },
  {
    number: 16,
    title: {
      ar: 'تعزيز انخراط منتسبي العدالة في التحول الرقمي للعدالة',
      fr: 'Les professionnels de la justice dans la transformation numérique de la justice',
      en: 'Justice professionals in the digital transformation of justice',
    },
    lead: JUSTICE,
    values: ['technology_innovation', 'civic_participation'],
    progress: 59,
  },
  {
    number: 17,
    title: {
      ar: 'إحداث بوابة وطنية لتكوين الجمعيات عن بعد',
      fr: 'Un portail national de formation à distance des associations',
      en: 'A national e-learning portal for associations',
    },
    lead: PARLIAMENT,
    values: ['civic_participation', 'technology_innovation'],
    progress: 57,
  },
  {
    number: 18,
    title: {
      ar: 'إرساء آليات لتعزيز شفافية الدعم العمومي الممنوح لمنظمات المجتمع المدني',
      fr: 'Transparence des financements publics accordés aux organisations de la société civile',
      en: 'Transparency of public funding to civil society organisations',
    },
    lead: PARLIAMENT,
    values: ['access_to_information', 'public_accountability'],
    progress: 56,
  },
  {
    number: 19,
    title: {
      ar: 'تعزيز المشاركة المواطنة عبر وضع إطار قانوني للتشاور العمومي والتطوع التعاقدي',
      fr: 'Un cadre juridique pour la consultation publique et le volontariat contractuel',
      en: 'A legal framework for public consultation and contractual volunteering',
    },
    lead: PARLIAMENT,
    values: ['civic_participation'],
    progress: 50,
    stale: true,
  },
  {
    number: 20,
    title: {
      ar: 'تعبئة المجتمع المدني ودعم قدراته من أجل تحسين مشاركته في إعداد وتتبع وتنفيذ السياسة البيئية',
      fr: 'La société civile dans la politique environnementale',
      en: 'Civil society in environmental policy',
    },
    lead: ENVIRONMENT,
    values: ['civic_participation'],
    progress: 84,
  },
  {
    number: 21,
    title: {
      ar: 'تعزيز الولوج إلى المعلومات ودعم المشاركة المواطنة على صعيد الجماعات الترابية',
      fr: 'Accès à l’information et participation dans les collectivités territoriales',
      en: 'Access to information and participation in local governments',
    },
    lead: INTERIOR,
    values: ['access_to_information', 'civic_participation'],
    progress: 93,
  },
  {
    number: 22,
    title: {
      ar: 'إعداد ونشر حقيبة أدوات لتعزيز التواصل والمشاركة المواطنة على صعيد الجماعات الترابية',
      fr: 'Une boîte à outils pour la communication et la participation dans les collectivités territoriales',
      en: 'A toolkit for communication and participation in local governments',
    },
    lead: INTERIOR,
    values: ['civic_participation'],
    progress: 100,
  },
];
