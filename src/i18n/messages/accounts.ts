// Accounts: error messages, e-mails, role names. fr and ar are typed against en.

export const accountsEn = {
  'error.auth.csrf':
    'The form has expired or did not come from this site. Please reload the page and try again.',
  'error.auth.invalid_credentials': 'The e-mail address or the password is not correct.',
  'error.auth.email_not_verified': 'Please confirm your e-mail address first: follow the link we sent you.',
  'error.auth.login_throttled':
    'Too many failed attempts. Please wait {retryAfter, plural, one {# second} other {# seconds}} and try again.',
  'error.auth.token_invalid': 'This API token is not valid: it is unknown, expired or revoked.',
  'error.auth.link_invalid': 'This link is not valid: it has expired or has already been used.',
  'error.auth.signup_closed': 'Accounts are created by invitation only on this portal.',
  'error.accounts.user_not_found': 'No active account with this address: {email}.',
  'error.accounts.organization_not_found': 'No organisation named {name}.',
  'error.accounts.token_not_found': 'No such API token.',
  'error.accounts.request_not_found': 'No pending membership request with this id.',
  'error.accounts.already_member': 'This person is already a member.',
  'error.accounts.last_admin': 'An organisation must keep at least one administrator.',
  'error.accounts.last_sysadmin': 'The portal must keep at least one active system administrator.',
  'error.accounts.member_not_found': 'This person is not a member of the organisation.',

  'account.menu': 'Account',
  'account.login': 'Sign in',
  'account.logout': 'Sign out',
  'account.admin': 'Administration',

  'role.admin': 'Administrator',
  'role.editor': 'Editor',
  'role.member': 'Member',
  'role.sysadmin': 'System administrator',
  'role.open_data_officer': 'Open data officer',
  'role.data_manager': 'Data manager',
  'role.project_lead': 'Project lead',
  'role.steering_committee': 'Steering committee member',
  'role.moderator': 'Moderator',

  'mail.verify.subject': 'Confirm your e-mail address',
  'mail.verify.body':
    'Hello {name},\n\nTo activate your account, open this link within 48 hours:\n{link}\n\nIf you did not create an account, ignore this message.',
  'mail.exists.subject': 'Your account',
  'mail.exists.body':
    'Hello {name},\n\nSomeone tried to create an account with this address, which already has one. If it was you and you forgot your password, reset it here:\n{link}\n\nOtherwise, ignore this message.',
  'mail.reset.subject': 'Reset your password',
  'mail.reset.body':
    'Hello {name},\n\nTo choose a new password, open this link within one hour (it works once):\n{link}\n\nIf you did not ask for this, ignore this message: your password stays the same.',
  'mail.invite.subject': 'Invitation to join {organization}',
  'mail.invite.body':
    'Hello,\n\nYou are invited to join {organization} as {role}. Sign in (or create an account with this address), then open this link within 14 days:\n{link}',
};

type AccountsMessages = Record<keyof typeof accountsEn, string>;

export const accountsFr: AccountsMessages = {
  'error.auth.csrf': 'Le formulaire a expiré ou ne provient pas de ce site. Rechargez la page et réessayez.',
  'error.auth.invalid_credentials': 'L’adresse électronique ou le mot de passe est incorrect.',
  'error.auth.email_not_verified':
    'Confirmez d’abord votre adresse électronique : suivez le lien que nous vous avons envoyé.',
  'error.auth.login_throttled':
    'Trop de tentatives échouées. Patientez {retryAfter, plural, one {# seconde} other {# secondes}} puis réessayez.',
  'error.auth.token_invalid': 'Ce jeton d’API n’est pas valide : inconnu, expiré ou révoqué.',
  'error.auth.link_invalid': 'Ce lien n’est pas valide : il a expiré ou a déjà été utilisé.',
  'error.auth.signup_closed': 'Sur ce portail, les comptes sont créés uniquement sur invitation.',
  'error.accounts.user_not_found': 'Aucun compte actif avec cette adresse : {email}.',
  'error.accounts.organization_not_found': 'Aucune organisation nommée {name}.',
  'error.accounts.token_not_found': 'Jeton d’API introuvable.',
  'error.accounts.request_not_found': 'Aucune demande d’adhésion en attente avec cet identifiant.',
  'error.accounts.already_member': 'Cette personne est déjà membre.',
  'error.accounts.last_admin': 'Une organisation doit garder au moins un administrateur.',
  'error.accounts.last_sysadmin': 'Le portail doit garder au moins un administrateur système actif.',
  'error.accounts.member_not_found': 'Cette personne n’est pas membre de l’organisation.',

  'account.menu': 'Compte',
  'account.login': 'Se connecter',
  'account.logout': 'Se déconnecter',
  'account.admin': 'Administration',

  'role.admin': 'Administrateur',
  'role.editor': 'Éditeur',
  'role.member': 'Membre',
  'role.sysadmin': 'Administrateur système',
  'role.open_data_officer': 'Responsable des données ouvertes',
  'role.data_manager': 'Gestionnaire de données',
  'role.project_lead': 'Chef de projet',
  'role.steering_committee': 'Membre du comité de pilotage',
  'role.moderator': 'Modérateur',

  'mail.verify.subject': 'Confirmez votre adresse électronique',
  'mail.verify.body':
    'Bonjour {name},\n\nPour activer votre compte, ouvrez ce lien dans les 48 heures :\n{link}\n\nSi vous n’avez pas créé de compte, ignorez ce message.',
  'mail.exists.subject': 'Votre compte',
  'mail.exists.body':
    'Bonjour {name},\n\nQuelqu’un a essayé de créer un compte avec cette adresse, qui en a déjà un. Si c’était vous et que vous avez oublié votre mot de passe, réinitialisez-le ici :\n{link}\n\nSinon, ignorez ce message.',
  'mail.reset.subject': 'Réinitialisez votre mot de passe',
  'mail.reset.body':
    'Bonjour {name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure (il ne sert qu’une fois) :\n{link}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.',
  'mail.invite.subject': 'Invitation à rejoindre {organization}',
  'mail.invite.body':
    'Bonjour,\n\nVous êtes invité à rejoindre {organization} en tant que {role}. Connectez-vous (ou créez un compte avec cette adresse), puis ouvrez ce lien dans les 14 jours :\n{link}',
};

export const accountsAr: AccountsMessages = {
  'error.auth.csrf':
    'انتهت صلاحية الاستمارة أو أنها لم تصدر عن هذا الموقع. يرجى إعادة تحميل الصفحة والمحاولة من جديد.',
  'error.auth.invalid_credentials': 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  'error.auth.email_not_verified': 'يرجى أولًا تأكيد بريدك الإلكتروني عبر الرابط الذي أرسلناه إليك.',
  'error.auth.login_throttled':
    'محاولات فاشلة كثيرة. يرجى الانتظار {retryAfter, plural, one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانيةً} other {# ثانية}} ثم المحاولة من جديد.',
  'error.auth.token_invalid': 'رمز الواجهة البرمجية هذا غير صالح: مجهول أو منتهي الصلاحية أو ملغى.',
  'error.auth.link_invalid': 'هذا الرابط غير صالح: انتهت صلاحيته أو سبق استعماله.',
  'error.auth.signup_closed': 'لا تُنشأ الحسابات في هذه البوابة إلا بدعوة.',
  'error.accounts.user_not_found': 'لا يوجد حساب نشط بهذا العنوان: {email}.',
  'error.accounts.organization_not_found': 'لا توجد مؤسسة باسم {name}.',
  'error.accounts.token_not_found': 'رمز الواجهة البرمجية غير موجود.',
  'error.accounts.request_not_found': 'لا يوجد طلب انضمام معلق بهذا المعرّف.',
  'error.accounts.already_member': 'هذا الشخص عضو من قبل.',
  'error.accounts.last_admin': 'يجب أن تحتفظ المؤسسة بمسؤول واحد على الأقل.',
  'error.accounts.last_sysadmin': 'يجب أن تحتفظ البوابة بمسؤول نظام نشط واحد على الأقل.',
  'error.accounts.member_not_found': 'هذا الشخص ليس عضوًا في المؤسسة.',

  'account.menu': 'الحساب',
  'account.login': 'تسجيل الدخول',
  'account.logout': 'تسجيل الخروج',
  'account.admin': 'الإدارة',

  'role.admin': 'مسؤول',
  'role.editor': 'محرر',
  'role.member': 'عضو',
  'role.sysadmin': 'مسؤول النظام',
  'role.open_data_officer': 'مسؤول البيانات المفتوحة',
  'role.data_manager': 'مدبّر البيانات',
  'role.project_lead': 'رئيس المشروع',
  'role.steering_committee': 'عضو لجنة القيادة',
  'role.moderator': 'مشرف',

  'mail.verify.subject': 'تأكيد بريدك الإلكتروني',
  'mail.verify.body':
    'مرحبًا {name}،\n\nلتفعيل حسابك، افتح هذا الرابط خلال 48 ساعة:\n{link}\n\nإذا لم تنشئ حسابًا، تجاهل هذه الرسالة.',
  'mail.exists.subject': 'حسابك',
  'mail.exists.body':
    'مرحبًا {name}،\n\nحاول شخص ما إنشاء حساب بهذا العنوان الذي له حساب من قبل. إذا كنت أنت ونسيت كلمة المرور، أعد تعيينها هنا:\n{link}\n\nوإلا فتجاهل هذه الرسالة.',
  'mail.reset.subject': 'إعادة تعيين كلمة المرور',
  'mail.reset.body':
    'مرحبًا {name}،\n\nلاختيار كلمة مرور جديدة، افتح هذا الرابط خلال ساعة (يصلح مرة واحدة):\n{link}\n\nإذا لم تطلب ذلك، تجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.',
  'mail.invite.subject': 'دعوة للانضمام إلى {organization}',
  'mail.invite.body':
    'مرحبًا،\n\nأنت مدعو للانضمام إلى {organization} بصفة {role}. سجّل الدخول (أو أنشئ حسابًا بهذا العنوان)، ثم افتح هذا الرابط خلال 14 يومًا:\n{link}',
};
