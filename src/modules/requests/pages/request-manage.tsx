// The officer's and the moderator's forms on a request page: assign it to a data manager of the organisation
// (its admins, the open data officers, and moderators), and confirm or unset its urgency (moderators).
import type { I18n } from '../../../i18n/index.ts';
import { ActionButton, Form, Select } from '../../../web/components/form.tsx';
import type { FormState, PageContext } from '../../../web/page.ts';
import { dataManagers } from '../assign.service.ts';
import type { RequestDetail } from '../requests.service.ts';
import { dirOf } from './request-kit.tsx';

export interface ManageData {
  /** The people the request may be assigned to (only for those who may assign). */
  managers: { id: string; name: string }[];
  urgentDays: number;
}

export async function manageData(ctx: PageContext, d: RequestDetail): Promise<ManageData> {
  const org = d.request.organization;
  return {
    managers:
      d.can.assign && org
        ? (await dataManagers(ctx.svc, org.id)).map((m) => ({ id: m.id, name: m.name || m.email }))
        : [],
    urgentDays: ctx.svc.config.REQUEST_URGENT_DAYS,
  };
}

export function ManageSection(p: {
  d: RequestDetail & ManageData;
  i18n: I18n;
  csrf: string;
  form?: FormState;
  base: string;
}) {
  const { d, i18n, csrf, form, base } = p;
  const { t } = i18n;
  if (!d.can.assign && !d.can.urgency && !d.assignee && !d.urgent_reason) return null;
  const r = d.request;
  return (
    <section aria-labelledby="manage-title" class="card">
      <h2 id="manage-title">
        {d.can.assign || d.assignee ? t('requests.assign.title') : t('requests.urgency.title')}
      </h2>
      {d.assignee && <p>{t('requests.assign.current', { name: d.assignee.name })}</p>}
      {d.can.assign && (
        <Form action={`${base}/assign`} csrf={csrf}>
          <Select
            name="assignee"
            label={t('requests.assign.assignee')}
            form={form}
            value={d.assignee?.id ?? ''}
            options={[
              { value: '', label: t('requests.assign.nobody') },
              ...d.managers.map((m) => ({ value: m.id, label: m.name })),
            ]}
          />
          <button type="submit">{t('requests.assign.submit')}</button>
        </Form>
      )}
      {(d.can.assign || d.assignee) && (d.urgent_reason || d.can.urgency) && (
        <h3>{t('requests.urgency.title')}</h3>
      )}
      {d.urgent_reason && (
        <dl class="facts">
          <dt>{t('requests.urgency.reason')}</dt>
          <dd lang={r.locale}>
            <span dir={dirOf(r.locale)}>{d.urgent_reason}</span>
          </dd>
        </dl>
      )}
      {d.can.urgency && (
        <div class="inline-links">
          <ActionButton
            action={`${base}/urgency`}
            csrf={csrf}
            label={t('requests.urgency.confirm', { days: d.urgentDays })}
            hidden={{ urgent: 'true' }}
          />{' '}
          <ActionButton
            action={`${base}/urgency`}
            csrf={csrf}
            label={t('requests.urgency.unset')}
            hidden={{ urgent: 'false' }}
          />
        </div>
      )}
    </section>
  );
}
