import type { PageDef } from '../page.ts';

interface AboutData {
  title: string;
  text: string;
  languages: string;
}

export const aboutPage: PageDef<AboutData> = {
  path: '/about',
  section: 'about',
  load: ({ i18n: { t } }) => ({
    title: t('about.title'),
    text: t('about.text'),
    languages: t('about.languages'),
  }),
  title: (data) => data.title,
  view: (data) => (
    <article class="prose">
      <h1>{data.title}</h1>
      <p>{data.text}</p>
      <p>{data.languages}</p>
    </article>
  ),
};
