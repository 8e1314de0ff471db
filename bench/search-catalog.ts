// Bench-only: a synthetic catalogue written straight into the catalogue tables (not through the services, which
// would take hours at a million datasets and measure validation, not search). Words come from real portal
// vocabulary in Arabic, French and English; a seeded generator makes every run index the same catalogue.

import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type {
  DatasetsTable,
  DatasetTagsTable,
  DatasetThemesTable,
  ResourcesTable,
} from '../src/db/tables/catalog.ts';
import type { DbHandle } from '../src/db/types.ts';

const topics: [string, string, string][] = [
  ['الميزانية', 'budget', 'budget'],
  ['التعليم', 'éducation', 'education'],
  ['الصحة', 'santé', 'health'],
  ['الفلاحة', 'agriculture', 'agriculture'],
  ['الماء', 'eau', 'water'],
  ['الطاقة', 'énergie', 'energy'],
  ['النقل', 'transport', 'transport'],
  ['السياحة', 'tourisme', 'tourism'],
  ['السكان', 'population', 'population'],
  ['التشغيل', 'emploi', 'employment'],
  ['البيئة', 'environnement', 'environment'],
  ['الجماعات', 'collectivités', 'municipalities'],
  ['المستشفيات', 'hôpitaux', 'hospitals'],
  ['المدارس', 'écoles', 'schools'],
  ['الطرق', 'routes', 'roads'],
  ['الصيد البحري', 'pêche maritime', 'fisheries'],
  ['الاستثمار', 'investissement', 'investment'],
  ['الضرائب', 'impôts', 'taxes'],
  ['الجامعات', 'universités', 'universities'],
  ['الأسعار', 'prix', 'prices'],
  ['التجارة الخارجية', 'commerce extérieur', 'foreign trade'],
  ['الصناعة', 'industrie', 'industry'],
  ['السكن', 'logement', 'housing'],
  ['الثقافة', 'culture', 'culture'],
  ['الرياضة', 'sport', 'sport'],
  ['الأمطار', 'précipitations', 'rainfall'],
  ['السدود', 'barrages', 'dams'],
  ['الكهرباء', 'électricité', 'electricity'],
  ['الانتخابات', 'élections', 'elections'],
  ['العدل', 'justice', 'justice'],
];
const kinds: [string, string, string][] = [
  ['إحصائيات', 'Statistiques', 'Statistics'],
  ['المعطيات', 'Données', 'Data'],
  ['مؤشرات', 'Indicateurs', 'Indicators'],
  ['قائمة', 'Liste', 'List'],
  ['تقرير', 'Rapport', 'Report'],
  ['خريطة', 'Carte', 'Map'],
  ['سجل', 'Registre', 'Register'],
  ['ميزانية', 'Budget', 'Budget'],
];
const regions: [string, string, string][] = [
  ['جهة الرباط سلا القنيطرة', 'région Rabat-Salé-Kénitra', 'Rabat-Salé-Kénitra region'],
  ['جهة الدار البيضاء سطات', 'région Casablanca-Settat', 'Casablanca-Settat region'],
  ['جهة فاس مكناس', 'région Fès-Meknès', 'Fès-Meknès region'],
  ['جهة مراكش آسفي', 'région Marrakech-Safi', 'Marrakech-Safi region'],
  ['جهة سوس ماسة', 'région Souss-Massa', 'Souss-Massa region'],
  ['جهة طنجة تطوان الحسيمة', 'région Tanger-Tétouan-Al Hoceïma', 'Tanger-Tétouan-Al Hoceïma region'],
  ['الجهة الشرقية', 'région de l’Oriental', 'Oriental region'],
  ['جهة درعة تافيلالت', 'région Drâa-Tafilalet', 'Drâa-Tafilalet region'],
  ['المملكة', 'national', 'national'],
];
const extraFr = [
  'par province',
  'par commune',
  'mensuelles',
  'annuelles',
  'détaillées',
  'consolidées',
  'par sexe',
  'par tranche d’âge',
  'en milieu rural',
  'en milieu urbain',
];
const formats = ['CSV', 'XLSX', 'JSON', 'PDF', 'GeoJSON', 'XML', 'ODS', 'SHP'];
const licenses = ['CC-BY-4.0', 'ODbL-1.0', 'CC0-1.0', 'etalab-2.0'];
const frequencies = ['ANNUAL', 'MONTHLY', 'QUARTERLY', 'IRREG', 'DAILY', 'WEEKLY'];

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf-like pick: early entries are far more frequent, as in real catalogues. */
const pick = <T>(r: () => number, list: readonly T[]) => list[Math.floor(list.length * r() ** 2)]!;

export interface SyntheticCatalog {
  orgNames: string[];
  themeNames: string[];
}

/** Writes `n` datasets (with tags, themes and 1–3 resources each) in batches; returns the reference names. */
export async function writeSyntheticCatalog(h: DbHandle, n: number, seed = 42): Promise<SyntheticCatalog> {
  const r = rng(seed);
  const now = '2026-01-01T00:00:00.000Z';
  const orgs = Array.from({ length: 60 }, (_, i) => {
    const t = topics[i % topics.length]!;
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `org-${i}`,
      title: JSON.stringify({
        ar: `وزارة ${t[0]} ${i}`,
        fr: `Ministère ${t[1]} ${i}`,
        en: `Ministry of ${t[2]} ${i}`,
      }),
      description: '{}',
      kind: 'ministry' as const,
      website: null,
      email: null,
      state: 'active' as const,
      created_at: now,
      updated_at: now,
    };
  });
  await h.db.insertInto('organizations').values(orgs).execute();
  const themes = topics.slice(0, 14).map((t, i) => ({
    id: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `theme-${i}`,
    title: JSON.stringify({ ar: t[0], fr: t[1], en: t[2] }),
    description: '{}',
    icon: null,
    position: i,
    created_at: now,
    updated_at: now,
  }));
  await h.db.insertInto('themes').values(themes).execute();
  const tagWords = topics
    .flatMap((t) => [t[1].split(' ')[0]!, t[2].split(' ')[0]!])
    .concat(['open-data', '2024']);
  const batch = 500;
  for (let start = 0; start < n; start += batch) {
    const datasets: Insertable<DatasetsTable>[] = [];
    const tags: Insertable<DatasetTagsTable>[] = [];
    const dthemes: Insertable<DatasetThemesTable>[] = [];
    const resources: Insertable<ResourcesTable>[] = [];
    for (let i = start; i < Math.min(n, start + batch); i++) {
      const id = `20000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const topic = pick(r, topics);
      const kind = pick(r, kinds);
      const region = pick(r, regions);
      const year = 2010 + Math.floor(r() * 16);
      const extra = pick(r, extraFr);
      const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(r() * 4000) * 86400000).toISOString();
      datasets.push({
        id,
        name: `ds-${i}`,
        organization_id: orgs[Math.floor(r() * r() * orgs.length)]!.id,
        title: JSON.stringify({
          ar: `${kind[0]} ${topic[0]} ${region[0]} ${year}`,
          fr: `${kind[1]} ${topic[1]} ${extra} — ${region[1]} ${year}`,
          en: `${kind[2]} of ${topic[2]}, ${region[2]} ${year}`,
        }),
        description: JSON.stringify({
          fr: `Ce jeu de données présente les **${kind[1].toLowerCase()}** relatives à ${topic[1]} (${region[1]}), ${extra}, pour l’année ${year}. Source : ${pick(r, topics)[1]}.`,
          ar: `تقدم هذه المجموعة ${kind[0]} حول ${topic[0]} في ${region[0]} لسنة ${year}.`,
        }),
        license_id: pick(r, licenses),
        frequency: pick(r, frequencies),
        temporal_start: `${year}-01-01`,
        temporal_end: `${year}-12-31`,
        spatial: JSON.stringify({ fr: region[1], ar: region[0] }),
        contact_name: null,
        contact_email: null,
        version: null,
        visibility: r() < 0.05 ? ('private' as const) : ('public' as const),
        state: r() < 0.03 ? ('draft' as const) : ('active' as const),
        extras: '[]',
        featured: 0,
        download_count: Math.floor(r() * 1000),
        issued: day.slice(0, 10),
        created_at: day,
        updated_at: day,
        created_by: null,
      });
      const tagSet = new Set([pick(r, tagWords), pick(r, tagWords), pick(r, tagWords)]);
      for (const tag of tagSet) tags.push({ dataset_id: id, tag: tag.toLowerCase() });
      dthemes.push({ dataset_id: id, theme_id: themes[topics.indexOf(topic) % themes.length]!.id });
      const nRes = 1 + Math.floor(r() * 3);
      for (let k = 0; k < nRes; k++)
        resources.push({
          id: `30000000-0000-4000-8${k}00-${String(i).padStart(12, '0')}`,
          dataset_id: id,
          position: k,
          title: JSON.stringify({ fr: `${kind[1]} ${year} (${k + 1})` }),
          description: '{}',
          kind: 'data' as const,
          url: `https://data.example.ma/${i}/${k}`,
          storage_key: null,
          format: pick(r, formats),
          media_type: null,
          size: null,
          sha256: null,
          last_modified: null,
          download_count: 0,
          created_at: day,
          updated_at: day,
        });
    }
    await h.db.transaction().execute(async (tx) => {
      for (let j = 0; j < datasets.length; j += 100)
        await tx
          .insertInto('datasets')
          .values(datasets.slice(j, j + 100))
          .execute();
      for (let j = 0; j < tags.length; j += 400)
        await tx
          .insertInto('dataset_tags')
          .values(tags.slice(j, j + 400))
          .execute();
      for (let j = 0; j < dthemes.length; j += 400)
        await tx
          .insertInto('dataset_themes')
          .values(dthemes.slice(j, j + 400))
          .execute();
      for (let j = 0; j < resources.length; j += 100)
        await tx
          .insertInto('resources')
          .values(resources.slice(j, j + 100))
          .execute();
    });
  }
  if (h.dialect === 'postgres') await sql`ANALYZE`.execute(h.db);
  return { orgNames: orgs.map((o) => o.name), themeNames: themes.map((t) => t.name) };
}
