// Plans: open government action plans and other strategies: commitments, activities, weights, progress reports.

export * as activitiesService from './activities.service.ts';
export * as commitmentsService from './commitments.service.ts';
export { registerPlanPages } from './pages/plan-pages.ts';
export { plansRoutes } from './plans.routes.ts';
export * as plansService from './plans.service.ts';
