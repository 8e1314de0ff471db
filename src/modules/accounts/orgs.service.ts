// Organisations (data producers) and their members: roles admin / editor / member, invitations, requests.
import type { ServiceContext } from '../../context.ts';
import type { OrganizationsTable, OrgRole } from '../../db/tables/accounts.ts';
import { type Locale, locales, translate } from '../../i18n/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { isoAfter, newId, nowIso } from '../../kernel/ids.ts';
import { Fields } from '../../kernel/validate.ts';
import { queueMail } from '../../mail/outbox.ts';
import { indexDatasetsOf } from '../search/index.ts';
import { audit } from './audit.ts';
import * as creds from './credentials.repo.ts';
import * as orgs from './orgs.repo.ts';
import { authorize, can } from './policy.ts';
import { hashToken, newSecret } from './secrets.ts';
import * as users from './users.repo.ts';

export const orgRoles: readonly OrgRole[] = ['admin', 'editor', 'member'];
export const orgKinds: readonly OrganizationsTable['kind'][] = [
  'ministry',
  'agency',
  'local_government',
  'other',
];
export const NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{1,99}$/;
const INVITE_TTL_MS = 14 * 86_400_000;

export type Translated = Partial<Record<Locale, string>>;

export interface OrgView {
  id: string;
  name: string;
  title: Translated;
  description: Translated;
  kind: OrganizationsTable['kind'];
  website: string | null;
  email: string | null;
  state: OrganizationsTable['state'];
  createdAt: string;
  updatedAt: string;
}

export const presentOrg = (o: orgs.OrgRow): OrgView => ({
  id: o.id,
  name: o.name,
  title: JSON.parse(o.title),
  description: JSON.parse(o.description),
  kind: o.kind,
  website: o.website,
  email: o.email,
  state: o.state,
  createdAt: o.created_at,
  updatedAt: o.updated_at,
});

/** The text in the wanted language, else the first other language that has one. */
export function pick(t: Translated, locale: Locale): string {
  return t[locale] || t.fr || t.ar || t.en || '';
}

function translated(f: Fields, name: string, value: unknown, max: number, required: boolean): Translated {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const out: Translated = {};
  for (const l of locales) {
    const s = f.text(`${name}.${l}`, v[l], { max });
    if (s) out[l] = s;
  }
  if (required && Object.keys(out).length === 0) f.add(name, 'required');
  return out;
}

export interface OrgInput {
  name?: unknown;
  title?: unknown;
  description?: unknown;
  kind?: unknown;
  website?: unknown;
  email?: unknown;
}

function checkOrg(input: OrgInput, creating: boolean) {
  const f = new Fields();
  const name = creating ? f.text('name', input.name, { max: 100, required: true }).toLowerCase() : '';
  if (creating && name && !NAME_PATTERN.test(name)) f.add('name', 'invalid_format');
  const title = translated(f, 'title', input.title, 200, true);
  const description = translated(f, 'description', input.description, 5000, false);
  const kind = f.oneOf('kind', input.kind, orgKinds, 'other');
  const website = f.text('website', input.website, { max: 500 });
  if (website && !/^https?:\/\/\S+$/.test(website)) f.add('website', 'invalid_format');
  const email = input.email ? f.email('email', input.email) : '';
  return { f, name, title, description, kind, website: website || null, email: email || null };
}

export async function createOrganization(ctx: ServiceContext, input: OrgInput): Promise<OrgView> {
  authorize(ctx.actor, 'organization:create', undefined);
  const { f, name, ...fields } = checkOrg(input, true);
  if (!f.has('name') && (await orgs.findOrgByName(ctx.db.db, name))) f.add('name', 'not_unique');
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const row = await orgs.insertOrg(tx, {
      id: newId(),
      name,
      title: JSON.stringify(fields.title),
      description: JSON.stringify(fields.description),
      kind: fields.kind,
      website: fields.website,
      email: fields.email,
      state: 'active',
    });
    await audit(ctx, tx, 'organization.created', { type: 'organization', id: row.id }, { name });
    return presentOrg(row);
  });
}

/** By name, or by id (CKAN clients give either). */
export async function getOrganization(ctx: ServiceContext, name: string): Promise<OrgView> {
  const row = (await orgs.findOrgByName(ctx.db.db, name)) ?? (await orgs.findOrgById(ctx.db.db, name));
  if (!row || (row.state === 'archived' && !ctx.actor.sysadmin))
    throw new AppError('accounts.organization_not_found', { name });
  return presentOrg(row);
}

export async function listOrganizations(ctx: ServiceContext, page: { limit: number; offset: number }) {
  const { total, rows } = await orgs.listOrgs(ctx.db.db, { includeArchived: ctx.actor.sysadmin, ...page });
  return { total, items: rows.map(presentOrg) };
}

export async function updateOrganization(
  ctx: ServiceContext,
  name: string,
  input: OrgInput,
): Promise<OrgView> {
  const current = await getOrganization(ctx, name);
  authorize(ctx.actor, 'organization:update', { organizationId: current.id });
  const { f, ...fields } = checkOrg(input, false);
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const row = await orgs.updateOrg(tx, current.id, {
      title: JSON.stringify(fields.title),
      description: JSON.stringify(fields.description),
      kind: fields.kind,
      website: fields.website,
      email: fields.email,
    });
    await audit(ctx, tx, 'organization.updated', { type: 'organization', id: row.id }, { name });
    if (row.title !== JSON.stringify(current.title))
      await indexDatasetsOf(tx, ctx.db.dialect, { organizationId: row.id });
    return presentOrg(row);
  });
}

export async function setOrganizationState(
  ctx: ServiceContext,
  name: string,
  state: 'active' | 'archived',
): Promise<OrgView> {
  const current = await getOrganization(ctx, name);
  authorize(ctx.actor, 'organization:archive', { organizationId: current.id });
  return ctx.db.db.transaction().execute(async (tx) => {
    const row = await orgs.updateOrg(tx, current.id, { state });
    await audit(ctx, tx, state === 'archived' ? 'organization.archived' : 'organization.restored', {
      type: 'organization',
      id: row.id,
    });
    return presentOrg(row);
  });
}

export async function listMembers(ctx: ServiceContext, name: string) {
  const org = await getOrganization(ctx, name);
  authorize(ctx.actor, 'member:list', { organizationId: org.id });
  const members = await orgs.listMembers(ctx.db.db, org.id);
  const requests = can(ctx.actor, 'membership:decide', { organizationId: org.id })
    ? await orgs.listMembershipRequests(ctx.db.db, org.id)
    : [];
  return { organization: org, members, requests };
}

/** Adds an existing user by e-mail (or by id: `userId`), or changes a member's role. */
export async function setMember(
  ctx: ServiceContext,
  name: string,
  input: { email?: unknown; userId?: unknown; role?: unknown },
): Promise<{ userId: string; role: OrgRole }> {
  const org = await getOrganization(ctx, name);
  authorize(ctx.actor, 'member:manage', { organizationId: org.id });
  const f = new Fields();
  const byId = typeof input.userId === 'string' && input.userId !== '' ? input.userId : null;
  const email = byId ? '' : f.email('email', input.email);
  const role = f.oneOf('role', input.role, orgRoles);
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const user = byId ? await users.findUserById(tx, byId) : await users.findUserByEmail(tx, email);
    if (!user || user.state === 'deactivated')
      throw new AppError('accounts.user_not_found', { email: byId ?? email });
    const before = await orgs.findMembership(tx, org.id, user.id);
    if (before?.role === 'admin' && role !== 'admin' && (await orgs.countAdmins(tx, org.id)) <= 1)
      throw new AppError('accounts.last_admin');
    await orgs.upsertMembership(tx, org.id, user.id, role);
    await audit(
      ctx,
      tx,
      before ? 'member.role_changed' : 'member.added',
      { type: 'organization', id: org.id },
      {
        userId: user.id,
        email: user.email,
        from: before?.role ?? null,
        to: role,
      },
    );
    return { userId: user.id, role };
  });
}

/** Removes a member, given by user id (or e-mail). */
export async function removeMember(ctx: ServiceContext, name: string, userKey: string): Promise<void> {
  const org = await getOrganization(ctx, name);
  const userId = userKey.includes('@')
    ? ((await users.findUserByEmail(ctx.db.db, userKey.toLowerCase()))?.id ?? '')
    : userKey;
  const self = ctx.actor.userId === userId;
  if (!self) authorize(ctx.actor, 'member:manage', { organizationId: org.id });
  await ctx.db.db.transaction().execute(async (tx) => {
    const m = await orgs.findMembership(tx, org.id, userId);
    if (!m) throw new AppError('accounts.member_not_found');
    if (m.role === 'admin' && (await orgs.countAdmins(tx, org.id)) <= 1)
      throw new AppError('accounts.last_admin');
    await orgs.deleteMembership(tx, org.id, userId);
    await audit(ctx, tx, 'member.removed', { type: 'organization', id: org.id }, { userId, role: m.role });
  });
}

/** E-mails a single-use invitation; whoever signs in with that address and opens it becomes a member. */
export async function inviteMember(
  ctx: ServiceContext,
  name: string,
  input: { email?: unknown; role?: unknown },
): Promise<{ email: string }> {
  const org = await getOrganization(ctx, name);
  authorize(ctx.actor, 'member:manage', { organizationId: org.id });
  const f = new Fields();
  const email = f.email('email', input.email);
  const role = f.oneOf('role', input.role, orgRoles);
  f.check();
  const token = newSecret();
  await ctx.db.db.transaction().execute(async (tx) => {
    const existing = await users.findUserByEmail(tx, email);
    await creds.insertEmailToken(tx, {
      tokenHash: hashToken(token),
      purpose: 'invite',
      userId: existing?.id ?? null,
      email,
      data: { organizationId: org.id, role },
      expiresAt: isoAfter(INVITE_TTL_MS),
    });
    const locale = (existing?.locale as Locale | undefined) ?? ctx.locale;
    await queueMail(tx, ctx.queue, {
      to: email,
      kind: 'invite',
      subject: translate(locale, 'mail.invite.subject', { organization: pick(org.title, locale) }),
      text: translate(locale, 'mail.invite.body', {
        organization: pick(org.title, locale),
        role: translate(locale, `role.${role}`),
        link: `${ctx.config.BASE_URL}/${locale}/invitations/accept?token=${token}`,
      }),
    });
    await audit(ctx, tx, 'member.invited', { type: 'organization', id: org.id }, { email, role });
  });
  return { email };
}

export async function acceptInvitation(ctx: ServiceContext, token: string): Promise<OrgView> {
  if (!ctx.actor.userId || !ctx.actor.email) throw new AppError('auth.unauthenticated');
  return ctx.db.db.transaction().execute(async (tx) => {
    const found = await creds.findEmailToken(tx, hashToken(token));
    if (found?.purpose !== 'invite' || found.email !== ctx.actor.email)
      throw new AppError('auth.link_invalid');
    const t = await creds.consumeEmailToken(tx, hashToken(token), 'invite');
    if (!t) throw new AppError('auth.link_invalid');
    const { organizationId, role } = JSON.parse(t.data) as { organizationId: string; role: OrgRole };
    const org = await orgs.findOrgById(tx, organizationId);
    if (org?.state !== 'active') throw new AppError('auth.link_invalid');
    const before = await orgs.findMembership(tx, org.id, ctx.actor.userId!);
    if (!before) await orgs.upsertMembership(tx, org.id, ctx.actor.userId!, role);
    await audit(ctx, tx, 'member.invitation_accepted', { type: 'organization', id: org.id }, { role });
    return presentOrg(org);
  });
}

export async function requestMembership(ctx: ServiceContext, name: string, input: { message?: unknown }) {
  const org = await getOrganization(ctx, name);
  authorize(ctx.actor, 'membership:request', { organizationId: org.id });
  const f = new Fields();
  const message = f.text('message', input.message, { max: 2000 });
  f.check();
  return ctx.db.db.transaction().execute(async (tx) => {
    const pending = await orgs.pendingRequestOf(tx, org.id, ctx.actor.userId!);
    if (pending) return { id: pending.id };
    const id = newId();
    await orgs.insertMembershipRequest(tx, {
      id,
      organization_id: org.id,
      user_id: ctx.actor.userId!,
      message,
      state: 'pending',
      decided_by: null,
      decided_at: null,
      created_at: nowIso(),
    });
    await audit(ctx, tx, 'membership.requested', { type: 'organization', id: org.id }, { requestId: id });
    return { id };
  });
}

export async function decideMembership(
  ctx: ServiceContext,
  requestId: string,
  input: { decision?: unknown; role?: unknown },
): Promise<void> {
  const req = await orgs.findMembershipRequest(ctx.db.db, requestId);
  if (req?.state !== 'pending') throw new AppError('accounts.request_not_found');
  authorize(ctx.actor, 'membership:decide', { organizationId: req.organization_id });
  const f = new Fields();
  const decision = f.oneOf('decision', input.decision, ['approve', 'reject'] as const);
  const role = f.oneOf('role', input.role, orgRoles, 'member');
  f.check();
  await ctx.db.db.transaction().execute(async (tx) => {
    await orgs.decideMembershipRequest(
      tx,
      requestId,
      decision === 'approve' ? 'approved' : 'rejected',
      ctx.actor.userId,
    );
    if (decision === 'approve') await orgs.upsertMembership(tx, req.organization_id, req.user_id, role);
    await audit(
      ctx,
      tx,
      `membership.${decision === 'approve' ? 'approved' : 'rejected'}`,
      {
        type: 'organization',
        id: req.organization_id,
      },
      { userId: req.user_id, role },
    );
  });
}
