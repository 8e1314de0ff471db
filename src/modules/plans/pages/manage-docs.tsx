// The plan managers' page of a plan's documents (title and link) and team members (name, role, institution):
// two add forms and a remove button per item, on one page; plain forms that work without JavaScript. Also the
// read-only lists shown on the public plan page.
import type { I18n } from '../../../i18n/index.ts';
import { ActionButton, ErrorSummary, Field, Form } from '../../../web/components/form.tsx';
import type { FormDef, PageContext } from '../../../web/page.ts';
import * as docs from '../plan-docs.service.ts';
import * as plans from '../plans.service.ts';
import { Tr, text } from './kit.tsx';
import { LangFieldsets, perLang, requireManager } from './manage-kit.tsx';

type Data = Awaited<ReturnType<typeof plans.getPlan>>;
const slugOf = (ctx: PageContext) => (ctx.req.params as { slug: string }).slug;
const back = (ctx: PageContext) => `/manage/plans/${slugOf(ctx)}/documents`;

/** The documents and team of a plan (public plan page and this page). */
export function DocsAndTeam({ i18n, data }: { i18n: I18n; data: Pick<Data, 'documents' | 'team'> }) {
  const { t } = i18n;
  return (
    <>
      <h2 id="documents">{t('plans.docs.documents')}</h2>
      {data.documents.length === 0 ? (
        <p class="muted">{t('plans.docs.noDocuments')}</p>
      ) : (
        <ul>
          {data.documents.map((d) => (
            <li key={d.id}>
              <a href={d.url}>
                <Tr value={d.title} i18n={i18n} />
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2 id="team">{t('plans.docs.team')}</h2>
      {data.team.length === 0 ? (
        <p class="muted">{t('plans.docs.noTeam')}</p>
      ) : (
        <ul>
          {data.team.map((m) => (
            <li key={m.id}>
              {m.name}
              {text(m.role, i18n) && (
                <>
                  {t('plans.colon')}
                  <Tr value={m.role} i18n={i18n} />
                </>
              )}
              {text(m.institution, i18n) && (
                <>
                  {' '}
                  (<Tr value={m.institution} i18n={i18n} />)
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const base: Omit<FormDef<Data>, 'path' | 'submit'> = {
  section: 'opengov',
  signedIn: true,
  async load(ctx) {
    requireManager(ctx);
    return plans.getPlan(ctx.svc, slugOf(ctx));
  },
  title: (d, { i18n }) => `${i18n.t('plans.docs.title')}${i18n.t('plans.colon')}${text(d.plan.title, i18n)}`,
  view(d, ctx) {
    const { t, locale } = ctx.i18n;
    const url = `/${locale}/manage/plans/${d.plan.slug}`;
    return (
      <>
        <p>
          <a href={url}>
            <Tr value={d.plan.title} i18n={ctx.i18n} />
          </a>
        </p>
        <h1>{t('plans.docs.title')}</h1>
        <ErrorSummary form={ctx.form} title={t('page.error.fields')} />
        <DocsAndTeam i18n={ctx.i18n} data={d} />
        {d.documents.map((doc) => (
          <ActionButton
            key={doc.id}
            action={`${url}/documents/${doc.id}/remove`}
            csrf={ctx.csrf}
            label={t('plans.docs.removeDocument', { title: text(doc.title, ctx.i18n) })}
            danger
          />
        ))}
        {d.team.map((m) => (
          <ActionButton
            key={m.id}
            action={`${url}/members/${m.id}/remove`}
            csrf={ctx.csrf}
            label={t('plans.docs.removeMember', { name: m.name })}
            danger
          />
        ))}
        <h2 id="add-document">{t('plans.docs.addDocument')}</h2>
        <Form action={`${url}/documents`} csrf={ctx.csrf} class="form">
          <LangFieldsets ctx={ctx} fields={[{ name: 'title', label: t('plans.manage.planTitle') }]} />
          <Field
            name="url"
            type="url"
            dir="ltr"
            label={t('plans.form.evidence.url')}
            required
            form={ctx.form}
          />
          <button type="submit">{t('plans.docs.addDocument')}</button>
        </Form>
        <h2 id="add-member">{t('plans.docs.addMember')}</h2>
        <Form action={`${url}/members`} csrf={ctx.csrf} class="form">
          <Field name="name" label={t('plans.docs.name')} required form={ctx.form} />
          <LangFieldsets
            ctx={ctx}
            fields={[
              { name: 'role', label: t('plans.docs.role') },
              { name: 'institution', label: t('plans.docs.institution') },
            ]}
          />
          <button type="submit">{t('plans.docs.addMember')}</button>
        </Form>
      </>
    );
  },
};

export const docsPage: FormDef<Data> = {
  ...base,
  path: '/manage/plans/:slug/documents',
  async submit(ctx, v) {
    await docs.addDocument(ctx.svc, slugOf(ctx), { title: perLang(v, 'title'), url: v.url });
    return { redirect: back(ctx), notice: 'plans.notice.saved' };
  },
};

export const addMemberForm: FormDef<Data> = {
  ...base,
  path: '/manage/plans/:slug/members',
  async submit(ctx, v) {
    await docs.addMember(ctx.svc, slugOf(ctx), {
      name: v.name,
      role: perLang(v, 'role'),
      institution: perLang(v, 'institution'),
    });
    return { redirect: back(ctx), notice: 'plans.notice.saved' };
  },
};

const remover = (kind: 'document' | 'member'): FormDef<Data> => ({
  ...base,
  path: `/manage/plans/:slug/${kind}s/:id/remove`,
  async submit(ctx) {
    await docs.removeItem(ctx.svc, slugOf(ctx), kind, (ctx.req.params as { id: string }).id);
    return { redirect: back(ctx), notice: 'plans.notice.saved' };
  },
});

export const removeDocumentForm = remover('document');
export const removeMemberForm = remover('member');
