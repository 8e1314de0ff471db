// Governance of action plans: blockers and their history, committee meetings, reminders sent.
export type BlockerStatus = 'open' | 'under_discussion' | 'answered' | 'closed';
export type BlockerEventKind = 'raised' | 'comment' | 'answer' | 'close' | 'reopen';
export type BlockerRole = 'committee' | 'lead';
export type MeetingKind = 'steering' | 'implementation';
export type DecisionStatus = 'open' | 'done';

export interface PlanBlockersTable {
  id: string;
  plan_id: string;
  commitment_id: string;
  title: string;
  problem: string;
  /** What the project lead needs from the steering committee. */
  needed: string;
  /** The language the lead wrote in (ar | fr | en). */
  lang: string;
  /** 0 | 1: visible to everyone who may read the plan. */
  public: number;
  status: BlockerStatus;
  raised_by: string | null;
  answer: string | null;
  answered_at: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanBlockerEventsTable {
  id: string;
  blocker_id: string;
  kind: BlockerEventKind;
  from_status: BlockerStatus | null;
  to_status: BlockerStatus;
  body: string;
  author_id: string | null;
  author_name: string;
  author_role: BlockerRole;
  at: string;
}

export interface PlanMeetingsTable {
  id: string;
  plan_id: string;
  kind: MeetingKind;
  /** YYYY-MM-DD */
  held_on: string;
  place: string;
  /** JSON {ar?, fr?, en?} */
  agenda: string;
  /** JSON {ar?, fr?, en?}: Markdown. */
  minutes: string;
  /** 0 | 1: the minutes show the progress table as of the meeting date. */
  include_progress: number;
  /** 0 | 1: readable by everyone who may read the plan (else plan managers only). */
  published: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanMeetingParticipantsTable {
  id: string;
  meeting_id: string;
  name: string;
  institution: string;
  role: string;
  user_id: string | null;
  position: number;
}

export interface PlanMeetingDecisionsTable {
  id: string;
  meeting_id: string;
  /** JSON {ar?, fr?, en?} */
  text: string;
  owner: string;
  due_on: string | null;
  status: DecisionStatus;
  position: number;
  updated_at: string;
}

export interface PlanRemindersTable {
  id: string;
  commitment_id: string;
  user_id: string;
  deadline: string;
  sent_at: string;
}
