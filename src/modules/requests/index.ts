export { resourceOf as requestResource } from './access.ts';
export { registerRequestPages } from './pages/request-pages.ts';
export { requestsRoutes } from './requests.routes.ts';
export { loadRequest } from './requests.service.ts';
export { record as recordRequestEvent } from './transitions.service.ts';
