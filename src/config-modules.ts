// Configuration keys of the portal's modules (metadata feeds, harvesting, DataStore, data requests, inventory,
// action plans); src/config.ts holds the platform's own keys and spreads these in.
import { key } from './config-spec.ts';

export const moduleKeys = {
  DCAT_PAGE_SIZE: key({
    kind: 'integer',
    default: 1000,
    min: 1,
    max: 1000000,
    description:
      'Datasets per page of the DCAT-AP catalogue (`/catalog.ttl?page=N`, Hydra paging); pages stream, so a large value costs time, not memory.',
  }),
  HARVEST_ALLOW_PRIVATE: key({
    kind: 'boolean',
    default: false,
    description:
      'Let harvesting and resource refreshes fetch from private, loopback and link-local addresses (off: refused after DNS resolution, against SSRF).',
  }),
  HARVEST_TIMEOUT_SECONDS: key({
    kind: 'integer',
    default: 30,
    min: 1,
    max: 3600,
    description: 'Longest time one remote fetch of harvesting or a resource refresh may take, body included.',
  }),
  HARVEST_MAX_MB: key({
    kind: 'integer',
    default: 50,
    min: 1,
    max: 10240,
    description:
      'Largest remote response harvesting or a resource refresh reads, in megabytes (streamed; the fetch stops beyond).',
  }),
  DATASTORE_SQL_TIMEOUT_MS: key({
    kind: 'integer',
    default: 5000,
    min: 100,
    max: 300000,
    description:
      'Longest run of one datastore_search_sql query (PostgreSQL: statement_timeout; SQLite: checked between rows).',
  }),
  DATASTORE_SQL_MAX_ROWS: key({
    kind: 'integer',
    default: 32000,
    min: 1,
    max: 1000000,
    description:
      'Most rows one datastore_search_sql query returns (the result says when rows were left out).',
  }),
  DATASTORE_EXPORT_MAX_ROWS: key({
    kind: 'integer',
    default: 1000000,
    min: 1,
    max: 100000000,
    description: 'Most rows one export of a DataStore view (CSV, JSON, XLSX) holds; the export is streamed.',
  }),
  REQUEST_ANSWER_DAYS: key({
    kind: 'integer',
    default: 20,
    min: 1,
    max: 365,
    description:
      'Working days an organisation has to answer a data request once it is routed to it (law 31.13: 20).',
  }),
  REQUEST_EXTENSION_DAYS: key({
    kind: 'integer',
    default: 20,
    min: 0,
    max: 365,
    description:
      'Working days added by the one extension of a data request, given with a reason (law 31.13: 20).',
  }),
  REQUEST_HOLIDAYS: key({
    kind: 'list',
    default: '',
    itemPattern: /^\d{4}-\d{2}-\d{2}$/,
    description:
      'Public holidays skipped when counting working days for data requests: comma-separated dates (YYYY-MM-DD). Saturdays and Sundays are always skipped.',
  }),
  REQUEST_URGENT_DAYS: key({
    kind: 'integer',
    default: 3,
    min: 1,
    max: 365,
    description:
      'Working days to answer an urgent data request (life, safety or freedom of a person; law 31.13: 3).',
  }),
  REQUEST_ANONYMOUS: key({
    kind: 'boolean',
    default: true,
    description:
      'Whether people without an account may submit data requests (with an e-mail address they confirm).',
  }),
  REQUEST_ANONYMOUS_PER_HOUR: key({
    kind: 'integer',
    default: 3,
    min: 1,
    max: 1000,
    description:
      'Data requests without an account accepted per hour from one e-mail address or one client address.',
  }),
  REQUEST_VERIFY_HOURS: key({
    kind: 'integer',
    default: 48,
    min: 1,
    max: 720,
    description: 'Hours the e-mail confirmation link of a data request without an account stays valid.',
  }),
  REQUEST_REMINDER_DAYS: key({
    kind: 'integer',
    default: 2,
    min: 0,
    max: 30,
    description:
      'Working days before a data request is due when its organisation is reminded by e-mail (0: no reminder).',
  }),
  REQUEST_ALERTS_EVERY_MINUTES: key({
    kind: 'integer',
    default: 60,
    min: 1,
    max: 10080,
    description:
      'How often the worker checks data request deadlines (reminders and overdue alerts to open data officers).',
  }),
  INVENTORY_PRIORITY_WEIGHTS: key({
    kind: 'list',
    default: 'quality:2,legal:3,open_format:1,demand:4',
    itemPattern: /^(quality|legal|open_format|demand):\d{1,3}$/,
    description:
      'Weights of the inventory prioritisation criteria, as criterion:weight (whole numbers): quality (data quality 0–3), legal (no legal obstacle), open_format (already in an open electronic format), demand (linked data requests + their votes). The score is 100 × Σ weight × criterion fraction / Σ weights; a criterion left out weighs 0.',
  }),
  INVENTORY_DEMAND_TARGET: key({
    kind: 'integer',
    default: 10,
    min: 1,
    max: 100000,
    description:
      'Demand (linked data requests + their votes) at which an inventory item gets the full demand criterion; below it the criterion counts demand / target.',
  }),
  PLAN_REMINDER_DAYS: key({
    kind: 'integer',
    default: 7,
    min: 0,
    max: 365,
    description:
      "Days before a commitment's reporting deadline from which its project leads are reminded (once per deadline).",
  }),
  PLAN_REMINDERS_EVERY_HOURS: key({
    kind: 'integer',
    default: 24,
    min: 1,
    max: 720,
    description:
      'How often the scheduler runs the reminders of plan reporting deadlines (each reminder is still sent once).',
  }),
} as const;
