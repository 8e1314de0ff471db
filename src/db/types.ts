import type SQLite from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type pg from 'pg';
import type {
  ApiTokensTable,
  AuditLogTable,
  EmailTokensTable,
  MailOutboxTable,
  MembershipRequestsTable,
  MembershipsTable,
  OrganizationsTable,
  RoleGrantsTable,
  SessionsTable,
  UsersTable,
} from './tables/accounts.ts';
import type {
  DatasetsTable,
  DatasetTagsTable,
  DatasetThemesTable,
  ResourcesTable,
  RevisionsTable,
  ThemesTable,
} from './tables/catalog.ts';
import type { DatastoreTablesTable } from './tables/datastore.ts';
import type {
  HarvestObjectsTable,
  HarvestRunsTable,
  HarvestSourcesTable,
  ResourceRefreshesTable,
  ResourceRefreshRunsTable,
} from './tables/harvest.ts';
import type { InventoryItemsTable, InventoryRevisionsTable } from './tables/inventory.ts';
import type { JobsTable } from './tables/jobs.ts';
import type {
  ActivitiesTable,
  ActivityWeightsTable,
  CommitmentsTable,
  PlansTable,
  ProgressReportsTable,
} from './tables/plans.ts';
import type { PlanDocumentsTable, PlanMembersTable } from './tables/plans-documents.ts';
import type {
  PlanBlockerEventsTable,
  PlanBlockersTable,
  PlanMeetingDecisionsTable,
  PlanMeetingParticipantsTable,
  PlanMeetingsTable,
  PlanRemindersTable,
} from './tables/plans-governance.ts';
import type {
  DataRequestsTable,
  RequestAlertsTable,
  RequestCommentsTable,
  RequestDatasetsTable,
  RequestFollowersTable,
  RequestGuestsTable,
  RequestTransitionsTable,
  RequestVotesTable,
} from './tables/requests.ts';
import type { SystemStateTable } from './tables/system.ts';

export interface Database {
  jobs: JobsTable;
  system_state: SystemStateTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  email_tokens: EmailTokensTable;
  organizations: OrganizationsTable;
  memberships: MembershipsTable;
  membership_requests: MembershipRequestsTable;
  role_grants: RoleGrantsTable;
  audit_log: AuditLogTable;
  mail_outbox: MailOutboxTable;
  themes: ThemesTable;
  datasets: DatasetsTable;
  dataset_themes: DatasetThemesTable;
  dataset_tags: DatasetTagsTable;
  resources: ResourcesTable;
  revisions: RevisionsTable;
  plans: PlansTable;
  commitments: CommitmentsTable;
  activities: ActivitiesTable;
  activity_weights: ActivityWeightsTable;
  progress_reports: ProgressReportsTable;
  plan_blockers: PlanBlockersTable;
  plan_blocker_events: PlanBlockerEventsTable;
  plan_meetings: PlanMeetingsTable;
  plan_meeting_participants: PlanMeetingParticipantsTable;
  plan_meeting_decisions: PlanMeetingDecisionsTable;
  plan_reminders: PlanRemindersTable;
  plan_documents: PlanDocumentsTable;
  plan_members: PlanMembersTable;
  data_requests: DataRequestsTable;
  request_transitions: RequestTransitionsTable;
  request_datasets: RequestDatasetsTable;
  request_votes: RequestVotesTable;
  request_followers: RequestFollowersTable;
  request_comments: RequestCommentsTable;
  inventory_items: InventoryItemsTable;
  inventory_revisions: InventoryRevisionsTable;
  request_guests: RequestGuestsTable;
  request_alerts: RequestAlertsTable;
  harvest_sources: HarvestSourcesTable;
  harvest_runs: HarvestRunsTable;
  harvest_objects: HarvestObjectsTable;
  resource_refreshes: ResourceRefreshesTable;
  resource_refresh_runs: ResourceRefreshRunsTable;
  datastore_tables: DatastoreTablesTable;
}

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the database or an open transaction: repositories accept both. */
export type Executor = Kysely<Database> | Transaction<Database>;

export interface DbHandle {
  db: Db;
  dialect: Dialect;
  /** PostgreSQL schema when not the default search path (tests). */
  schema?: string;
  /** The raw better-sqlite3 connection (SQLite): for bulk work that Kysely would slow down (DataStore). */
  sqlite?: SQLite.Database;
  /** The raw pg pool (PostgreSQL): for COPY and session-level settings (DataStore). */
  pool?: pg.Pool;
  close(): Promise<void>;
}
