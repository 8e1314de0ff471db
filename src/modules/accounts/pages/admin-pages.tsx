// Administration pages: users and roles, organisations and members, membership requests, audit log.
import type { FastifyInstance } from 'fastify';
import type { PageOptions } from '../../../web/page.ts';

export function registerAdminPages(_app: FastifyInstance, _options: PageOptions): void {}
