// Registers the harvest back-office pages (each with its JSON twin).
import type { FastifyInstance } from 'fastify';
import { type PageOptions, registerForm, registerPage } from '../../../web/page.ts';
import {
  cancelRunPage,
  newSourcePage,
  runNowPage,
  runPage,
  sourcePage,
  sourcesPage,
} from './sources-pages.tsx';

export function registerHarvestPages(app: FastifyInstance, options: PageOptions): void {
  registerPage(app, sourcesPage, options);
  registerForm(app, newSourcePage, options);
  registerPage(app, runPage, options);
  registerForm(app, runNowPage, options, { postOnly: true });
  registerForm(app, cancelRunPage, options, { postOnly: true });
  registerForm(app, sourcePage, options);
}
