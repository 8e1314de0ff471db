// Search: error messages and the labels of the search page. fr and ar are typed against en.

export const searchEn = {
  'error.search.filter_too_complex':
    'The filter is too complex: at most {max, plural, one {# condition} other {# conditions}}.',
  'search.label': 'Search the datasets',
  'search.submit': 'Search',
  'search.apply': 'Apply filters',
  'search.sort': 'Sort by',
  'search.sort.relevance': 'Relevance',
  'search.sort.newest': 'Newest',
  'search.sort.modified': 'Recently modified',
  'search.sort.title': 'Title',
  'search.sort.downloads': 'Most downloaded',
  'search.modified_since': 'Modified since',
  'search.facet.organization': 'Organisation',
  'search.facet.theme': 'Theme',
  'search.facet.tag': 'Tag',
  'search.facet.format': 'Format',
  'search.facet.license': 'Licence',
  'search.facet.frequency': 'Update frequency',
  'search.count': '{n, plural, one {# dataset} other {# datasets}}',
  'search.count_for': '{n, plural, one {# dataset} other {# datasets}} for “{q}”',
  'search.none': 'No dataset matches your search.',
  'search.none_hint': 'Try other words, or remove a filter:',
  'search.filter_pair': '{facet}: {value}',
  'search.remove': 'Remove “{v}”',
  'search.remove_query': 'Search all datasets for “{q}” without filters',
  'search.clear_all': 'Show every dataset',
  'search.help':
    'Tips: "exact phrase", stat* for words starting with stat, -word to exclude, OR for either word.',
  'search.formats': 'Formats',
  'search.modified': 'Modified {date}',
};

type SearchMessages = Record<keyof typeof searchEn, string>;

export const searchFr: SearchMessages = {
  'error.search.filter_too_complex':
    'Le filtre est trop complexe : {max, plural, one {# condition} other {# conditions}} au plus.',
  'search.label': 'Rechercher des jeux de données',
  'search.submit': 'Rechercher',
  'search.apply': 'Appliquer les filtres',
  'search.sort': 'Trier par',
  'search.sort.relevance': 'Pertinence',
  'search.sort.newest': 'Plus récents',
  'search.sort.modified': 'Modifiés récemment',
  'search.sort.title': 'Titre',
  'search.sort.downloads': 'Plus téléchargés',
  'search.modified_since': 'Modifiés depuis le',
  'search.facet.organization': 'Organisation',
  'search.facet.theme': 'Thème',
  'search.facet.tag': 'Mot-clé',
  'search.facet.format': 'Format',
  'search.facet.license': 'Licence',
  'search.facet.frequency': 'Fréquence de mise à jour',
  'search.count': '{n, plural, one {# jeu de données} other {# jeux de données}}',
  'search.count_for': '{n, plural, one {# jeu de données} other {# jeux de données}} pour « {q} »',
  'search.none': 'Aucun jeu de données ne correspond à votre recherche.',
  'search.none_hint': 'Essayez d’autres mots, ou retirez un filtre :',
  'search.filter_pair': '{facet} : {value}',
  'search.remove': 'Retirer « {v} »',
  'search.remove_query': 'Chercher « {q} » dans tous les jeux de données, sans filtre',
  'search.clear_all': 'Voir tous les jeux de données',
  'search.help':
    'Astuces : "expression exacte", stat* pour les mots commençant par stat, -mot pour exclure, OR pour l’un ou l’autre.',
  'search.formats': 'Formats',
  'search.modified': 'Modifié le {date}',
};

export const searchAr: SearchMessages = {
  'error.search.filter_too_complex':
    'عامل التصفية معقد جدًا: {max, plural, one {شرط واحد} two {شرطان} few {# شروط} many {# شرطًا} other {# شرط}} على الأكثر.',
  'search.label': 'البحث في مجموعات البيانات',
  'search.submit': 'بحث',
  'search.apply': 'تطبيق عوامل التصفية',
  'search.sort': 'الترتيب حسب',
  'search.sort.relevance': 'الأكثر صلة',
  'search.sort.newest': 'الأحدث',
  'search.sort.modified': 'المعدلة مؤخرًا',
  'search.sort.title': 'العنوان',
  'search.sort.downloads': 'الأكثر تنزيلًا',
  'search.modified_since': 'المعدلة منذ',
  'search.facet.organization': 'الجهة',
  'search.facet.theme': 'الموضوع',
  'search.facet.tag': 'الكلمة المفتاحية',
  'search.facet.format': 'الصيغة',
  'search.facet.license': 'الترخيص',
  'search.facet.frequency': 'وتيرة التحديث',
  'search.count':
    '{n, plural, zero {لا مجموعات بيانات} one {مجموعة بيانات واحدة} two {مجموعتا بيانات} few {# مجموعات بيانات} many {# مجموعة بيانات} other {# مجموعة بيانات}}',
  'search.count_for':
    '{n, plural, zero {لا مجموعات بيانات} one {مجموعة بيانات واحدة} two {مجموعتا بيانات} few {# مجموعات بيانات} many {# مجموعة بيانات} other {# مجموعة بيانات}} لـ «{q}»',
  'search.none': 'لا توجد مجموعة بيانات تطابق بحثك.',
  'search.none_hint': 'جرّب كلمات أخرى، أو أزل عامل تصفية:',
  'search.filter_pair': '{facet}: {value}',
  'search.remove': 'إزالة «{v}»',
  'search.remove_query': 'البحث عن «{q}» في كل مجموعات البيانات بدون عوامل تصفية',
  'search.clear_all': 'عرض كل مجموعات البيانات',
  'search.help':
    'نصائح: "عبارة مطابقة"، stat* للكلمات التي تبدأ بـ stat، ‎-كلمة للاستبعاد، OR لإحدى الكلمتين.',
  'search.formats': 'الصيغ',
  'search.modified': 'عُدّلت في {date}',
};
