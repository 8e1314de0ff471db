// Fresh data requests for the authorization matrix, inserted directly (each request consumes its own).
import type { RequestStatus } from '../../src/db/tables/requests.ts';
import type { Fixture } from './matrix.ts';

/** A request of a fresh citizen, routed to organisation A (or in `status`, unrouted when submitted). */
export async function newRequestOfA(fx: Fixture, status: RequestStatus = 'routed'): Promise<string> {
  const requester = await fx.newUser();
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await fx.db.db
    .insertInto('data_requests')
    .values({
      id,
      title: fx.unique('request'),
      description: 'Some data that is not published yet.',
      purpose: 'Research.',
      locale: 'fr',
      requester_id: requester.id,
      organization_id: status === 'submitted' ? null : fx.orgA.id,
      preferred_format: null,
      topic: null,
      status,
      routed_at: status === 'submitted' ? null : now,
      due_date: status === 'submitted' ? null : '2099-01-01',
      extended: 0,
      extension_reason: null,
      planned_date: null,
      refusal_reason: null,
      refusal_justification: null,
      answered_at: null,
      inventory_item_id: null,
      vote_count: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** A pending comment of a fresh user on a fresh request routed to A; returns both ids. */
export async function newPendingComment(fx: Fixture): Promise<{ request: string; comment: string }> {
  const request = await newRequestOfA(fx);
  const author = await fx.newUser();
  const comment = crypto.randomUUID();
  await fx.db.db
    .insertInto('request_comments')
    .values({
      id: comment,
      request_id: request,
      author_id: author.id,
      body: 'A comment.',
      state: 'pending',
      decided_by: null,
      decided_at: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return { request, comment };
}
