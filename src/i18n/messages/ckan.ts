// The CKAN-compatible Action API: its refusals and the prefixes of its error messages. fr and ar are typed
// against en.

export const ckanEn = {
  'error.ckan.action_unknown': 'Bad request - Action name not known: {name}',
  'error.ckan.json_invalid': 'JSON Error: {detail}',
  'error.ckan.body_not_object': 'Bad request data: the request body must be a JSON object.',
  'error.ckan.post_required': 'JSON Error: Invalid request. Please use POST method for your request',
  'error.ckan.search_query_invalid': 'Search Query is invalid: {detail}',
  'ckan.access_denied': 'Access denied: {detail}',
  'ckan.not_found': 'Not found: {detail}',
};

type CkanMessages = Record<keyof typeof ckanEn, string>;

export const ckanFr: CkanMessages = {
  'error.ckan.action_unknown': 'Requête invalide - action inconnue : {name}',
  'error.ckan.json_invalid': 'Erreur JSON : {detail}',
  'error.ckan.body_not_object': 'Données de requête invalides : le corps doit être un objet JSON.',
  'error.ckan.post_required': 'Erreur JSON : requête invalide. Utilisez la méthode POST pour cette requête',
  'error.ckan.search_query_invalid': 'La requête de recherche est invalide : {detail}',
  'ckan.access_denied': 'Accès refusé : {detail}',
  'ckan.not_found': 'Introuvable : {detail}',
};

export const ckanAr: CkanMessages = {
  'error.ckan.action_unknown': 'طلب غير صالح - اسم إجراء غير معروف: {name}',
  'error.ckan.json_invalid': 'خطأ في JSON: {detail}',
  'error.ckan.body_not_object': 'بيانات طلب غير صالحة: يجب أن يكون متن الطلب كائن JSON.',
  'error.ckan.post_required': 'خطأ في JSON: طلب غير صالح. استعمل طريقة POST لهذا الطلب',
  'error.ckan.search_query_invalid': 'استعلام البحث غير صالح: {detail}',
  'ckan.access_denied': 'تم رفض الوصول: {detail}',
  'ckan.not_found': 'غير موجود: {detail}',
};
