// Every HTML page has a JSON twin: the same path with `.json` appended (`/ar/about` → `/ar/about.json`,
// `/ar/` → `/ar.json`). The server rewrites the twin's URL to the page's and marks the request, so each
// page is registered once and its loader's output is the JSON.
import type { IncomingMessage } from 'node:http';

const jsonRequests = new WeakSet<IncomingMessage>();

/** Paths that end in .json but are resources of their own, not twins. */
const notTwins = [/^\/api\//, /^\/data\.json$/, /^\/assets\//];

export function rewriteJsonTwin(raw: IncomingMessage): string {
  const url = raw.url ?? '/';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  if (!path.endsWith('.json') || notTwins.some((re) => re.test(path))) return url;
  let page = path.slice(0, -'.json'.length);
  if (/^\/[a-z]{2}$/.test(page)) page += '/';
  if (page === '' || page.endsWith('/.')) return url;
  jsonRequests.add(raw);
  return page + (q === -1 ? '' : url.slice(q));
}

export const isJsonTwin = (raw: IncomingMessage): boolean => jsonRequests.has(raw);

/** The twin URL of a page (its query kept, so a filtered list's twin is filtered alike). */
export function twinPath(url: string): string {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const query = q === -1 ? '' : url.slice(q);
  return `${path.endsWith('/') && path.length > 1 ? path.slice(0, -1) : path}.json${query}`;
}
