// Registers the public plan pages (each with its JSON twin) and the project leads' forms.
import type { FastifyInstance } from 'fastify';
import { type PageOptions, registerForm, registerPage } from '../../../web/page.ts';
import { reportPage, weightsPage } from './manage-activities.tsx';
import { editActivityPage, newActivityPage, removeActivityPage } from './manage-activity.tsx';
import { editCommitmentPage, newCommitmentPage } from './manage-commitment.tsx';
import { addMemberForm, docsPage, removeDocumentForm, removeMemberForm } from './manage-docs.tsx';
import { registerImportPage } from './manage-import.tsx';
import { editPlanPage, managePlansPage, newPlanPage } from './manage-plan.tsx';
import { commitmentPage } from './public-commitment.tsx';
import { planPage, plansPage } from './public-plans.tsx';
import { registerReportRoute } from './report-route.ts';

export function registerPlanPages(app: FastifyInstance, options: PageOptions): void {
  for (const page of [plansPage, planPage, commitmentPage, managePlansPage])
    registerPage(app, page as Parameters<typeof registerPage>[1], options);
  for (const form of [
    reportPage,
    weightsPage,
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
