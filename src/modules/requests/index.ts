export { registerRequestPages } from './pages/request-pages.ts';
export { requestsRoutes } from './requests.routes.ts';
