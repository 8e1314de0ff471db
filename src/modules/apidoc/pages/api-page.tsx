// /<lang>/api: how to use the two APIs, with every REST operation and every CKAN action (paths are code,
// shown left-to-right in every language).

import { actions } from '../../../api/ckan/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import type { PageDef } from '../../../web/page.ts';
import { type Operation, operations } from '../operations.ts';

interface ApiPageData {
  title: string;
  intro: string;
  auth: string;
  openapi: { label: string; href: string };
  rest: {
    title: string;
    groups: { tag: string; title: string; operations: { method: string; path: string }[] }[];
  };
  ckan: { title: string; text: string; actionsTitle: string; base: string; actions: string[] };
}

const tags: readonly Operation['tag'][] = [
  'datasets',
  'resources',
  'themes',
  'reference',
  'organizations',
  'accounts',
  'api',
];

export const apiPage: PageDef<ApiPageData> = {
  path: '/api',
  load: ({ i18n: { t } }) => ({
    title: t('apidoc.title'),
    intro: t('apidoc.intro'),
    auth: t('apidoc.auth'),
    openapi: { label: t('apidoc.openapi'), href: '/api/v1/openapi.json' },
    rest: {
      title: t('apidoc.rest.title'),
      groups: tags.map((tag) => ({
        tag,
        title: t(`apidoc.tag.${tag}` as MessageKey),
        operations: operations
          .filter((o) => o.tag === tag)
          .map((o) => ({ method: o.method.toUpperCase(), path: o.path })),
      })),
    },
    ckan: {
      title: t('apidoc.ckan.title'),
      text: t('apidoc.ckan.text'),
      actionsTitle: t('apidoc.ckan.actions'),
      base: '/api/3/action/',
      actions: Object.keys(actions).sort(),
    },
  }),
  title: (data) => data.title,
  view: (data) => (
    <article class="prose">
      <h1>{data.title}</h1>
      <p>{data.intro}</p>
      <p>{data.auth}</p>
      <p>
        <a href={data.openapi.href}>{data.openapi.label}</a>
      </p>
      <h2>{data.rest.title}</h2>
      {data.rest.groups.map((g) => (
        <section key={g.tag} aria-labelledby={`api-${g.tag}`}>
          <h3 id={`api-${g.tag}`}>{g.title}</h3>
          <ul>
            {g.operations.map((o) => (
              <li key={`${o.method} ${o.path}`}>
                <code dir="ltr">
                  {o.method} {o.path}
                </code>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2>{data.ckan.title}</h2>
      <p>{data.ckan.text}</p>
      <h3>{data.ckan.actionsTitle}</h3>
      <ul>
        {data.ckan.actions.map((a) => (
          <li key={a}>
            <code dir="ltr">
              {data.ckan.base}
              {a}
            </code>
          </li>
        ))}
      </ul>
    </article>
  ),
};
