// The public data inventory: items per organisation, prioritisation, import/export, request conversion.
export { inventoryRoutes } from './inventory.routes.ts';
export { registerInventoryPages } from './pages/inventory-pages.ts';
