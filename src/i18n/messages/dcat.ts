// DCAT-AP, data.json and the catalogue feeds: names of our data services and of the feed links.

export const dcatEn = {
  'dcat.service.rest': 'Shafaf REST API',
  'dcat.service.rest.description':
    'Read and write the catalogue (datasets, resources, organisations) in JSON.',
  'dcat.service.ckan': 'CKAN Action API (version 3)',
  'dcat.service.ckan.description': 'CKAN-compatible API for existing clients and harvesters.',
  'dcat.service.dcat': 'DCAT-AP catalogue',
  'dcat.service.dcat.description':
    'The public catalogue in DCAT-AP 3.0.1 as Turtle, JSON-LD, RDF/XML and N-Triples, paged with Hydra.',
  'dcat.service.datajson': 'Project Open Data catalogue (data.json)',
  'dcat.service.datajson.description': 'The public catalogue in the US Project Open Data 1.1 schema.',
  'dcat.feed.turtle': 'Metadata in DCAT-AP (Turtle)',
  'dcat.feed.jsonld': 'Metadata in DCAT-AP (JSON-LD)',
};

type DcatMessages = Record<keyof typeof dcatEn, string>;

export const dcatFr: DcatMessages = {
  'dcat.service.rest': 'API REST de Shafaf',
  'dcat.service.rest.description':
    'Lire et écrire le catalogue (jeux de données, ressources, organisations) en JSON.',
  'dcat.service.ckan': 'API Action de CKAN (version 3)',
  'dcat.service.ckan.description': 'API compatible avec CKAN pour les clients et moissonneurs existants.',
  'dcat.service.dcat': 'Catalogue DCAT-AP',
  'dcat.service.dcat.description':
    'Le catalogue public en DCAT-AP 3.0.1 aux formats Turtle, JSON-LD, RDF/XML et N-Triples, paginé avec Hydra.',
  'dcat.service.datajson': 'Catalogue Project Open Data (data.json)',
  'dcat.service.datajson.description':
    'Le catalogue public selon le schéma Project Open Data 1.1 (États-Unis).',
  'dcat.feed.turtle': 'Métadonnées en DCAT-AP (Turtle)',
  'dcat.feed.jsonld': 'Métadonnées en DCAT-AP (JSON-LD)',
};

export const dcatAr: DcatMessages = {
  'dcat.service.rest': 'واجهة REST البرمجية لشفاف',
  'dcat.service.rest.description': 'قراءة الفهرس وكتابته (مجموعات البيانات والموارد والهيئات) بصيغة JSON.',
  'dcat.service.ckan': 'واجهة CKAN البرمجية (الإصدار 3)',
  'dcat.service.ckan.description': 'واجهة متوافقة مع CKAN للعملاء وأدوات الحصاد الحالية.',
  'dcat.service.dcat': 'فهرس DCAT-AP',
  'dcat.service.dcat.description':
    'الفهرس العمومي وفق DCAT-AP 3.0.1 بصيغ Turtle وJSON-LD وRDF/XML وN-Triples، مقسم إلى صفحات وفق Hydra.',
  'dcat.service.datajson': 'فهرس Project Open Data (data.json)',
  'dcat.service.datajson.description': 'الفهرس العمومي وفق مخطط Project Open Data 1.1 الأمريكي.',
  'dcat.feed.turtle': 'البيانات الوصفية وفق DCAT-AP (Turtle)',
  'dcat.feed.jsonld': 'البيانات الوصفية وفق DCAT-AP (JSON-LD)',
};
