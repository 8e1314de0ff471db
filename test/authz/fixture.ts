import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { hashToken, newSecret } from '../../src/modules/accounts/secrets.ts';
import type { TestDb } from '../db.ts';
import { addMember, createOrg, createUser } from '../session.ts';
import type { Fixture, Role } from './matrix.ts';

export async function buildFixture(app: FastifyInstance, db: TestDb): Promise<Fixture> {
  const unique = (prefix: string) => `${prefix}-${randomBytes(5).toString('hex')}`;
  const password = 'matrix-password-1';
  const user = (role: string) => createUser(db, { email: `${unique(role)}@example.ma`, password });
  const orgA = await createOrg(db, unique('org-a'));
  const orgB = await createOrg(db, unique('org-b'));
  const users = {
    user: await user('user'),
    member: await user('member'),
    editor: await user('editor'),
    admin: await user('admin'),
    otherAdmin: await user('other-admin'),
    sysadmin: await createUser(db, { email: `${unique('sysadmin')}@example.ma`, password, sysadmin: true }),
  } satisfies Record<Exclude<Role, 'anonymous'>, unknown>;
  await addMember(db, orgA.id, users.member.id, 'member');
  await addMember(db, orgA.id, users.editor.id, 'editor');
  await addMember(db, orgA.id, users.admin.id, 'admin');
  await addMember(db, orgB.id, users.otherAdmin.id, 'admin');
  return {
    app,
    db,
    orgA,
    orgB,
    users,
    password,
    unique,
    newUser: () => user('fresh'),
    async newOrgOfA() {
      const org = await createOrg(db, unique('org-x'));
      await addMember(db, org.id, users.admin.id, 'admin');
      return org;
    },
    async newMemberOfA() {
      const u = await user('fresh-member');
      await addMember(db, orgA.id, u.id, 'member');
      return u;
    },
    async newRequestForA() {
      const u = await user('requester');
      const id = crypto.randomUUID();
      await db.db
        .insertInto('membership_requests')
        .values({
          id,
          organization_id: orgA.id,
          user_id: u.id,
          message: '',
          state: 'pending',
          decided_by: null,
          decided_at: null,
          created_at: new Date().toISOString(),
        })
        .execute();
      return id;
    },
    async newToken(userId: string) {
      const id = crypto.randomUUID();
      await db.db
        .insertInto('api_tokens')
        .values({
          id,
          user_id: userId,
          name: unique('token'),
          token_hash: hashToken(newSecret('shf_')),
          created_at: new Date().toISOString(),
          expires_at: null,
          last_used_at: null,
          revoked_at: null,
        })
        .execute();
      return id;
    },
  };
}
