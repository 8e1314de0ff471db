// DataStore: unique columns and primary keys (their errors and indexes), workbook sheets. fr and ar are typed
// against en.

export const datastoreKeysEn = {
  'error.datastore.api_table_no_reload':
    'This table was pushed through the API and has no file to load again: its types, required and unique columns cannot change here (its primary key can).',
  'datastore.error.unique-error': 'Repeated value in a unique column',
  'datastore.error.primary-key-error': 'Repeated primary key',
  'datastore.reason.sheet_not_found': 'the workbook has no sheet “{sheet}”.',
  'datastore.report_repeats': 'same as row {row}',
  'datastore.field_unique': 'Unique values',
  'datastore.field_primary_key': 'Part of the primary key',
  'datastore.table_choices': 'Whole table',
  'datastore.primary_key_hint':
    'The columns ticked as part of the primary key identify each row together: no two rows may repeat them.',
  'datastore.sheet': 'Sheet to load',
  'datastore.sheets': 'Sheets of the workbook: {sheets}. Loaded: {sheet}.',
  'datastore.primary_key': 'Primary key: {fields}.',
  'datastore.unique.indexed.primaryKey':
    'Primary key ({fields}): every key is unique; the table is indexed on it.',
  'datastore.unique.indexed.unique': 'Column “{fields}”: every value is unique; the table is indexed on it.',
  'datastore.unique.duplicates.primaryKey':
    'Primary key ({fields}): {count, plural, one {# row repeats} other {# rows repeat}} a key, so the table has no unique index on it.',
  'datastore.unique.duplicates.unique':
    'Column “{fields}”: {count, plural, one {# row repeats} other {# rows repeat}} a value, so the table has no unique index on it.',
  'datastore.unique.missing_values.primaryKey':
    'Primary key ({fields}): {count, plural, one {# row has} other {# rows have}} an empty key cell, so the table has no unique index on it.',
  'datastore.unique.missing_values.unique':
    'Column “{fields}”: {count, plural, one {# row has} other {# rows have}} an empty cell, so the table has no unique index on it.',
};

type DatastoreKeysMessages = Record<keyof typeof datastoreKeysEn, string>;

export const datastoreKeysFr: DatastoreKeysMessages = {
  'error.datastore.api_table_no_reload':
    'Cette table a été envoyée par l’API et n’a pas de fichier à recharger : ses types et ses colonnes obligatoires ou uniques ne peuvent pas changer ici (sa clé primaire, si).',
  'datastore.error.unique-error': 'Valeur répétée dans une colonne unique',
  'datastore.error.primary-key-error': 'Clé primaire répétée',
  'datastore.reason.sheet_not_found': 'le classeur n’a pas de feuille « {sheet} ».',
  'datastore.report_repeats': 'comme la ligne {row}',
  'datastore.field_unique': 'Valeurs uniques',
  'datastore.field_primary_key': 'Fait partie de la clé primaire',
  'datastore.table_choices': 'Table entière',
  'datastore.primary_key_hint':
    'Les colonnes cochées comme clé primaire identifient ensemble chaque ligne : deux lignes ne peuvent pas les répéter.',
  'datastore.sheet': 'Feuille à charger',
  'datastore.sheets': 'Feuilles du classeur : {sheets}. Chargée : {sheet}.',
  'datastore.primary_key': 'Clé primaire : {fields}.',
  'datastore.unique.indexed.primaryKey':
    'Clé primaire ({fields}) : chaque clé est unique ; la table est indexée sur elle.',
  'datastore.unique.indexed.unique':
    'Colonne « {fields} » : chaque valeur est unique ; la table est indexée sur elle.',
  'datastore.unique.duplicates.primaryKey':
    'Clé primaire ({fields}) : {count, plural, one {# ligne répète} other {# lignes répètent}} une clé, la table n’a donc pas d’index unique sur elle.',
  'datastore.unique.duplicates.unique':
    'Colonne « {fields} » : {count, plural, one {# ligne répète} other {# lignes répètent}} une valeur, la table n’a donc pas d’index unique sur elle.',
  'datastore.unique.missing_values.primaryKey':
    'Clé primaire ({fields}) : {count, plural, one {# ligne a} other {# lignes ont}} une cellule de clé vide, la table n’a donc pas d’index unique sur elle.',
  'datastore.unique.missing_values.unique':
    'Colonne « {fields} » : {count, plural, one {# ligne a} other {# lignes ont}} une cellule vide, la table n’a donc pas d’index unique sur elle.',
};

export const datastoreKeysAr: DatastoreKeysMessages = {
  'error.datastore.api_table_no_reload':
    'أُرسل هذا الجدول عبر الواجهة البرمجية وليس له ملف يُعاد تحميله: لا يمكن تغيير أنواعه وأعمدته الإلزامية أو الفريدة هنا (أما مفتاحه الأساسي فيمكن).',
  'datastore.error.unique-error': 'قيمة مكررة في عمود فريد',
  'datastore.error.primary-key-error': 'مفتاح أساسي مكرر',
  'datastore.reason.sheet_not_found': 'لا يحتوي المصنف على ورقة «{sheet}».',
  'datastore.report_repeats': 'مثل الصف {row}',
  'datastore.field_unique': 'قيم فريدة',
  'datastore.field_primary_key': 'جزء من المفتاح الأساسي',
  'datastore.table_choices': 'الجدول كله',
  'datastore.primary_key_hint': 'الأعمدة المحددة كمفتاح أساسي تعرّف كل صف معًا: لا يجوز أن يكررها صفان.',
  'datastore.sheet': 'الورقة المراد تحميلها',
  'datastore.sheets': 'أوراق المصنف: {sheets}. المحمّلة: {sheet}.',
  'datastore.primary_key': 'المفتاح الأساسي: {fields}.',
  'datastore.unique.indexed.primaryKey': 'المفتاح الأساسي ({fields}): كل مفتاح فريد؛ الجدول مفهرس عليه.',
  'datastore.unique.indexed.unique': 'العمود «{fields}»: كل قيمة فريدة؛ الجدول مفهرس عليه.',
  'datastore.unique.duplicates.primaryKey':
    'المفتاح الأساسي ({fields}): {count, plural, one {صف واحد يكرر} two {صفان يكرران} few {# صفوف تكرر} many {# صفًا تكرر} other {# صف تكرر}} مفتاحًا، لذلك ليس للجدول فهرس فريد عليه.',
  'datastore.unique.duplicates.unique':
    'العمود «{fields}»: {count, plural, one {صف واحد يكرر} two {صفان يكرران} few {# صفوف تكرر} many {# صفًا تكرر} other {# صف تكرر}} قيمة، لذلك ليس للجدول فهرس فريد عليه.',
  'datastore.unique.missing_values.primaryKey':
    'المفتاح الأساسي ({fields}): {count, plural, one {صف واحد فيه} two {صفان فيهما} few {# صفوف فيها} many {# صفًا فيها} other {# صف فيها}} خلية مفتاح فارغة، لذلك ليس للجدول فهرس فريد عليه.',
  'datastore.unique.missing_values.unique':
    'العمود «{fields}»: {count, plural, one {صف واحد فيه} two {صفان فيهما} few {# صفوف فيها} many {# صفًا فيها} other {# صف فيها}} خلية فارغة، لذلك ليس للجدول فهرس فريد عليه.',
};
