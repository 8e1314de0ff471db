// <link rel="alternate"> to the DCAT-AP metadata of a page's subject (a dataset, the catalogue), in Turtle and
// JSON-LD, so that crawlers and harvesters find the machine-readable description from the HTML page.
import type { I18n } from '../../i18n/index.ts';

export function RdfAlternates({ i18n, path }: { i18n: I18n; path: string }) {
  return (
    <>
      <link rel="alternate" type="text/turtle" href={`${path}.ttl`} title={i18n.t('dcat.feed.turtle')} />
      <link
        rel="alternate"
        type="application/ld+json"
        href={`${path}.jsonld`}
        title={i18n.t('dcat.feed.jsonld')}
      />
    </>
  );
}
