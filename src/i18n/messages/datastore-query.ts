// DataStore queries (datastore_search, datastore_search_sql, exports, the preview): error messages and the
// labels of the preview. fr and ar are typed against en.

export const datastoreQueryEn = {
  'error.datastore.sql_syntax': 'The SQL query cannot be read near character {position}.',
  'error.datastore.sql_comment': 'Comments are not allowed in the SQL query (character {position}).',
  'error.datastore.sql_multiple_statements': 'Only one SQL statement is allowed (character {position}).',
  'error.datastore.sql_not_select': 'The SQL query must be one SELECT statement (WITH … SELECT is allowed).',
  'error.datastore.sql_word_forbidden': '“{word}” is not allowed in a read-only query.',
  'error.datastore.sql_function_forbidden': 'The function “{name}” is not allowed.',
  'error.datastore.sql_table_forbidden': '“{name}” is not a DataStore table you may read.',
  'error.datastore.sql_timeout': 'The query took longer than {seconds} seconds and was stopped.',
  'error.datastore.sql_failed': 'The database refused the query: {detail}',
  'error.datastore.table_not_found': 'This resource has no DataStore table.',
  'error.datastore.table_not_api':
    'This table was loaded from the resource’s file: change the file instead of writing to the table.',
};

type DatastoreQueryMessages = Record<keyof typeof datastoreQueryEn, string>;

export const datastoreQueryFr: DatastoreQueryMessages = {
  'error.datastore.sql_syntax': 'La requête SQL est illisible près du caractère {position}.',
  'error.datastore.sql_comment':
    'Les commentaires ne sont pas admis dans la requête SQL (caractère {position}).',
  'error.datastore.sql_multiple_statements': 'Une seule instruction SQL est admise (caractère {position}).',
  'error.datastore.sql_not_select':
    'La requête SQL doit être une seule instruction SELECT (WITH … SELECT est admis).',
  'error.datastore.sql_word_forbidden': '« {word} » n’est pas admis dans une requête en lecture seule.',
  'error.datastore.sql_function_forbidden': 'La fonction « {name} » n’est pas admise.',
  'error.datastore.sql_table_forbidden': '« {name} » n’est pas une table du DataStore que vous pouvez lire.',
  'error.datastore.sql_timeout': 'La requête a duré plus de {seconds} secondes et a été arrêtée.',
  'error.datastore.sql_failed': 'La base de données a refusé la requête : {detail}',
  'error.datastore.table_not_found': 'Cette ressource n’a pas de table dans le DataStore.',
  'error.datastore.table_not_api':
    'Cette table a été chargée depuis le fichier de la ressource : modifiez le fichier plutôt que la table.',
};

export const datastoreQueryAr: DatastoreQueryMessages = {
  'error.datastore.sql_syntax': 'تعذرت قراءة استعلام SQL قرب الحرف {position}.',
  'error.datastore.sql_comment': 'التعليقات غير مسموح بها في استعلام SQL (الحرف {position}).',
  'error.datastore.sql_multiple_statements': 'يُسمح بتعليمة SQL واحدة فقط (الحرف {position}).',
  'error.datastore.sql_not_select': 'يجب أن يكون استعلام SQL تعليمة SELECT واحدة (يُسمح بـ WITH … SELECT).',
  'error.datastore.sql_word_forbidden': '«{word}» غير مسموح به في استعلام للقراءة فقط.',
  'error.datastore.sql_function_forbidden': 'الدالة «{name}» غير مسموح بها.',
  'error.datastore.sql_table_forbidden': '«{name}» ليس جدولًا في مخزن البيانات يمكنك قراءته.',
  'error.datastore.sql_timeout': 'استغرق الاستعلام أكثر من {seconds} ثانية فأُوقف.',
  'error.datastore.sql_failed': 'رفضت قاعدة البيانات الاستعلام: {detail}',
  'error.datastore.table_not_found': 'لا يوجد لهذا المورد جدول في مخزن البيانات.',
  'error.datastore.table_not_api': 'حُمّل هذا الجدول من ملف المورد: عدّل الملف بدلًا من الكتابة في الجدول.',
};
