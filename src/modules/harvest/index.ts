// Harvesting (CKAN, data.json; DCAT behind its driver interface), scheduled resource refreshes, safe fetching.
export { queueDueHarvests } from './due.ts';
export { fetchBytes, fetchJson, isNonPublicAddress, openUrl } from './fetch.ts';
export { assertLocallyEditable, harvesterActor, harvestOrigin } from './guard.ts';
export { harvestRoutes } from './harvest.routes.ts';
export { registerHarvestPages } from './pages/harvest-pages.ts';
export { onResourceRefreshed } from './refresh.ts';
export { executeRun, harvestJobs } from './run.ts';
export * as harvestSources from './sources.service.ts';
