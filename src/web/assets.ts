import { fileURLToPath } from 'node:url';

/** Folder of static files served under /assets/. */
export const assetsDir = fileURLToPath(new URL('./assets/', import.meta.url));
