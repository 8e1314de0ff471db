// Action plans: import and export of a plan file, documents and team. fr and ar are typed against en.

export const plansImportEn = {
  'error.plans.import_invalid':
    'The file has {count, plural, one {# problem} other {# problems}}; nothing was changed.',
  'plans.import.title': 'Import a plan',
  'plans.import.intro':
    'A CSV or XLSX file, one row per item: a “plan” row, then each “commitment” row followed by its “activity” rows, each followed by its “report” rows. Headers in English, French or Arabic; translated columns end in _ar, _fr or _en. The whole file is checked first: nothing is created unless every row is valid.',
  'plans.import.columns': 'Columns',
  'plans.import.file': 'Plan file (CSV or XLSX)',
  'plans.import.dryRun': 'Only check the file (change nothing)',
  'plans.import.submit': 'Import',
  'plans.import.valid':
    'The file is valid: {commitments, plural, one {# commitment} other {# commitments}}, {activities, plural, one {# activity} other {# activities}}, {reports, plural, one {# report} other {# reports}}. Nothing was changed (check only).',
  'plans.import.invalid':
    'The file has {count, plural, one {# problem} other {# problems}}; nothing was changed.',
  'plans.import.col.row': 'Row',
  'plans.import.col.column': 'Column',
  'plans.import.col.reason': 'Problem',
  'plans.export.title': 'Export',
  'plans.docs.title': 'Documents and team',
  'plans.docs.documents': 'Documents',
  'plans.docs.team': 'Team',
  'plans.docs.noDocuments': 'No document has been added to this plan yet.',
  'plans.docs.noTeam': 'No team member has been listed for this plan yet.',
  'plans.docs.addDocument': 'Add a document',
  'plans.docs.addMember': 'Add a team member',
  'plans.docs.removeDocument': 'Remove the document “{title}”',
  'plans.docs.removeMember': 'Remove {name} from the team',
  'plans.docs.name': 'Name',
  'plans.docs.role': 'Role',
  'plans.docs.institution': 'Institution',
};

export type PlansImportMessages = Record<keyof typeof plansImportEn, string>;

export const plansImportFr: PlansImportMessages = {
  'error.plans.import_invalid':
    'Le fichier comporte {count, plural, one {# problème} other {# problèmes}} ; rien n’a été modifié.',
  'plans.import.title': 'Importer un plan',
  'plans.import.intro':
    'Un fichier CSV ou XLSX, une ligne par élément : une ligne « plan », puis chaque ligne « engagement » suivie de ses lignes « activité », chacune suivie de ses lignes « rapport ». En-têtes en anglais, français ou arabe ; les colonnes traduites se terminent par _ar, _fr ou _en. Tout le fichier est d’abord vérifié : rien n’est créé tant qu’une ligne est invalide.',
  'plans.import.columns': 'Colonnes',
  'plans.import.file': 'Fichier du plan (CSV ou XLSX)',
  'plans.import.dryRun': 'Vérifier seulement le fichier (ne rien modifier)',
  'plans.import.submit': 'Importer',
  'plans.import.valid':
    'Le fichier est valide : {commitments, plural, one {# engagement} other {# engagements}}, {activities, plural, one {# activité} other {# activités}}, {reports, plural, one {# rapport} other {# rapports}}. Rien n’a été modifié (vérification seulement).',
  'plans.import.invalid':
    'Le fichier comporte {count, plural, one {# problème} other {# problèmes}} ; rien n’a été modifié.',
  'plans.import.col.row': 'Ligne',
  'plans.import.col.column': 'Colonne',
  'plans.import.col.reason': 'Problème',
  'plans.export.title': 'Exporter',
  'plans.docs.title': 'Documents et équipe',
  'plans.docs.documents': 'Documents',
  'plans.docs.team': 'Équipe',
  'plans.docs.noDocuments': 'Aucun document n’a encore été ajouté à ce plan.',
  'plans.docs.noTeam': 'Aucun membre de l’équipe n’a encore été indiqué pour ce plan.',
  'plans.docs.addDocument': 'Ajouter un document',
  'plans.docs.addMember': 'Ajouter un membre de l’équipe',
  'plans.docs.removeDocument': 'Retirer le document « {title} »',
  'plans.docs.removeMember': 'Retirer {name} de l’équipe',
  'plans.docs.name': 'Nom',
  'plans.docs.role': 'Rôle',
  'plans.docs.institution': 'Institution',
};

export const plansImportAr: PlansImportMessages = {
  'error.plans.import_invalid':
    'يتضمن الملف {count, plural, one {مشكلة واحدة} two {مشكلتين} few {# مشكلات} many {# مشكلةً} other {# مشكلة}}؛ لم يتم تغيير أي شيء.',
  'plans.import.title': 'استيراد خطة',
  'plans.import.intro':
    'ملف CSV أو XLSX، سطر لكل عنصر: سطر «خطة»، ثم كل سطر «التزام» متبوعاً بأسطر «نشاط» الخاصة به، وكل نشاط متبوع بأسطر «تقرير». العناوين بالإنجليزية أو الفرنسية أو العربية؛ وتنتهي الأعمدة المترجمة بـ _ar أو _fr أو _en. يُفحص الملف كاملاً أولاً: لا يُنشأ أي شيء ما دام سطر واحد غير صالح.',
  'plans.import.columns': 'الأعمدة',
  'plans.import.file': 'ملف الخطة (CSV أو XLSX)',
  'plans.import.dryRun': 'فحص الملف فقط (دون تغيير أي شيء)',
  'plans.import.submit': 'استيراد',
  'plans.import.valid':
    'الملف صالح: {commitments, plural, zero {0 التزامات} one {التزام واحد} two {التزامان} few {# التزامات} many {# التزاماً} other {# التزام}}، {activities, plural, zero {0 أنشطة} one {نشاط واحد} two {نشاطان} few {# أنشطة} many {# نشاطاً} other {# نشاط}}، {reports, plural, zero {0 تقارير} one {تقرير واحد} two {تقريران} few {# تقارير} many {# تقريراً} other {# تقرير}}. لم يتم تغيير أي شيء (فحص فقط).',
  'plans.import.invalid':
    'يتضمن الملف {count, plural, one {مشكلة واحدة} two {مشكلتين} few {# مشكلات} many {# مشكلةً} other {# مشكلة}}؛ لم يتم تغيير أي شيء.',
  'plans.import.col.row': 'السطر',
  'plans.import.col.column': 'العمود',
  'plans.import.col.reason': 'المشكلة',
  'plans.export.title': 'تصدير',
  'plans.docs.title': 'الوثائق والفريق',
  'plans.docs.documents': 'الوثائق',
  'plans.docs.team': 'الفريق',
  'plans.docs.noDocuments': 'لم تُضَف أي وثيقة إلى هذه الخطة بعد.',
  'plans.docs.noTeam': 'لم يُحدَّد أي عضو في فريق هذه الخطة بعد.',
  'plans.docs.addDocument': 'إضافة وثيقة',
  'plans.docs.addMember': 'إضافة عضو إلى الفريق',
  'plans.docs.removeDocument': 'حذف الوثيقة «{title}»',
  'plans.docs.removeMember': 'حذف {name} من الفريق',
  'plans.docs.name': 'الاسم',
  'plans.docs.role': 'الدور',
  'plans.docs.institution': 'المؤسسة',
};
