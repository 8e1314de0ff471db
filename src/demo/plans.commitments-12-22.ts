// Commitments 12 to 22 of the demo action plan 2021–2023 (see plans.data.ts).
import type { DemoCommitment } from './plans.data.ts';
import {
  COMMUNICATION,
  ENVIRONMENT,
  INTERIOR,
  JUSTICE,
  PARLIAMENT,
  SOLIDARITY,
} from './plans.institutions.ts';

export const commitments12to22: DemoCommitment[] = [
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
