// Registers the public plan pages (each with its JSON twin) and the project leads' forms.
import type { FastifyInstance } from 'fastify';
import { type PageOptions, registerForm, registerPage } from '../../../web/page.ts';
import { blockerPage, blockersPage, raiseBlockerPage } from './blocker-pages.tsx';
import { dashboardPage, progressPage } from './dashboard-pages.tsx';
import { reportPage, weightsPage } from './manage-activities.tsx';
import { editMeetingPage, newMeetingPage } from './meeting-form.tsx';
import { meetingPage, meetingsPage } from './meeting-pages.tsx';
import { commitmentPage } from './public-commitment.tsx';
import { planPage, plansPage } from './public-plans.tsx';

export function registerPlanPages(app: FastifyInstance, options: PageOptions): void {
  for (const page of [
    plansPage,
    planPage,
    commitmentPage,
    blockersPage,
    meetingsPage,
    dashboardPage,
    progressPage,
  ])
    registerPage(app, page as Parameters<typeof registerPage>[1], options);
  for (const form of [
    reportPage,
    weightsPage,
    blockerPage,
    raiseBlockerPage,
    meetingPage,
    newMeetingPage,
    editMeetingPage,
  ])
    registerForm(app, form as Parameters<typeof registerForm>[1], options);
}
