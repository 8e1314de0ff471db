// Catalogue: error messages and the labels of its vocabularies. fr and ar are typed against en.
// (Licence titles and frequency labels are reference data in src/modules/catalog.)

export const catalogEn = {
  'error.catalog.dataset_not_found': 'No dataset named {name}.',
  'error.catalog.resource_not_found': 'No resource {id} in this dataset.',
  'error.catalog.theme_not_found': 'No theme named {name}.',

  'catalog.visibility.public': 'Public',
  'catalog.visibility.private': 'Private',
  'catalog.state.draft': 'Draft',
  'catalog.state.active': 'Published',
  'catalog.state.deleted': 'Deleted',
  'catalog.kind.data': 'Data',
  'catalog.kind.documentation': 'Documentation',
  'catalog.kind.api': 'API',
  'catalog.kind.other': 'Other',
  'catalog.activity.created': 'created',
  'catalog.activity.updated': 'updated',
  'catalog.activity.deleted': 'deleted',
  'catalog.license.open': 'Open licence',
  'catalog.license.not_open': 'Not an open licence',
};

type CatalogMessages = Record<keyof typeof catalogEn, string>;

export const catalogFr: CatalogMessages = {
  'error.catalog.dataset_not_found': 'Aucun jeu de données nommé {name}.',
  'error.catalog.resource_not_found': 'Aucune ressource {id} dans ce jeu de données.',
  'error.catalog.theme_not_found': 'Aucun thème nommé {name}.',

  'catalog.visibility.public': 'Public',
  'catalog.visibility.private': 'Privé',
  'catalog.state.draft': 'Brouillon',
  'catalog.state.active': 'Publié',
  'catalog.state.deleted': 'Supprimé',
  'catalog.kind.data': 'Données',
  'catalog.kind.documentation': 'Documentation',
  'catalog.kind.api': 'API',
  'catalog.kind.other': 'Autre',
  'catalog.activity.created': 'a créé',
  'catalog.activity.updated': 'a modifié',
  'catalog.activity.deleted': 'a supprimé',
  'catalog.license.open': 'Licence ouverte',
  'catalog.license.not_open': 'Licence non ouverte',
};

export const catalogAr: CatalogMessages = {
  'error.catalog.dataset_not_found': 'لا توجد مجموعة بيانات باسم {name}.',
  'error.catalog.resource_not_found': 'لا يوجد مورد {id} في مجموعة البيانات هذه.',
  'error.catalog.theme_not_found': 'لا يوجد موضوع باسم {name}.',

  'catalog.visibility.public': 'عمومي',
  'catalog.visibility.private': 'خاص',
  'catalog.state.draft': 'مسودة',
  'catalog.state.active': 'منشور',
  'catalog.state.deleted': 'محذوف',
  'catalog.kind.data': 'بيانات',
  'catalog.kind.documentation': 'توثيق',
  'catalog.kind.api': 'واجهة برمجية',
  'catalog.kind.other': 'أخرى',
  'catalog.activity.created': 'أنشأ',
  'catalog.activity.updated': 'عدّل',
  'catalog.activity.deleted': 'حذف',
  'catalog.license.open': 'رخصة مفتوحة',
  'catalog.license.not_open': 'رخصة غير مفتوحة',
};
