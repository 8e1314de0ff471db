// Sign-in, sign-up, e-mail verification, password reset, sign-out, invitations; the user's own account pages.
import type { FastifyInstance } from 'fastify';
import type { PageOptions } from '../../../web/page.ts';

export function registerAuthPages(_app: FastifyInstance, _options: PageOptions): void {}
