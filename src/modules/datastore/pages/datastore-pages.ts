// Registers the DataStore pages: the section of the resource page, the validation report (with its JSON twin),
// the data dictionary form and the "load again" button.
import type { FastifyInstance } from 'fastify';
import { type PageOptions, registerForm, registerPage } from '../../../web/page.ts';
import { addResourceSection } from '../../catalog/index.ts';
import { dictionaryPage, reingestForm } from './dictionary-page.tsx';
import { reportPage } from './report-page.tsx';
import { tableSection } from './table-section.tsx';

export function registerDatastorePages(app: FastifyInstance, options: PageOptions): void {
  addResourceSection(tableSection);
  registerPage(app, reportPage, options);
  registerForm(app, dictionaryPage, options);
  registerForm(app, reingestForm, options, { postOnly: true });
}
