// Every bad input is refused with an error naming its field, and changes nothing (rows counted before/after).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { type Caller, limits, restClient, sampleDataset } from './test-kit.ts';

describeWithApp(
  'catalog: validation',
  (get) => {
    const { call, user, organisation, counts, dataset } = restClient(get);
    let org: Awaited<ReturnType<typeof organisation>>;
    let root: Caller;
    let resourceId: string;

    before(async () => {
      org = await organisation('valid');
      root = await user('root@example.ma', { sysadmin: true });
      await call('POST', '/api/v1/themes', root, { name: 'energie', title: { fr: 'Énergie' } });
      await dataset(org.editor, sampleDataset('taken', org.name));
      const r = await call('POST', '/api/v1/datasets/taken/resources', org.editor, {
        url: 'https://example.ma/a.csv',
      });
      resourceId = r.json().data.id;
    });

    /** Sends the request, expects 400 with exactly these field reasons, and no row changed anywhere. */
    async function refused(
      method: 'POST' | 'PUT' | 'PATCH',
      url: string,
      body: unknown,
      expected: Record<string, string>,
      as: Caller = org.editor,
    ) {
      const before = await counts();
      const snapshot = await call('GET', '/api/v1/datasets/taken', as);
      const res = await call(method, url, as, body);
      assert.equal(res.statusCode, 400, `${url} ${JSON.stringify(body).slice(0, 200)}: ${res.body}`);
      const { code, fields } = res.json().error;
      assert.equal(code, 'http.validation');
      const reasons = Object.fromEntries(
        Object.entries(fields as Record<string, { reason: string }>).map(([k, v]) => [k, v.reason]),
      );
      assert.deepEqual(reasons, expected);
      for (const f of Object.values(fields as Record<string, { message: string }>)) assert.ok(f.message);
      assert.deepEqual(await counts(), before, 'no row added or removed');
      assert.deepEqual(
        (await call('GET', '/api/v1/datasets/taken', as)).json(),
        snapshot.json(),
        'unchanged',
      );
    }

    const create = (extra: Record<string, unknown>, expected: Record<string, string>) =>
      refused('POST', '/api/v1/datasets', sampleDataset('fresh-name', org.name, extra), expected);

    test('dataset names: format, length and uniqueness', async () => {
      await create({ name: 'Bad Name!' }, { name: 'invalid_format' });
      await create({ name: 'x' }, { name: 'invalid_format' });
      await create({ name: '-leading-dash' }, { name: 'invalid_format' });
      await create({ name: 'a'.repeat(101) }, { name: 'too_long' });
      await create({ name: undefined }, { name: 'required' });
      await create({ name: 'taken' }, { name: 'not_unique' });
    });

    test('title in at least one language; Markdown descriptions up to 20000 characters per language', async () => {
      await create({ title: {} }, { title: 'required' });
      await create({ title: { fr: '   ', ar: '' } }, { title: 'required' });
      await create({ title: 'not an object' }, { title: 'invalid_value' });
      await create({ title: { fr: 'x'.repeat(501) } }, { 'title.fr': 'too_long' });
      await create({ description: { ar: 'x'.repeat(20001) } }, { 'description.ar': 'too_long' });
      await create(
        { description: { fr: 'Budget <script>alert(1)</script>', en: '<img src=x onerror=alert(1)>' } },
        { 'description.fr': 'unsafe_html', 'description.en': 'unsafe_html' },
      );
      const long = await call('POST', '/api/v1/datasets', org.editor, {
        ...sampleDataset('long-description', org.name),
        description: { ar: 'x'.repeat(20000) },
      });
      assert.equal(long.statusCode, 201, 'exactly 20000 characters is accepted');
    });

    test('licence, frequency, dates, e-mail, visibility and state must be known and well formed', async () => {
      await create({ license_id: 'my-own-licence' }, { license_id: 'invalid_value' });
      await create({ frequency: 'SOMETIMES' }, { frequency: 'invalid_value' });
      await create({ temporal_start: '2024-02-30' }, { temporal_start: 'invalid_format' });
      await create({ temporal_end: '31/12/2024' }, { temporal_end: 'invalid_format' });
      await create(
        { temporal_start: '2025-01-01', temporal_end: '2024-12-31' },
        { temporal_end: 'invalid_value' },
      );
      await create({ issued: 'yesterday' }, { issued: 'invalid_format' });
      await create({ contact_email: 'not-an-email' }, { contact_email: 'invalid_format' });
      await create({ visibility: 'secret' }, { visibility: 'invalid_value' });
      await create({ state: 'published' }, { state: 'invalid_value' });
      await create({ state: 'deleted' }, { state: 'invalid_value' });
      await create({ organization: 'no-such-org' }, { organization: 'invalid_value' });
      await create({ organization: undefined }, { organization: 'required' });
    });

    test('tags (1–100 characters, at most 50), themes that exist, extras with unique keys', async () => {
      await create({ tags: ['ok', ''] }, { 'tags.1': 'required' });
      await create({ tags: ['x'.repeat(101)] }, { 'tags.0': 'too_long' });
      await create({ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, { tags: 'too_large' });
      await create({ tags: 'budget' }, { tags: 'invalid_value' });
      await create({ themes: ['energie', 'no-such-theme'] }, { 'themes.1': 'invalid_value' });
      await create(
        {
          extras: [
            { key: 'source', value: 'a' },
            { key: 'source', value: 'b' },
          ],
        },
        { 'extras.1.key': 'not_unique' },
      );
      await create({ extras: [{ value: 'no key' }] }, { 'extras.0.key': 'required' });
    });

    test('every bad field is named at once', async () => {
      await create(
        {
          name: 'Bad Name',
          title: {},
          license_id: 'nope',
          frequency: 'nope',
          temporal_start: '2024-13-01',
          contact_email: 'x@',
          tags: [''],
        },
        {
          name: 'invalid_format',
          title: 'required',
          license_id: 'invalid_value',
          frequency: 'invalid_value',
          temporal_start: 'invalid_format',
          contact_email: 'invalid_format',
          'tags.0': 'required',
        },
      );
    });

    test('updates and patches are checked the same way and change nothing when refused', async () => {
      await refused(
        'PATCH',
        '/api/v1/datasets/taken',
        { license_id: 'nope' },
        { license_id: 'invalid_value' },
      );
      await refused('PATCH', '/api/v1/datasets/taken', { title: {} }, { title: 'required' });
      await refused(
        'PATCH',
        '/api/v1/datasets/taken',
        { temporal_start: '2030-01-01' },
        { temporal_end: 'invalid_value' },
      );
      await refused('PUT', '/api/v1/datasets/taken', { tags: ['a'] }, { title: 'required' });
      await refused(
        'PUT',
        '/api/v1/datasets/taken',
        { title: { fr: 'T' }, name: 'long-description' },
        {
          name: 'not_unique',
        },
      );
    });

    test('resources: http(s) URLs only, known kind, well-formed size, checksum, media type and dates', async () => {
      const add = (body: Record<string, unknown>, expected: Record<string, string>) =>
        refused(
          'POST',
          '/api/v1/datasets/taken/resources',
          { url: 'https://example.ma/x.csv', ...body },
          expected,
        );
      await add({ url: 'ftp://example.ma/x.csv' }, { url: 'invalid_format' });
      await add({ url: 'javascript:alert(1)' }, { url: 'invalid_format' });
      await add({ url: 'file:///etc/passwd' }, { url: 'invalid_format' });
      await add({ url: 'not a url' }, { url: 'invalid_format' });
      await add({ url: undefined }, { url: 'required' });
      await add({ kind: 'video' }, { kind: 'invalid_value' });
      await add({ size: -1 }, { size: 'too_small' });
      await add({ size: 'big' }, { size: 'invalid_value' });
      await add({ sha256: 'abc' }, { sha256: 'invalid_format' });
      await add({ media_type: 'csv' }, { media_type: 'invalid_format' });
      await add({ last_modified: 'last week' }, { last_modified: 'invalid_format' });
      await add({ title: { en: 'x'.repeat(501) } }, { 'title.en': 'too_long' });
      await add({ description: { fr: 'x'.repeat(20001) } }, { 'description.fr': 'too_long' });
      await refused(
        'PATCH',
        `/api/v1/datasets/taken/resources/${resourceId}`,
        { url: 'data:text/html,<script>alert(1)</script>' },
        { url: 'invalid_format' },
      );
      await refused(
        'PUT',
        '/api/v1/datasets/taken/resources/order',
        { order: ['nope'] },
        { order: 'invalid_value' },
      );
      await refused('PUT', '/api/v1/datasets/taken/resources/order', {}, { order: 'required' });
    });

    test('themes: name, title and position', async () => {
      const add = (body: Record<string, unknown>, expected: Record<string, string>) =>
        refused('POST', '/api/v1/themes', { name: 'new-theme', title: { fr: 'T' }, ...body }, expected, root);
      await add({ name: 'Énergie' }, { name: 'invalid_format' });
      await add({ name: 'energie' }, { name: 'not_unique' });
      await add({ title: {} }, { title: 'required' });
      await add({ position: -1 }, { position: 'too_small' });
      await refused('PATCH', '/api/v1/themes/energie', { title: { fr: '' } }, { title: 'required' }, root);
    });
  },
  limits,
);
