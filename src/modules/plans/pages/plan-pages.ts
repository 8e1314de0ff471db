// Registers the public plan pages (each with its JSON twin).
import type { FastifyInstance } from 'fastify';
import { type PageOptions, registerPage } from '../../../web/page.ts';
import { commitmentPage } from './public-commitment.tsx';
import { planPage, plansPage } from './public-plans.tsx';

export function registerPlanPages(app: FastifyInstance, options: PageOptions): void {
  for (const page of [plansPage, planPage, commitmentPage])
    registerPage(app, page as Parameters<typeof registerPage>[1], options);
}
