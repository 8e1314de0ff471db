import { accountsAr } from './accounts.ts';
import { adminMembersAr } from './admin-members.ts';
import { adminPagesAr } from './admin-pages.ts';
import { apidocAr } from './apidoc.ts';
import { authPagesAr } from './auth-pages.ts';
import { catalogAr } from './catalog.ts';
import { catalogManageAr } from './catalog-manage.ts';
import { catalogPagesAr } from './catalog-pages.ts';
import { ckanAr } from './ckan.ts';
import { datastoreAr } from './datastore.ts';
import { datastoreKeysAr } from './datastore-keys.ts';
import { datastoreQueryAr } from './datastore-query.ts';
import { dcatAr } from './dcat.ts';
import type { Messages } from './en.ts';
import { filesAr } from './files.ts';
import { harvestAr } from './harvest.ts';
import { refreshAr } from './harvest-refresh.ts';
import { inventoryAr } from './inventory-ar.ts';
import { plansAr } from './plans.ts';
import { plansGovAr } from './plans-gov-ar.ts';
import { plansImportAr } from './plans-import.ts';
import { plansManageAr } from './plans-manage.ts';
import { plansReportAr } from './plans-report.ts';
import { requestsAr } from './requests-ar.ts';
import { requestsMoreAr } from './requests-more.ts';
import { searchAr } from './search.ts';
import { themesAdminAr } from './themes-admin.ts';

export const ar: Messages = {
  ...accountsAr,
  ...catalogManageAr,
  ...catalogAr,
  ...catalogPagesAr,
  ...filesAr,
  ...ckanAr,
  ...datastoreQueryAr,
  ...apidocAr,
  ...searchAr,
  ...dcatAr,
  ...datastoreAr,
  ...datastoreKeysAr,
  ...plansAr,
  ...plansGovAr,
  ...plansReportAr,
  ...plansManageAr,
  ...plansImportAr,
  ...requestsAr,
  ...inventoryAr,
  ...requestsMoreAr,
  ...harvestAr,
  ...refreshAr,
  ...themesAdminAr,
  ...authPagesAr,
  ...adminPagesAr,
  ...adminMembersAr,
  'site.name': 'شفاف',
  'site.tagline': 'البيانات المفتوحة والحكومة المنفتحة',
  'site.description': 'البوابة الوطنية للمعطيات العمومية المفتوحة ولتتبع خطة عمل الحكومة المنفتحة.',

  'nav.skip': 'انتقل إلى المحتوى الرئيسي',
  'nav.main': 'القائمة الرئيسية',
  'nav.home': 'الرئيسية',
  'nav.datasets': 'مجموعات البيانات',
  'nav.organizations': 'المنتجون',
  'nav.themes': 'المواضيع',
  'nav.requests': 'طلبات البيانات',
  'nav.opengov': 'الحكومة المنفتحة',
  'nav.about': 'حول البوابة',
  'nav.languages': 'اللغة',
  'nav.menu': 'القائمة',

  'search.label': 'البحث في مجموعات البيانات',
  'search.placeholder': 'ابحث عن مجموعات البيانات والمنتجين والمواضيع…',
  'search.submit': 'بحث',

  'home.title': 'المعطيات العمومية المفتوحة',
  'home.lead':
    'ابحث عن البيانات التي تنشرها المؤسسات العمومية واطّلع عليها وحمّلها واستعلم عنها، واطلب البيانات التي لم تُنشر بعد، وتابع خطة عمل الحكومة المنفتحة.',
  'home.explore': 'استكشف',
  'home.cards.datasets': 'ابحث عن مجموعات البيانات لدى جميع المنتجين وحمّلها.',
  'home.cards.organizations': 'الوزارات والوكالات والجماعات الترابية التي تنشر البيانات.',
  'home.cards.themes': 'البيانات حسب الموضوع: المالية والصحة والتعليم وغيرها.',
  'home.cards.requests': 'اطلب معطيات عمومية لم تُنشر بعد وتابع الجواب.',
  'home.cards.opengov': 'التزامات خطة العمل ومدى تقدمها.',
  'home.api.title': 'للمطورين',
  'home.api.text': 'كل صفحة متاحة أيضًا بصيغة JSON: أضف ‎.json إلى عنوانها. تتكلم البوابة واجهة CKAN البرمجية.',

  'about.title': 'حول هذه البوابة',
  'about.text':
    'تنشر هذه البوابة البيانات المفتوحة للمؤسسات العمومية وتتابع برنامج الحكومة المنفتحة. وهي مبنية على شفاف، برنامج حر ومفتوح المصدر.',
  'about.languages': 'البوابة متاحة باللغات العربية والفرنسية والإنجليزية.',
  'about.json': 'نسخة هذه الصفحة القابلة للقراءة آليًا',

  'footer.text': 'معطيات عمومية مفتوحة للجميع.',
  'footer.software': 'تعمل بواسطة شفاف، برنامج مفتوح المصدر.',
  'footer.json': 'هذه الصفحة بصيغة JSON',

  'page.not_found.title': 'الصفحة غير موجودة',
  'page.not_found.text': 'الصفحة المطلوبة غير موجودة أو تم نقلها.',
  'page.error.title': 'حدث خطأ',
  'page.error.text': 'حدث خطأ غير متوقع وتم تسجيله. يرجى المحاولة لاحقًا.',
  'page.error.reference': 'المرجع: {id}',
  'page.error.home': 'العودة إلى الصفحة الرئيسية',
  'page.error.fields': 'يرجى تصحيح ما يلي:',

  'jobs.status.queued': 'في الانتظار',
  'jobs.status.running': 'قيد التنفيذ',
  'jobs.status.done': 'منتهية',
  'jobs.status.dead': 'فشلت',
  'jobs.progress': 'التقدم: {done} من {total}',

  'error.http.bad_request': 'الطلب غير صالح.',
  'error.http.validation': 'بعض الحقول غير صالحة.',
  'error.http.not_found': 'غير موجود.',
  'error.http.method_not_allowed': 'هذه الطريقة غير مسموح بها هنا.',
  'error.http.payload_too_large': 'الطلب كبير جدًا.',
  'error.http.unsupported_media_type': 'نوع المحتوى هذا غير مدعوم.',
  'error.http.rate_limited': 'طلبات كثيرة جدًا. يرجى الانتظار قليلًا ثم المحاولة من جديد.',
  'error.http.internal': 'حدث خطأ غير متوقع.',
  'error.http.unavailable': 'الخدمة غير متاحة مؤقتًا.',
  'error.auth.unauthenticated': 'يجب تسجيل الدخول للقيام بهذا.',
  'error.auth.forbidden': 'غير مسموح لك بالقيام بهذا.',
  'error.jobs.unknown_kind': 'نوع مهمة غير معروف: {kind}.',
  'error.jobs.not_found': 'لا توجد مهمة بالمعرّف {id}.',

  'field.required': 'هذا الحقل إلزامي.',
  'field.too_short':
    'يجب ألا يقل عن {min, plural, one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}.',
  'field.too_long':
    'يجب ألا يزيد عن {max, plural, one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}.',
  'field.invalid_format': 'الصيغة غير صالحة.',
  'field.unsafe_html':
    'لا يُسمح بالبرامج النصية والإطارات والاستمارات وسمات الأحداث: اكتب النص بصيغة Markdown.',
  'field.invalid_value': 'هذه القيمة غير مسموح بها.',
  'field.too_small': 'يجب ألا يقل عن {min}.',
  'field.too_large': 'يجب ألا يزيد عن {max}.',
  'field.not_unique': 'هذه القيمة مستعملة من قبل.',
  'field.unknown_field': 'هذا الحقل غير متوقع.',
};
