// Pages of the links e-mailed to a requester without an account: confirm the request (single-use token),
// withdraw it and stop its e-mails (signed links). Each GET shows a button; only the POST acts, so a mail
// client that opens links in advance changes nothing.
import type { I18n } from '../../../i18n/index.ts';
import { ErrorSummary, Form } from '../../../web/components/form.tsx';
import type { FormDef, FormState, PageContext } from '../../../web/page.ts';
import { confirmAnonymousRequest, unsubscribeGuest, withdrawAsGuest } from '../guests.service.ts';
import type { RequestView } from '../present.ts';
import { getRequest } from '../requests.service.ts';
import { dirOf, q, StatusBadges } from './request-kit.tsx';

const idOf = (ctx: PageContext) => (ctx.req.params as { id: string }).id;

function ButtonForm(p: {
  i18n: I18n;
  action: string;
  csrf: string;
  form?: FormState;
  hidden: Record<string, string>;
  label: string;
}) {
  return (
    <>
      <ErrorSummary form={p.form} title={p.i18n.t('page.error.fields')} />
      <Form action={p.action} csrf={p.csrf}>
        {Object.entries(p.hidden).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <button type="submit">{p.label}</button>
      </Form>
    </>
  );
}

export const confirmRequestPage: FormDef<{ token: string }> = {
  path: '/requests/confirm',
  section: 'requests',
  rateLimit: 'auth',
  load: async (ctx) => ({ token: q(ctx, 'token').slice(0, 200) }),
  title: (_d, { i18n }) => i18n.t('requests.confirm.title'),
  async submit(ctx, body) {
    const r = await confirmAnonymousRequest(ctx.svc, body.token);
    return { redirect: `/requests/${r.id}`, notice: 'requests.notice.confirmed' };
  },
  view(d, { i18n, csrf, form }) {
    const { t, locale } = i18n;
    return (
      <div>
        <h1>{t('requests.confirm.title')}</h1>
        <p class="lead">{t('requests.confirm.lead')}</p>
        <ButtonForm
          i18n={i18n}
          action={`/${locale}/requests/confirm`}
          csrf={csrf}
          form={form}
          hidden={{ token: form?.values.token ?? d.token }}
          label={t('requests.confirm.submit')}
        />
      </div>
    );
  },
};

interface GuestData {
  request: RequestView;
  signature: string;
}

const guestPage = (
  action: 'withdraw' | 'unsubscribe',
  run: (ctx: PageContext, signature: string) => Promise<unknown>,
): FormDef<GuestData> => ({
  path: `/requests/:id/${action}`,
  section: 'requests',
  rateLimit: 'auth',
  load: async (ctx) => ({
    request: await getRequest(ctx.svc, idOf(ctx)),
    signature: q(ctx, 's').slice(0, 100),
  }),
  title: (_d, { i18n }) =>
    i18n.t(action === 'withdraw' ? 'requests.guest.withdraw_title' : 'requests.guest.unsubscribe_title'),
  async submit(ctx, body) {
    await run(ctx, body.s ?? '');
    return {
      redirect: `/requests/${idOf(ctx)}`,
      notice: action === 'withdraw' ? 'requests.notice.withdrawn' : 'requests.notice.unsubscribed',
    };
  },
  view(d, { i18n, csrf, form }) {
    const { t, locale } = i18n;
    const r = d.request;
    return (
      <div>
        <h1>
          {t(action === 'withdraw' ? 'requests.guest.withdraw_title' : 'requests.guest.unsubscribe_title')}
        </h1>
        <p>
          <a href={`/${locale}/requests/${r.id}`} lang={r.locale} dir={dirOf(r.locale)}>
            {r.title}
          </a>{' '}
          <StatusBadges r={r} i18n={i18n} />
        </p>
        {action === 'withdraw' && <p class="lead">{t('requests.guest.withdraw_lead')}</p>}
        <ButtonForm
          i18n={i18n}
          action={`/${locale}/requests/${r.id}/${action}`}
          csrf={csrf}
          form={form}
          hidden={{ s: form?.values.s ?? d.signature }}
          label={t(
            action === 'withdraw' ? 'requests.guest.withdraw_submit' : 'requests.guest.unsubscribe_submit',
          )}
        />
      </div>
    );
  },
});

export const guestWithdrawPage = guestPage('withdraw', (ctx, s) =>
  withdrawAsGuest(ctx.svc, idOf(ctx), { signature: s }),
);
export const guestUnsubscribePage = guestPage('unsubscribe', (ctx, s) =>
  unsubscribeGuest(ctx.svc, idOf(ctx), { signature: s }),
);
