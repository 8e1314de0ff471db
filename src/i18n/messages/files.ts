// Files: upload and storage error messages. fr and ar are typed against en.

export const filesEn = {
  'error.files.too_large': 'The file is too large: the limit is {maxMb} MB.',
  'error.files.empty': 'The file is empty.',
  'error.files.type_not_allowed': 'Files of this type are not accepted: {type}.',
  'error.files.type_mismatch':
    'The file name ends in .{extension} but its content is {type}. Check that you chose the right file, or rename it.',
  'error.files.invalid_key': 'This storage key is not valid.',
  'error.files.not_found': 'The file was not found.',
  'error.files.range_not_satisfiable':
    'The requested byte range is outside the file ({size, plural, one {# byte} other {# bytes}}).',
};

type FilesMessages = Record<keyof typeof filesEn, string>;

export const filesFr: FilesMessages = {
  'error.files.too_large': 'Le fichier est trop volumineux : la limite est de {maxMb} Mo.',
  'error.files.empty': 'Le fichier est vide.',
  'error.files.type_not_allowed': 'Les fichiers de ce type ne sont pas acceptés : {type}.',
  'error.files.type_mismatch':
    'Le nom du fichier se termine par .{extension} mais son contenu est {type}. Vérifiez que vous avez choisi le bon fichier, ou renommez-le.',
  'error.files.invalid_key': 'Cette clé de stockage n’est pas valide.',
  'error.files.not_found': 'Fichier introuvable.',
  'error.files.range_not_satisfiable':
    'La plage d’octets demandée est en dehors du fichier ({size, plural, one {# octet} other {# octets}}).',
};

export const filesAr: FilesMessages = {
  'error.files.too_large': 'الملف كبير جدًا: الحد الأقصى هو {maxMb} ميغابايت.',
  'error.files.empty': 'الملف فارغ.',
  'error.files.type_not_allowed': 'لا تُقبل الملفات من هذا النوع: {type}.',
  'error.files.type_mismatch':
    'ينتهي اسم الملف بـ ‎.{extension}‎ لكن محتواه من نوع {type}. تحقّق من أنك اخترت الملف الصحيح، أو غيّر اسمه.',
  'error.files.invalid_key': 'مفتاح التخزين هذا غير صالح.',
  'error.files.not_found': 'الملف غير موجود.',
  'error.files.range_not_satisfiable':
    'نطاق البايتات المطلوب خارج حدود الملف ({size, plural, zero {# بايت} one {بايت واحد} two {بايتان} few {# بايتات} many {# بايتًا} other {# بايت}}).',
};
