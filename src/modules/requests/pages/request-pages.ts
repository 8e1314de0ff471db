// Registers the data request pages (filled in below).
import type { FastifyInstance } from 'fastify';
import type { PageOptions } from '../../../web/page.ts';

export function registerRequestPages(_app: FastifyInstance, _options: PageOptions): void {}
