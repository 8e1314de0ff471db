// The inventory through the REST API on every database: permissions, public and full views, the score
// (hand-checked), revisions, scope of archived items, and a data request converted into an item.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { limits, sampleDataset } from '../catalog/test-kit.ts';
import { inventoryClient, sampleItem } from './test-kit.ts';

describeWithApp(
  'inventory (REST)',
  (get) => {
    const api = inventoryClient(get);
    let health: Awaited<ReturnType<typeof api.organisation>>;
    let other: Awaited<ReturnType<typeof api.organisation>>;

    test('organisation editors and admins write; members, others and the public do not', async () => {
      health = await api.organisation('sante');
      other = await api.organisation('autre');
      const anon = await api.anonymous();
      const body = sampleItem('sante');
      assert.equal((await api.call('POST', '/api/v1/inventory', anon, body)).statusCode, 401);
      assert.equal((await api.call('POST', '/api/v1/inventory', health.member, body)).statusCode, 403);
      assert.equal((await api.call('POST', '/api/v1/inventory', other.admin, body)).statusCode, 403);
      const created = await api.call('POST', '/api/v1/inventory', health.editor, body);
      assert.equal(created.statusCode, 201, created.body);
      const v = created.json().data;
      assert.equal(v.status, 'not_planned');
      assert.deepEqual(v.access, {
        pod: 'public',
        eu: 'PUBLIC',
        eu_uri: 'http://publications.europa.eu/resource/authority/access-right/PUBLIC',
      });
    });

    test('an open data officer or data manager granted on the organisation keeps its inventory', async () => {
      const officer = await api.user('officer-grant@example.ma');
      assert.equal(
        (await api.call('POST', '/api/v1/inventory', officer, sampleItem('sante'))).statusCode,
        403,
      );
      await get()
        .db.db.insertInto('role_grants')
        .values({
          id: crypto.randomUUID(),
          user_id: officer.id,
          role: 'open_data_officer',
          scope_type: 'organization',
          scope_id: health.id,
          granted_by: null,
          created_at: new Date().toISOString(),
        })
        .execute();
      const fresh = officer;
      const res = await api.call(
        'POST',
        '/api/v1/inventory',
        fresh,
        sampleItem('sante', { title: { fr: 'Officine' } }),
      );
      assert.equal(res.statusCode, 201, res.body);
      assert.equal((await api.call('POST', '/api/v1/inventory', fresh, sampleItem('autre'))).statusCode, 403);
      await api.call('DELETE', `/api/v1/inventory/${res.json().data.id}`, fresh);
    });

    test('anything not public needs a reason and a justification, both public; internals stay hidden', async () => {
      const missing = await api.call(
        'POST',
        '/api/v1/inventory',
        health.admin,
        sampleItem('sante', { access_level: 'non-public', title: {} }),
      );
      assert.equal(missing.statusCode, 400);
      const fields = missing.json().error.fields;
      assert.deepEqual(Object.keys(fields).sort(), ['justification', 'restriction_reason', 'title']);
      assert.equal(fields.justification.reason, 'required');
      const secret = await api.item(
        health.admin,
        sampleItem('sante', {
          title: { fr: 'Dossiers médicaux des patients' },
          access_level: 'NON_PUBLIC',
          restriction_reason: 'personal_data',
          justification: 'Données de santé nominatives protégées par la loi 09-08.',
          personal_data: 'oui',
        }),
      );
      assert.equal(secret.status, 'non_public');
      assert.equal(secret.access.pod, 'non-public');
      const pub = (await api.call('GET', `/api/v1/inventory/${secret.id}`)).json().data;
      assert.equal(pub.item.restriction.reason, 'personal_data');
      assert.match(pub.item.restriction.justification, /09-08/);
      assert.equal(pub.item.source_system, null);
      assert.equal(pub.item.volume, null);
      assert.equal(pub.can.manage, false);
      const own = (await api.call('GET', `/api/v1/inventory/${secret.id}`, health.member)).json().data;
      assert.equal(own.item.source_system, 'SI-Santé (Oracle)');
    });

    test('the score follows the weights and explains each criterion; the list sorts by it', async () => {
      const org = await api.organisation('scores');
      // Weights quality:2, legal:3, open_format:1, demand:4 (Σ 10), demand target 10.
      const a = await api.item(
        org.editor,
        sampleItem('scores', { quality: 3, no_legal_obstacle: true, open_format: false }),
      );
      const b = await api.item(
        org.editor,
        sampleItem('scores', { quality: 0, no_legal_obstacle: false, open_format: true }),
      );
      const c = await api.item(
        org.editor,
        sampleItem('scores', { quality: 1, no_legal_obstacle: 'yes', open_format: 'نعم' }),
      );
      assert.equal(a.priority.score, 50); // 100 × (2×1 + 3×1) / 10
      assert.deepEqual(
        a.priority.criteria.map((x: { points: number }) => x.points),
        [20, 30, 0, 0],
      );
      assert.equal(c.priority.score, 46.7); // 100 × (2×⅓ + 3 + 1) / 10
      // Demand for b: one routed request converted into it, with 4 votes → 5 of 10 → 100 × (1 + 4×0.5) / 10.
      const citizen = await api.user('voter0@example.ma');
      const moderator = await api.user('mod-scores@example.ma', { sysadmin: true });
      const req = await api.call('POST', '/api/v1/requests', citizen, {
        title: 'Registre des établissements',
        description: 'La liste complète des établissements.',
        purpose: 'Cartographie.',
      });
      const rid = req.json().data.id;
      await api.call('POST', `/api/v1/requests/${rid}/transitions`, moderator, {
        to: 'routed',
        organization: 'scores',
      });
      await get()
        .db.db.updateTable('data_requests')
        .set({ inventory_item_id: b.id, vote_count: 4 })
        .where('id', '=', rid)
        .execute();
      const list = await api.call('GET', '/api/v1/inventory?organization=scores');
      const items = list.json().data.items as { id: string; priority: { score: number }; demand: unknown }[];
      assert.deepEqual(
        items.map((i) => [i.id, i.priority.score]),
        [
          [a.id, 50],
          [c.id, 46.7],
          [b.id, 30],
        ],
      );
      assert.deepEqual(items[2]!.demand, { requests: 1, votes: 4 });
    });

    test('edits are revisions naming who changed which fields; no change, no revision', async () => {
      const it = await api.item(health.editor, sampleItem('sante', { title: { fr: 'Carte sanitaire' } }));
      const patched = await api.call('PATCH', `/api/v1/inventory/${it.id}`, health.admin, {
        planned_date: '2099-06-30',
        volume: '12 Mo',
      });
      assert.equal(patched.statusCode, 200, patched.body);
      assert.equal(patched.json().data.status, 'planned');
      assert.equal(patched.json().data.version, 2);
      const same = await api.call('PATCH', `/api/v1/inventory/${it.id}`, health.admin, { volume: '12 Mo' });
      assert.equal(same.json().data.version, 2);
      const bad = await api.call('PATCH', `/api/v1/inventory/${it.id}`, health.admin, {
        quality: 7,
        planned_date: '2099-02-30',
      });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(Object.keys(bad.json().error.fields).sort(), ['planned_date', 'quality']);
      const d = (await api.call('GET', `/api/v1/inventory/${it.id}`)).json().data;
      assert.equal(d.revisions.length, 2);
      assert.deepEqual(d.revisions[0].fields.sort(), ['planned_date', 'volume']);
      assert.equal(d.revisions[0].actor, 'sante admin');
      assert.equal(d.revisions[1].action, 'create');
    });

    test('archived items leave the public list; only members of the organisation see them', async () => {
      const it = await api.item(health.editor, sampleItem('sante', { title: { fr: 'Ancien registre' } }));
      const anon = await api.anonymous();
      assert.equal((await api.call('DELETE', `/api/v1/inventory/${it.id}`, health.member)).statusCode, 403);
      assert.equal((await api.call('DELETE', `/api/v1/inventory/${it.id}`, health.editor)).statusCode, 200);
      assert.equal((await api.call('GET', `/api/v1/inventory/${it.id}`, anon)).statusCode, 404);
      assert.equal((await api.call('GET', `/api/v1/inventory/${it.id}`, health.member)).statusCode, 200);
      const publicIds = (await api.call('GET', '/api/v1/inventory?limit=500'))
        .json()
        .data.items.map((i: { id: string }) => i.id);
      assert.ok(!publicIds.includes(it.id));
      const archivedPublic = (await api.call('GET', '/api/v1/inventory?archived=true', anon)).json().data;
      assert.equal(archivedPublic.total, 0);
      const archivedMember = (await api.call('GET', '/api/v1/inventory?archived=true', health.member)).json()
        .data;
      assert.ok(archivedMember.items.some((i: { id: string }) => i.id === it.id));
      const byOther = (await api.call('GET', '/api/v1/inventory?archived=true', other.admin)).json().data;
      assert.equal(byOther.total, 0);
    });

    test('national counts by organisation and status, with totals', async () => {
      const s = (await api.call('GET', '/api/v1/inventory/summary')).json().data;
      const sante = s.organizations.find(
        (o: { organization: { name: string } }) => o.organization.name === 'sante',
      );
      assert.equal(sante.total, 3); // the archived one does not count
      assert.equal(sante.non_public, 1);
      assert.equal(sante.planned, 1);
      assert.equal(sante.not_planned, 1);
      assert.equal(s.totals.total, 6);
    });

    test('a routed request becomes an item of its organisation: history, mail, demand; then published', async () => {
      const citizen = await api.user('citizen-inv@example.ma', { name: 'Citizen' });
      const moderator = await api.user('moderator-inv@example.ma', { sysadmin: true, name: 'Moderator' });
      const created = await api.call('POST', '/api/v1/requests', citizen, {
        title: 'Liste des pharmacies de garde',
        description: 'Les pharmacies de garde par ville et par semaine.',
        purpose: 'Une application mobile.',
        preferred_format: 'CSV',
      });
      const rid = created.json().data.id as string;
      assert.equal(
        (await api.call('POST', `/api/v1/requests/${rid}/inventory-item`, health.editor, {})).statusCode,
        409,
      );
      await api.call('POST', `/api/v1/requests/${rid}/transitions`, moderator, {
        to: 'routed',
        organization: 'sante',
      });
      const mails = await api.count('mail_outbox');
      assert.equal(
        (await api.call('POST', `/api/v1/requests/${rid}/inventory-item`, other.editor, {})).statusCode,
        403,
      );
      assert.equal(
        (await api.call('POST', `/api/v1/requests/${rid}/inventory-item`, health.member, {})).statusCode,
        403,
      );
      const conv = await api.call('POST', `/api/v1/requests/${rid}/inventory-item`, health.editor, {
        quality: 2,
      });
      assert.equal(conv.statusCode, 201, conv.body);
      const item = conv.json().data;
      // Prefilled in the language the requester wrote in.
      assert.deepEqual(item.title, { [created.json().data.locale]: 'Liste des pharmacies de garde' });
      assert.equal(item.format, 'CSV');
      assert.deepEqual(item.demand, { requests: 1, votes: 0 });
      assert.equal(await api.count('mail_outbox'), mails + 1);
      const again = await api.call('POST', `/api/v1/requests/${rid}/inventory-item`, health.editor, {});
      assert.equal(again.statusCode, 409);
      const r = (await api.call('GET', `/api/v1/requests/${rid}`)).json().data;
      assert.equal(r.request.inventory_item_id, item.id);
      const last = r.history.at(-1);
      assert.equal(last.kind, 'inventory');
      assert.equal(last.role, 'organization');
      const d = (await api.call('GET', `/api/v1/inventory/${item.id}`)).json().data;
      assert.deepEqual(
        d.requests.map((x: { id: string }) => x.id),
        [rid],
      );
      assert.equal(d.revisions[0].action, 'request');

      // Publishing: a dataset of the organisation is linked; the request is then closed with it.
      const ds = await api.dataset(health.editor, sampleDataset('pharmacies-de-garde', 'sante'));
      const foreign = await api.dataset(other.editor, sampleDataset('autre-jeu', 'autre'));
      const wrong = await api.call('POST', `/api/v1/inventory/${item.id}/publish`, health.editor, {
        dataset: foreign.name,
      });
      assert.equal(wrong.statusCode, 400);
      const pub = await api.call('POST', `/api/v1/inventory/${item.id}/publish`, health.editor, {
        dataset: ds.name,
      });
      assert.equal(pub.statusCode, 200, pub.body);
      assert.equal(pub.json().data.status, 'published');
      await api.call('POST', `/api/v1/requests/${rid}/transitions`, health.editor, { to: 'under_review' });
      const closed = await api.call('POST', `/api/v1/requests/${rid}/transitions`, health.editor, {
        to: 'published',
        datasets: [ds.name],
      });
      assert.equal(closed.statusCode, 200, closed.body);
    });
  },
  limits,
);
