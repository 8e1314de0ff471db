// Registers the public plan pages (each with its JSON twin) and the project leads' forms.
import type { FastifyInstance } from 'fastify';
import { type PageOptions, registerForm, registerPage } from '../../../web/page.ts';
import { blockerPage, blockersPage, raiseBlockerPage } from './blocker-pages.tsx';
import { dashboardPage, progressPage } from './dashboard-pages.tsx';
import { reportPage, weightsPage } from './manage-activities.tsx';
import { editActivityPage, newActivityPage, removeActivityPage } from './manage-activity.tsx';
import { editCommitmentPage, newCommitmentPage } from './manage-commitment.tsx';
import { addMemberForm, docsPage, removeDocumentForm, removeMemberForm } from './manage-docs.tsx';
import { registerImportPage } from './manage-import.tsx';
import { editPlanPage, managePlansPage, newPlanPage } from './manage-plan.tsx';
import { editMeetingPage, newMeetingPage } from './meeting-form.tsx';
import { meetingPage, meetingsPage } from './meeting-pages.tsx';
import { commitmentPage } from './public-commitment.tsx';
import { planPage, plansPage } from './public-plans.tsx';
import { registerReportRoute } from './report-route.ts';

export function registerPlanPages(app: FastifyInstance, options: PageOptions): void {
  for (const page of [
    plansPage,
    planPage,
    commitmentPage,
    blockersPage,
    meetingsPage,
    dashboardPage,
    progressPage,
    managePlansPage,
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
    newPlanPage,
    editPlanPage,
    newCommitmentPage,
    editCommitmentPage,
    newActivityPage,
    editActivityPage,
    removeActivityPage,
    docsPage,
  ])
    registerForm(app, form as Parameters<typeof registerForm>[1], options);
  for (const form of [addMemberForm, removeDocumentForm, removeMemberForm])
    registerForm(app, form as Parameters<typeof registerForm>[1], options, { postOnly: true });
  registerReportRoute(app, options);
  registerImportPage(app, options);
}
