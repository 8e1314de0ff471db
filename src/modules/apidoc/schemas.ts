// TypeBox schemas of what the REST API sends and receives (JSON Schema 2020-12, as OpenAPI 3.1 uses).
// They describe the views of src/modules/catalog/present.ts and accounts; the OpenAPI test checks real answers
// against them.
import { type TSchema, Type } from 'typebox';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Text = Type.String();
const Time = Type.String({ format: 'date-time' });
const DateOnly = Type.String({ format: 'date' });

export const Translated = Type.Object(
  { ar: Type.Optional(Text), fr: Type.Optional(Text), en: Type.Optional(Text) },
  { additionalProperties: false, description: 'A text in Arabic, French and/or English' },
);

export const Extra = Type.Object({ key: Text, value: Text });

export const Resource = Type.Object({
  id: Text,
  dataset_id: Text,
  position: Type.Integer(),
  title: Translated,
  description: Translated,
  kind: Type.Union(['data', 'documentation', 'api', 'other'].map((k) => Type.Literal(k))),
  url: Nullable(Text),
  stored: Type.Boolean({ description: 'True for a file kept by the portal (upload)' }),
  file_name: Nullable(Text),
  format: Nullable(Text),
  media_type: Nullable(Text),
  size: Nullable(Type.Integer()),
  sha256: Nullable(Text),
  last_modified: Nullable(Text),
  download_count: Type.Integer(),
  created_at: Time,
  updated_at: Time,
  datastore_active: Type.Boolean({ description: 'It has an active DataStore table' }),
});

const Ref = Type.Object({ id: Text, name: Text, title: Translated });

export const Dataset = Type.Object({
  id: Text,
  name: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{1,99}$' }),
  organization: Ref,
  title: Translated,
  description: Translated,
  license_id: Text,
  license: Type.Object({ id: Text, title: Translated, url: Nullable(Text), open: Type.Boolean() }),
  frequency: Text,
  frequency_days: Nullable(Type.Integer()),
  temporal_start: Nullable(DateOnly),
  temporal_end: Nullable(DateOnly),
  spatial: Translated,
  contact_name: Nullable(Text),
  contact_email: Nullable(Text),
  version: Nullable(Text),
  visibility: Type.Union([Type.Literal('public'), Type.Literal('private')]),
  state: Type.Union([Type.Literal('draft'), Type.Literal('active'), Type.Literal('deleted')]),
  extras: Type.Array(Extra),
  featured: Type.Boolean(),
  download_count: Type.Integer(),
  issued: Nullable(DateOnly),
  created_at: Time,
  updated_at: Time,
  created_by: Nullable(Text),
  tags: Type.Array(Text),
  themes: Type.Array(Ref),
  resources: Type.Array(Resource),
  queryable: Type.Boolean({ description: 'One of its resources has a DataStore table' }),
});

export const DatasetInput = Type.Object(
  {
    name: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{1,99}$' }),
    organization: Type.String({ description: 'Name or id of the organisation' }),
    title: Translated,
    description: Type.Optional(Translated),
    license_id: Type.Optional(Text),
    frequency: Type.Optional(Text),
    temporal_start: Type.Optional(Nullable(DateOnly)),
    temporal_end: Type.Optional(Nullable(DateOnly)),
    spatial: Type.Optional(Translated),
    contact_name: Type.Optional(Nullable(Text)),
    contact_email: Type.Optional(Nullable(Text)),
    version: Type.Optional(Nullable(Text)),
    visibility: Type.Optional(Type.Union([Type.Literal('public'), Type.Literal('private')])),
    state: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('active')])),
    extras: Type.Optional(Type.Array(Extra)),
    themes: Type.Optional(Type.Array(Text)),
    tags: Type.Optional(Type.Array(Text)),
  },
  { description: 'Unknown keys are ignored' },
);

export const ResourceInput = Type.Object({
  url: Type.Optional(Type.String({ format: 'uri' })),
  title: Type.Optional(Translated),
  description: Type.Optional(Translated),
  kind: Type.Optional(Text),
  format: Type.Optional(Text),
  media_type: Type.Optional(Text),
  size: Type.Optional(Type.Integer()),
  sha256: Type.Optional(Text),
  last_modified: Type.Optional(Text),
});

export const Theme = Type.Object({
  id: Text,
  name: Text,
  title: Translated,
  description: Translated,
  icon: Nullable(Text),
  position: Type.Integer(),
  eu_theme: Nullable(
    Type.String({
      description:
        'EU data-theme code (AGRI, ECON, EDUC, ENER, ENVI, GOVE, HEAL, INTR, JUST, REGI, SOCI, TECH, TRAN)',
    }),
  ),
  created_at: Time,
  updated_at: Time,
  dataset_count: Type.Optional(Type.Integer()),
});

export const Organization = Type.Object({
  id: Text,
  name: Text,
  title: Translated,
  description: Translated,
  kind: Text,
  website: Nullable(Text),
  email: Nullable(Text),
  state: Type.Union([Type.Literal('active'), Type.Literal('archived')]),
  createdAt: Time,
  updatedAt: Time,
});

export const License = Type.Object({
  id: Text,
  title: Translated,
  url: Nullable(Text),
  open: Type.Boolean(),
});

export const Revision = Type.Object({
  id: Text,
  at: Time,
  actor: Type.Object({ id: Nullable(Text), name: Text }),
  entity_type: Text,
  entity_id: Text,
  dataset_id: Nullable(Text),
  organization_id: Nullable(Text),
  action: Text,
  changes: Type.Record(Type.String(), Type.Object({ before: Type.Unknown(), after: Type.Unknown() })),
});

export const ErrorBody = Type.Object({
  ok: Type.Literal(false),
  error: Type.Object({
    code: Type.String({ description: 'See docs/errors.md' }),
    message: Text,
    fields: Type.Optional(
      Type.Record(Type.String(), Type.Object({ reason: Text, message: Text }), {
        description: 'One entry per refused field, named by its path (title.fr, tags.0)',
      }),
    ),
  }),
});

/** The named schemas of the document (components.schemas). */
export const components = {
  Translated,
  Extra,
  Resource,
  ResourceInput,
  Dataset,
  DatasetInput,
  Theme,
  Organization,
  License,
  Revision,
  ErrorBody,
} as const;
export type SchemaName = keyof typeof components;
