// The source language. fr.ts and ar.ts are typed against this object: a missing key fails `tsc`.
// Placeholders: {name}; counts: {n, plural, one {# dataset} other {# datasets}} (ICU subset, see i18n/index.ts:
// formatMessage; Arabic uses zero/one/two/few/many/other). Keep keys grouped by prefix; `error.<code>` and
// `field.<reason>` are checked by tests.
import { accountsEn } from './accounts.ts';
import { adminMembersEn } from './admin-members.ts';
import { adminPagesEn } from './admin-pages.ts';
import { apidocEn } from './apidoc.ts';
import { authPagesEn } from './auth-pages.ts';
import { catalogEn } from './catalog.ts';
import { catalogManageEn } from './catalog-manage.ts';
import { catalogPagesEn } from './catalog-pages.ts';
import { ckanEn } from './ckan.ts';
import { datastoreEn } from './datastore.ts';
import { datastoreKeysEn } from './datastore-keys.ts';
import { datastoreQueryEn } from './datastore-query.ts';
import { dcatEn } from './dcat.ts';
import { filesEn } from './files.ts';
import { harvestEn } from './harvest.ts';
import { refreshEn } from './harvest-refresh.ts';
import { inventoryEn } from './inventory.ts';
import { plansEn } from './plans.ts';
import { plansGovEn } from './plans-gov.ts';
import { plansImportEn } from './plans-import.ts';
import { plansManageEn } from './plans-manage.ts';
import { plansReportEn } from './plans-report.ts';
import { requestsEn } from './requests.ts';
import { requestsMoreEn } from './requests-more.ts';
import { searchEn } from './search.ts';
import { themesAdminEn } from './themes-admin.ts';

export const en = {
  ...accountsEn,
  ...catalogManageEn,
  ...catalogEn,
  ...catalogPagesEn,
  ...filesEn,
  ...ckanEn,
  ...datastoreQueryEn,
  ...apidocEn,
  ...searchEn,
  ...dcatEn,
  ...datastoreEn,
  ...datastoreKeysEn,
  ...plansEn,
  ...plansGovEn,
  ...plansReportEn,
  ...plansManageEn,
  ...plansImportEn,
  ...requestsEn,
  ...inventoryEn,
  ...requestsMoreEn,
  ...harvestEn,
  ...refreshEn,
  ...themesAdminEn,
  ...authPagesEn,
  ...adminPagesEn,
  ...adminMembersEn,
  'site.name': 'Shafaf',
  'site.tagline': 'Open data and open government',
  'site.description':
    'The national portal for open public data and for following the open government action plan.',

  'nav.skip': 'Skip to main content',
  'nav.main': 'Main',
  'nav.home': 'Home',
  'nav.datasets': 'Datasets',
  'nav.organizations': 'Organisations',
  'nav.themes': 'Themes',
  'nav.requests': 'Data requests',
  'nav.opengov': 'Open government',
  'nav.about': 'About',
  'nav.languages': 'Language',
  'nav.menu': 'Menu',

  'search.label': 'Search datasets',
  'search.placeholder': 'Search datasets, producers, themes…',
  'search.submit': 'Search',

  'home.title': 'Open public data',
  'home.lead':
    'Find, preview, download and query the data published by public institutions, ask for data that is not yet published, and follow the open government action plan.',
  'home.explore': 'Explore',
  'home.cards.datasets': 'Find and download datasets from every producer.',
  'home.cards.organizations': 'The ministries, agencies and local governments that publish data.',
  'home.cards.themes': 'Data grouped by theme: finance, health, education and more.',
  'home.cards.requests': 'Ask for public data that is not published yet and follow the answer.',
  'home.cards.opengov': 'Commitments of the action plan and their progress.',
  'home.api.title': 'For developers',
  'home.api.text':
    'Every page is also available as JSON: add .json to its address. The portal speaks the CKAN API.',

  'about.title': 'About this portal',
  'about.text':
    'This portal publishes the open data of public institutions and follows the open government programme. It is built with Shafaf, free and open-source software.',
  'about.languages': 'The portal is available in Arabic, French and English.',
  'about.json': 'Machine-readable version of this page',

  'footer.text': 'Public data, open to all.',
  'footer.software': 'Powered by Shafaf, open-source software.',
  'footer.json': 'This page as JSON',

  'page.not_found.title': 'Page not found',
  'page.not_found.text': 'The page you asked for does not exist or has moved.',
  'page.error.title': 'Something went wrong',
  'page.error.text': 'An unexpected error occurred. It has been recorded; please try again later.',
  'page.error.reference': 'Reference: {id}',
  'page.error.home': 'Back to the home page',
  'page.error.fields': 'Please correct the following:',

  'jobs.status.queued': 'Waiting',
  'jobs.status.running': 'In progress',
  'jobs.status.done': 'Done',
  'jobs.status.dead': 'Failed',
  'jobs.progress': 'Progress: {done} of {total}',

  'error.http.bad_request': 'The request is not valid.',
  'error.http.validation': 'Some fields are not valid.',
  'error.http.not_found': 'Not found.',
  'error.http.method_not_allowed': 'This method is not allowed here.',
  'error.http.payload_too_large': 'The request is too large.',
  'error.http.unsupported_media_type': 'This content type is not supported.',
  'error.http.rate_limited': 'Too many requests. Please wait a moment and try again.',
  'error.http.internal': 'An unexpected error occurred.',
  'error.http.unavailable': 'The service is temporarily unavailable.',
  'error.auth.unauthenticated': 'You need to sign in to do this.',
  'error.auth.forbidden': 'You are not allowed to do this.',
  'error.jobs.unknown_kind': 'Unknown job kind: {kind}.',
  'error.jobs.not_found': 'No job with id {id}.',

  'field.required': 'This field is required.',
  'field.too_short': 'Must be at least {min, plural, one {# character} other {# characters}}.',
  'field.too_long': 'Must be at most {max, plural, one {# character} other {# characters}}.',
  'field.invalid_format': 'The format is not valid.',
  'field.unsafe_html':
    'Scripts, frames, forms and event attributes are not allowed: write the text in Markdown.',
  'field.invalid_value': 'This value is not allowed.',
  'field.too_small': 'Must be at least {min}.',
  'field.too_large': 'Must be at most {max}.',
  'field.not_unique': 'This value is already taken.',
  'field.unknown_field': 'This field is not expected.',
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
