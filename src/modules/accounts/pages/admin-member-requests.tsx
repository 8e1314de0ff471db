// Pending membership requests of an organisation, each with a role to give and approve / reject buttons.
import type { I18n } from '../../../i18n/index.ts';
import { ActButton, dateTime, href, RowSelect, Section, seg } from './admin-ui.tsx';

export interface RequestRow {
  id: string;
  userId: string;
  name: string;
  email: string;
  message: string;
  createdAt: string;
}

export function RequestsSection(p: {
  i18n: I18n;
  csrf: string;
  /** The organisation's path after the language prefix. */
  path: string;
  requests: RequestRow[];
  roleOptions: { value: string; label: string }[];
}) {
  const { i18n, csrf, path, roleOptions } = p;
  const { t } = i18n;
  return (
    <Section id="requests-title" title={t('members.requests')}>
      {p.requests.length === 0 ? (
        <p>{t('members.requests_none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('admin.users.name')}</th>
                <th scope="col">{t('admin.users.email')}</th>
                <th scope="col">{t('members.message')}</th>
                <th scope="col">{t('members.requested_at')}</th>
                <th scope="col">{t('members.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {p.requests.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td dir="ltr">{r.email}</td>
                  <td dir="auto">{r.message || '—'}</td>
                  <td>{dateTime(i18n, r.createdAt)}</td>
                  <td>
                    <form
                      method="post"
                      action={href(i18n, `${path}/requests/${seg(r.id)}`)}
                      class="inline-form"
                    >
                      <input type="hidden" name="_csrf" value={csrf} />
                      <RowSelect
                        id={`request-role-${r.id}`}
                        name="role"
                        label={t('members.role_for', { name: r.name })}
                        value="member"
                        options={roleOptions}
                      />{' '}
                      <ActButton
                        label={t('members.approve')}
                        object={r.name}
                        name="decision"
                        value="approve"
                      />{' '}
                      <ActButton
                        label={t('members.reject')}
                        object={r.name}
                        name="decision"
                        value="reject"
                        danger
                      />
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
