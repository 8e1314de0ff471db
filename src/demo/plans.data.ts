// The open government action plan 2021–2023 of Morocco: its 22 commitments (titles and the progress the
// steering committee reviewed on 28 March 2023), and the activities published for commitments 2, 9, 10 and 12.
// Activity weights are not published: the ones here are illustrative, chosen so that the weighted progress
// comes close to the published figure. Commitments without published activities get one activity carrying the
// published figure. French titles are our translation of the Arabic.
import { commitments1to11 } from './plans.commitments-1-11.ts';
import { commitments12to22 } from './plans.commitments-12-22.ts';
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
export const demoCommitments: DemoCommitment[] = [...commitments1to11, ...commitments12to22];
