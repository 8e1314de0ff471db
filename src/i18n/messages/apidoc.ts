// The API documentation page. fr and ar are typed against en.

export const apidocEn = {
  'apidoc.title': 'API',
  'apidoc.intro':
    'Everything on this portal can be read and published by programs, through two APIs over the same data and the same permissions.',
  'apidoc.auth':
    'Reads of public data need no account. To publish, create an API token on your account page and send it in the Authorization header.',
  'apidoc.openapi': 'OpenAPI description of the REST API (JSON)',
  'apidoc.rest.title': 'REST API',
  'apidoc.ckan.title': 'CKAN-compatible Action API',
  'apidoc.ckan.text':
    'Scripts, harvesters and libraries written for CKAN work unchanged: call the actions below with GET or POST, at /api/3/action/ or /api/action/.',
  'apidoc.ckan.actions': 'Supported actions',
  'apidoc.tag.datasets': 'Datasets',
  'apidoc.tag.resources': 'Resources',
  'apidoc.tag.themes': 'Themes',
  'apidoc.tag.reference': 'Reference lists',
  'apidoc.tag.organizations': 'Organisations and members',
  'apidoc.tag.accounts': 'Accounts and tokens',
  'apidoc.tag.api': 'Description',
};

type ApidocMessages = Record<keyof typeof apidocEn, string>;

export const apidocFr: ApidocMessages = {
  'apidoc.title': 'API',
  'apidoc.intro':
    'Tout ce que contient ce portail peut être lu et publié par des programmes, grâce à deux API sur les mêmes données et avec les mêmes droits.',
  'apidoc.auth':
    'La lecture des données publiques ne demande pas de compte. Pour publier, créez un jeton d’API dans votre compte et envoyez-le dans l’en-tête Authorization.',
  'apidoc.openapi': 'Description OpenAPI de l’API REST (JSON)',
  'apidoc.rest.title': 'API REST',
  'apidoc.ckan.title': 'API Action compatible CKAN',
  'apidoc.ckan.text':
    'Les scripts, moissonneurs et bibliothèques écrits pour CKAN fonctionnent sans changement : appelez les actions ci-dessous en GET ou en POST, sous /api/3/action/ ou /api/action/.',
  'apidoc.ckan.actions': 'Actions disponibles',
  'apidoc.tag.datasets': 'Jeux de données',
  'apidoc.tag.resources': 'Ressources',
  'apidoc.tag.themes': 'Thèmes',
  'apidoc.tag.reference': 'Listes de référence',
  'apidoc.tag.organizations': 'Organisations et membres',
  'apidoc.tag.accounts': 'Comptes et jetons',
  'apidoc.tag.api': 'Description',
};

export const apidocAr: ApidocMessages = {
  'apidoc.title': 'واجهة برمجة التطبيقات',
  'apidoc.intro':
    'يمكن للبرامج قراءة كل محتوى هذه البوابة والنشر فيها، عبر واجهتين برمجيتين تعملان على البيانات نفسها وبالصلاحيات نفسها.',
  'apidoc.auth':
    'لا تتطلب قراءة البيانات العامة حسابًا. للنشر، أنشئ رمز وصول برمجيًا من صفحة حسابك وأرسله في ترويسة Authorization.',
  'apidoc.openapi': 'وصف OpenAPI لواجهة REST (بصيغة JSON)',
  'apidoc.rest.title': 'واجهة REST',
  'apidoc.ckan.title': 'واجهة الإجراءات المتوافقة مع CKAN',
  'apidoc.ckan.text':
    'تعمل السكربتات وأدوات الحصاد والمكتبات المكتوبة لـ CKAN دون تغيير: استدعِ الإجراءات أدناه بطريقة GET أو POST، تحت ‎/api/3/action/‎ أو ‎/api/action/‎.',
  'apidoc.ckan.actions': 'الإجراءات المتاحة',
  'apidoc.tag.datasets': 'مجموعات البيانات',
  'apidoc.tag.resources': 'الموارد',
  'apidoc.tag.themes': 'المواضيع',
  'apidoc.tag.reference': 'القوائم المرجعية',
  'apidoc.tag.organizations': 'المؤسسات والأعضاء',
  'apidoc.tag.accounts': 'الحسابات والرموز',
  'apidoc.tag.api': 'الوصف',
};
