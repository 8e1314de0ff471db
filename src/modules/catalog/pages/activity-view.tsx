// The history of a dataset as sentences: who did what to the dataset or to which resource, and which fields
// changed (translated labels), e.g. "Salma updated a resource « Budget 2024 »: title, format".
import type { I18n, MessageKey } from '../../../i18n/index.ts';
import type { Translated } from '../fields.ts';
import type { ResourceView, RevisionView } from '../present.ts';
import { text } from './public-kit.tsx';

const fieldLabels: Record<string, MessageKey> = {
  title: 'manage.title',
  description: 'manage.description',
  spatial: 'manage.spatial',
  organization_id: 'manage.organization',
  license_id: 'manage.license',
  frequency: 'manage.frequency',
  themes: 'manage.themes',
  tags: 'manage.tags',
  temporal_start: 'manage.temporal_start',
  temporal_end: 'manage.temporal_end',
  contact_name: 'manage.contact_name',
  contact_email: 'manage.contact_email',
  version: 'manage.version',
  visibility: 'manage.visibility',
  state: 'manage.state',
  url: 'manage.resource_url',
  format: 'manage.resource_format',
  kind: 'manage.resource_kind',
  resource_order: 'manage.history_order',
  // The fields of a stored file change together: one label.
  storage_key: 'manage.file',
  size: 'manage.file',
  sha256: 'manage.file',
  media_type: 'manage.file',
};

/** Translated labels of the changed fields, each once; fields without a label are left out. */
export function changedFieldLabels(changes: Record<string, unknown>, i18n: I18n): string[] {
  const labels = Object.keys(changes)
    .map((k) => fieldLabels[k])
    .filter((k): k is MessageKey => k !== undefined)
    .map((k) => i18n.t(k));
  return [...new Set(labels)];
}

/** The resource's title: as it is now, else as the revision recorded it (a deleted resource). */
function resourceName(a: RevisionView, resources: readonly ResourceView[], i18n: I18n): string {
  const current = resources.find((r) => r.id === a.entity_id);
  if (current) return text(current.title, i18n) || current.format || '';
  const title = (a.changes as Record<string, { before?: unknown; after?: unknown }>).title;
  const recorded = (title?.after ?? title?.before ?? {}) as Translated;
  return text(recorded, i18n);
}

export function Activity({
  items,
  i18n,
  resources = [],
}: {
  items: RevisionView[];
  i18n: I18n;
  resources?: readonly ResourceView[];
}) {
  const { t } = i18n;
  if (!items.length) return <p class="muted">{t('cat.activity.none')}</p>;
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  return (
    <ol class="activity">
      {items.map((a) => {
        const name = a.entity_type === 'resource' ? resourceName(a, resources, i18n) : '';
        const fields = a.action === 'updated' ? changedFieldLabels(a.changes, i18n) : [];
        return (
          <li key={a.id}>
            <time dateTime={a.at}>{i18n.d(a.at)}</time>
            {' · '}
            {t(`cat.activity.${a.action}`, { actor: a.actor.name, entity: t(`cat.entity.${a.entity_type}`) })}
            {name && <> {t('cat.quoted', { text: name })}</>}
            {fields.length > 0 && <> — {t('manage.history_changed', { fields: list.format(fields) })}</>}
          </li>
        );
      })}
    </ol>
  );
}
