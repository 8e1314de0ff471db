// Registers the data request pages: list, statistics, queue, the request form, one request and its actions.
import type { FastifyInstance } from 'fastify';
import { type PageOptions, registerForm, registerPage } from '../../../web/page.ts';
import { requestFeedRoutes } from './request-feed.ts';
import { confirmRequestPage, guestUnsubscribePage, guestWithdrawPage } from './request-guest.tsx';
import { requestStatsPage, requestsPage } from './request-list.tsx';
import { newRequestPage } from './request-new.tsx';
import { requestActions, requestPage } from './request-page.tsx';
import { requestQueuePage } from './request-queue.tsx';

export function registerRequestPages(app: FastifyInstance, options: PageOptions): void {
  requestFeedRoutes(app, options);
  registerPage(app, requestsPage, options);
  registerPage(app, requestStatsPage, options);
  registerPage(app, requestQueuePage, options);
  registerForm(app, newRequestPage, options);
  registerForm(app, confirmRequestPage, options);
  registerForm(app, guestWithdrawPage, options);
  registerForm(app, guestUnsubscribePage, options);
  registerPage(app, requestPage as Parameters<typeof registerPage>[1], options);
  for (const a of requestActions) registerForm(app, a, options, { postOnly: true });
}
