// Registers the harvest back-office pages and the scheduled refresh of a resource (each with its JSON twin), and
// the public refresh section of the resource page.
import type { FastifyInstance } from 'fastify';
import { type PageOptions, registerForm, registerPage } from '../../../web/page.ts';
import { addResourceSection } from '../../catalog/index.ts';
import { refreshNowPage, refreshPage, refreshRemovePage } from './refresh-pages.tsx';
import { refreshSection } from './refresh-section.tsx';
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
  registerForm(app, refreshPage, options);
  registerForm(app, refreshRemovePage, options, { postOnly: true });
  registerForm(app, refreshNowPage, options, { postOnly: true });
  addResourceSection(refreshSection);
}
