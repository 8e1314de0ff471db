// Site-level actions: status_show, site_read, license_list, tag_list.
import { translate } from '../../../i18n/index.ts';
import { licenses, tagsService } from '../../../modules/catalog/index.ts';
import { licenseDict, tagDict } from '../dicts.ts';
import { bool, int, read, text } from '../params.ts';
import type { ActionTable } from './types.ts';

/** The CKAN version whose Action API this one follows (clients test it to choose features). */
export const CKAN_API_VERSION = '2.10.0';

export const siteActions: ActionTable = {
  status_show: {
    write: false,
    help: 'The site title, address, default language and the CKAN version whose API is followed.',
    run: async ({ ctx }) => ({
      site_title: ctx.config.SITE_NAME || translate(ctx.locale, 'site.name'),
      site_url: ctx.config.BASE_URL.replace(/\/+$/, ''),
      site_description: translate(ctx.locale, 'site.description'),
      error_emails_to: null,
      locale_default: ctx.config.DEFAULT_LOCALE,
      ckan_version: CKAN_API_VERSION,
      extensions: ['fluent', 'scheming_datasets'],
    }),
  },
  site_read: {
    write: false,
    help: 'True: the caller may read the site.',
    run: async () => true,
  },
  license_list: {
    write: false,
    help: 'The licences a dataset may have.',
    run: async ({ dict }) => licenses.map((l) => licenseDict(l, dict)),
  },
  tag_list: {
    write: false,
    help: 'Tags of the datasets the caller may see: query (part of the name), all_fields, limit, offset.',
    run: async ({ ctx, params }) => {
      const p = read((f) => ({
        q: text(f, params, 'query', { max: 100 }) || text(f, params, 'q', { max: 100 }),
        allFields: bool(f, params, 'all_fields', false),
        limit: int(f, params, 'limit', { fallback: 1000, min: 1, max: 1000, clamp: true }),
        offset: int(f, params, 'offset', { fallback: 0, min: 0 }),
      }));
      const rows = await tagsService.listTags(ctx, { q: p.q, limit: p.limit, offset: p.offset });
      return p.allFields
        ? rows.map((r) => ({ ...tagDict(r.tag), package_count: r.count }))
        : rows.map((r) => r.tag);
    },
  },
};
