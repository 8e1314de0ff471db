// Registers the inventory pages: national view, an organisation's inventory, one item and its actions, the
// item forms (new, edit, from a data request) and the import page.
import type { FastifyInstance } from 'fastify';
import { type PageOptions, registerForm, registerPage } from '../../../web/page.ts';
import { convertRequestPage, editItemPage, newItemPage } from './inventory-form.tsx';
import { registerImportPage } from './inventory-import.tsx';
import { itemActions, itemPage } from './inventory-item.tsx';
import { nationalInventoryPage, orgInventoryPage } from './inventory-list.tsx';

export function registerInventoryPages(app: FastifyInstance, options: PageOptions): void {
  registerPage(app, nationalInventoryPage, options);
  registerPage(app, orgInventoryPage, options);
  registerForm(app, newItemPage, options);
  registerImportPage(app, options);
  registerPage(app, itemPage as Parameters<typeof registerPage>[1], options);
  registerForm(app, editItemPage, options);
  registerForm(app, convertRequestPage, options);
  for (const a of itemActions) registerForm(app, a, options, { postOnly: true });
}
