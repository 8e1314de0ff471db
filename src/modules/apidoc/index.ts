// The REST API's description: OpenAPI 3.1 document from TypeBox schemas.

export { apidocRoutes } from './apidoc.routes.ts';
export { operations } from './operations.ts';
export { apiPage } from './pages/api-page.tsx';
export { components } from './schemas.ts';
