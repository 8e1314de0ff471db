// Messages of the sign-in, sign-up, password and account pages. fr and ar are typed against en.
export const authPagesEn = {
  'auth.email': 'E-mail address',
  'auth.name': 'Name',
  'auth.password': 'Password',
  'auth.password_new': 'New password',
  'auth.password_hint': 'At least {min, plural, one {# character} other {# characters}}.',
  'auth.password_repeat': 'New password again',
  'auth.password_repeat_hint': 'Type the same password a second time.',
  'auth.language': 'Preferred language',
  'auth.to_login': 'Go to the sign-in page',
  'auth.link_missing':
    'This link is incomplete. Copy the whole link from the e-mail into the address bar of your browser.',

  'login.title': 'Sign in',
  'login.submit': 'Sign in',
  'login.already': 'You are already signed in as {name}.',
  'login.to_account': 'Go to your account',
  'login.forgot': 'Forgot your password?',
  'login.no_account': 'No account yet?',
  'login.signup_link': 'Create an account',
  'logout.done': 'You are signed out.',

  'signup.title': 'Create an account',
  'signup.intro':
    'An account lets you ask for data, follow your requests and comment. We will send you an e-mail to confirm your address.',
  'signup.submit': 'Create my account',
  'signup.closed':
    'On this portal, accounts are created by invitation only. If your institution publishes data here, ask one of its administrators to invite you: the invitation e-mail explains what to do.',
  'signup.have_account': 'Already have an account?',
  'signup.sent.title': 'Check your mailbox',
  'signup.sent.text':
    'We have sent a message to the address you gave. Open the link it contains within 48 hours to activate your account. If you do not see it, look in your spam folder.',

  'verify.title': 'Confirm your e-mail address',
  'verify.text': 'Press the button to confirm your address and activate your account.',
  'verify.submit': 'Confirm my address',
  'verify.done': 'Your address is confirmed. You can now sign in.',

  'forgot.title': 'Forgotten password',
  'forgot.text': 'Enter the address of your account: we will send you a link to choose a new password.',
  'forgot.submit': 'Send me a link',
  'forgot.sent':
    'If an account uses this address, a message with a link to choose a new password has been sent to it. The link works once, for one hour.',

  'reset.title': 'Choose a new password',
  'reset.text': 'Choose a new password for your account. Every session of the account will be closed.',
  'reset.submit': 'Save the new password',
  'reset.done': 'Your password has been changed. Sign in with the new one.',

  'account.title': 'My account',
  'account.back': 'Back to my account',
  'account.profile': 'Profile',
  'account.save': 'Save',
  'account.saved': 'Your profile has been saved.',
  'account.memberships': 'My organisations',
  'account.memberships.none': 'You are not a member of any organisation.',
  'account.roles': 'My roles on the platform',
  'account.roles.none': 'You have no role on the platform.',
  'account.security': 'Security',
  'account.password.title': 'Change my password',
  'account.password.text':
    'You stay signed in on this device; every other device where you are signed in will be signed out.',
  'account.password.current': 'Current password',
  'account.password.submit': 'Change the password',
  'account.password.changed': 'Your password has been changed. Your other sessions have been closed.',
  'account.sessions.title': 'Sign out everywhere',
  'account.sessions.text': 'Closes every session of your account, on every device, this one included.',
  'account.sessions.ended': 'You have been signed out on every device.',
  'account.deactivate.title': 'Deactivate my account',
  'account.deactivate.text':
    'You will be signed out everywhere, your API tokens will stop working and you will no longer be able to sign in. What you have published stays published. Only an administrator can reactivate the account.',
  'account.deactivate.submit': 'Deactivate my account',
  'account.deactivate.cancel': 'Keep my account',
  'account.deactivate.done': 'Your account has been deactivated.',

  'account.tokens.title': 'API tokens',
  'account.tokens.text':
    'A token lets a program use the API on your behalf: send it in the header “Authorization: Bearer” followed by the token. Keep it as secret as a password.',
  'account.tokens.list': 'My tokens',
  'account.tokens.none': 'You have no API token.',
  'account.tokens.name': 'Name',
  'account.tokens.name_hint': 'What the token is for, for example “monthly import script”.',
  'account.tokens.days': 'Valid for (days)',
  'account.tokens.days_hint': 'Leave empty for a token that does not expire.',
  'account.tokens.create': 'Create a token',
  'account.tokens.created_title': 'Your new token “{name}”',
  'account.tokens.created_once': 'Copy this token now and keep it safe: it will not be shown again.',
  'account.tokens.created': 'Created',
  'account.tokens.expires': 'Expires',
  'account.tokens.last_used': 'Last used',
  'account.tokens.status': 'Status',
  'account.tokens.actions': 'Actions',
  'account.tokens.never': 'Never',
  'account.tokens.no_expiry': 'Does not expire',
  'account.tokens.active': 'Active',
  'account.tokens.expired': 'Expired',
  'account.tokens.revoked_on': 'Revoked on {date}',
  'account.tokens.revoke': 'Revoke',
  'account.tokens.revoke_title': 'Revoke the token “{name}”',
  'account.tokens.revoke_text':
    'Programs that use this token will no longer be able to call the API. This cannot be undone.',
  'account.tokens.revoked': 'The token has been revoked.',
  'account.tokens.back': 'Back to my tokens',

  'invitation.title': 'Join an organisation',
  'invitation.text':
    'You have been invited to join an organisation of this portal. Accept to become a member with the role given in the invitation.',
  'invitation.submit': 'Accept the invitation',
  'invitation.accepted': 'You are now a member of the organisation.',
};

type AuthPagesMessages = Record<keyof typeof authPagesEn, string>;

export const authPagesFr: AuthPagesMessages = {
  'auth.email': 'Adresse électronique',
  'auth.name': 'Nom',
  'auth.password': 'Mot de passe',
  'auth.password_new': 'Nouveau mot de passe',
  'auth.password_hint': 'Au moins {min, plural, one {# caractère} other {# caractères}}.',
  'auth.password_repeat': 'Nouveau mot de passe, à nouveau',
  'auth.password_repeat_hint': 'Saisissez le même mot de passe une seconde fois.',
  'auth.language': 'Langue préférée',
  'auth.to_login': 'Aller à la page de connexion',
  'auth.link_missing':
    'Ce lien est incomplet. Copiez le lien entier du message dans la barre d’adresse de votre navigateur.',

  'login.title': 'Connexion',
  'login.submit': 'Se connecter',
  'login.already': 'Vous êtes déjà connecté en tant que {name}.',
  'login.to_account': 'Aller à votre compte',
  'login.forgot': 'Mot de passe oublié ?',
  'login.no_account': 'Pas encore de compte ?',
  'login.signup_link': 'Créer un compte',
  'logout.done': 'Vous êtes déconnecté.',

  'signup.title': 'Créer un compte',
  'signup.intro':
    'Un compte vous permet de demander des données, de suivre vos demandes et de commenter. Nous vous enverrons un message pour confirmer votre adresse.',
  'signup.submit': 'Créer mon compte',
  'signup.closed':
    'Sur ce portail, les comptes sont créés uniquement sur invitation. Si votre institution publie des données ici, demandez à l’un de ses administrateurs de vous inviter : le message d’invitation explique la marche à suivre.',
  'signup.have_account': 'Vous avez déjà un compte ?',
  'signup.sent.title': 'Consultez votre messagerie',
  'signup.sent.text':
    'Nous avons envoyé un message à l’adresse indiquée. Ouvrez le lien qu’il contient dans les 48 heures pour activer votre compte. Si vous ne le voyez pas, regardez dans vos courriers indésirables.',

  'verify.title': 'Confirmez votre adresse électronique',
  'verify.text': 'Appuyez sur le bouton pour confirmer votre adresse et activer votre compte.',
  'verify.submit': 'Confirmer mon adresse',
  'verify.done': 'Votre adresse est confirmée. Vous pouvez maintenant vous connecter.',

  'forgot.title': 'Mot de passe oublié',
  'forgot.text':
    'Saisissez l’adresse de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  'forgot.submit': 'M’envoyer un lien',
  'forgot.sent':
    'Si un compte utilise cette adresse, un message contenant un lien pour choisir un nouveau mot de passe lui a été envoyé. Le lien sert une seule fois, pendant une heure.',

  'reset.title': 'Choisir un nouveau mot de passe',
  'reset.text':
    'Choisissez un nouveau mot de passe pour votre compte. Toutes les sessions du compte seront fermées.',
  'reset.submit': 'Enregistrer le nouveau mot de passe',
  'reset.done': 'Votre mot de passe a été modifié. Connectez-vous avec le nouveau.',

  'account.title': 'Mon compte',
  'account.back': 'Retour à mon compte',
  'account.profile': 'Profil',
  'account.save': 'Enregistrer',
  'account.saved': 'Votre profil a été enregistré.',
  'account.memberships': 'Mes organisations',
  'account.memberships.none': 'Vous n’êtes membre d’aucune organisation.',
  'account.roles': 'Mes rôles sur la plateforme',
  'account.roles.none': 'Vous n’avez aucun rôle sur la plateforme.',
  'account.security': 'Sécurité',
  'account.password.title': 'Changer mon mot de passe',
  'account.password.text':
    'Vous restez connecté sur cet appareil ; tous les autres appareils où vous êtes connecté seront déconnectés.',
  'account.password.current': 'Mot de passe actuel',
  'account.password.submit': 'Changer le mot de passe',
  'account.password.changed': 'Votre mot de passe a été modifié. Vos autres sessions ont été fermées.',
  'account.sessions.title': 'Me déconnecter partout',
  'account.sessions.text':
    'Ferme toutes les sessions de votre compte, sur tous les appareils, y compris celui-ci.',
  'account.sessions.ended': 'Vous avez été déconnecté sur tous les appareils.',
  'account.deactivate.title': 'Désactiver mon compte',
  'account.deactivate.text':
    'Vous serez déconnecté partout, vos jetons d’API cesseront de fonctionner et vous ne pourrez plus vous connecter. Ce que vous avez publié reste publié. Seul un administrateur peut réactiver le compte.',
  'account.deactivate.submit': 'Désactiver mon compte',
  'account.deactivate.cancel': 'Conserver mon compte',
  'account.deactivate.done': 'Votre compte a été désactivé.',

  'account.tokens.title': 'Jetons d’API',
  'account.tokens.text':
    'Un jeton permet à un programme d’utiliser l’API en votre nom : envoyez-le dans l’en-tête « Authorization: Bearer » suivi du jeton. Gardez-le aussi secret qu’un mot de passe.',
  'account.tokens.list': 'Mes jetons',
  'account.tokens.none': 'Vous n’avez aucun jeton d’API.',
  'account.tokens.name': 'Nom',
  'account.tokens.name_hint': 'L’usage du jeton, par exemple « script d’import mensuel ».',
  'account.tokens.days': 'Durée de validité (jours)',
  'account.tokens.days_hint': 'Laissez vide pour un jeton sans date d’expiration.',
  'account.tokens.create': 'Créer un jeton',
  'account.tokens.created_title': 'Votre nouveau jeton « {name} »',
  'account.tokens.created_once':
    'Copiez ce jeton maintenant et conservez-le en lieu sûr : il ne sera plus jamais affiché.',
  'account.tokens.created': 'Créé le',
  'account.tokens.expires': 'Expire le',
  'account.tokens.last_used': 'Dernière utilisation',
  'account.tokens.status': 'État',
  'account.tokens.actions': 'Actions',
  'account.tokens.never': 'Jamais',
  'account.tokens.no_expiry': 'N’expire pas',
  'account.tokens.active': 'Actif',
  'account.tokens.expired': 'Expiré',
  'account.tokens.revoked_on': 'Révoqué le {date}',
  'account.tokens.revoke': 'Révoquer',
  'account.tokens.revoke_title': 'Révoquer le jeton « {name} »',
  'account.tokens.revoke_text':
    'Les programmes qui utilisent ce jeton ne pourront plus appeler l’API. Cette action est définitive.',
  'account.tokens.revoked': 'Le jeton a été révoqué.',
  'account.tokens.back': 'Retour à mes jetons',

  'invitation.title': 'Rejoindre une organisation',
  'invitation.text':
    'Vous avez été invité à rejoindre une organisation de ce portail. Acceptez pour en devenir membre avec le rôle indiqué dans l’invitation.',
  'invitation.submit': 'Accepter l’invitation',
  'invitation.accepted': 'Vous êtes désormais membre de l’organisation.',
};

export const authPagesAr: AuthPagesMessages = {
  'auth.email': 'البريد الإلكتروني',
  'auth.name': 'الاسم',
  'auth.password': 'كلمة المرور',
  'auth.password_new': 'كلمة المرور الجديدة',
  'auth.password_hint':
    '{min, plural, one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}} على الأقل.',
  'auth.password_repeat': 'تأكيد كلمة المرور الجديدة',
  'auth.password_repeat_hint': 'أعد كتابة كلمة المرور نفسها مرة ثانية.',
  'auth.language': 'اللغة المفضلة',
  'auth.to_login': 'الانتقال إلى صفحة تسجيل الدخول',
  'auth.link_missing': 'هذا الرابط غير مكتمل. انسخ الرابط كاملًا من الرسالة إلى شريط العنوان في متصفحك.',

  'login.title': 'تسجيل الدخول',
  'login.submit': 'تسجيل الدخول',
  'login.already': 'أنت مسجَّل الدخول حاليًا باسم {name}.',
  'login.to_account': 'الانتقال إلى حسابك',
  'login.forgot': 'هل نسيت كلمة المرور؟',
  'login.no_account': 'ليس لديك حساب بعد؟',
  'login.signup_link': 'إنشاء حساب',
  'logout.done': 'تم تسجيل خروجك.',

  'signup.title': 'إنشاء حساب',
  'signup.intro':
    'يتيح لك الحساب طلب البيانات وتتبع طلباتك والتعليق. سنرسل إليك رسالة إلكترونية لتأكيد عنوانك.',
  'signup.submit': 'إنشاء حسابي',
  'signup.closed':
    'لا تُنشأ الحسابات في هذه البوابة إلا بدعوة. إذا كانت مؤسستك تنشر بيانات هنا، فاطلب من أحد مسؤوليها دعوتك: توضح رسالة الدعوة الخطوات الواجب اتباعها.',
  'signup.have_account': 'لديك حساب من قبل؟',
  'signup.sent.title': 'تفقّد بريدك الإلكتروني',
  'signup.sent.text':
    'أرسلنا رسالة إلى العنوان الذي أدخلته. افتح الرابط الوارد فيها خلال 48 ساعة لتفعيل حسابك. إذا لم تجدها، فابحث في مجلد الرسائل غير المرغوب فيها.',

  'verify.title': 'تأكيد بريدك الإلكتروني',
  'verify.text': 'اضغط على الزر لتأكيد عنوانك وتفعيل حسابك.',
  'verify.submit': 'تأكيد عنواني',
  'verify.done': 'تم تأكيد عنوانك. يمكنك الآن تسجيل الدخول.',

  'forgot.title': 'نسيان كلمة المرور',
  'forgot.text': 'أدخل عنوان البريد الإلكتروني لحسابك: سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.',
  'forgot.submit': 'أرسل إليّ رابطًا',
  'forgot.sent':
    'إذا كان هذا العنوان مرتبطًا بحساب، فقد أُرسلت إليه رسالة تتضمن رابطًا لاختيار كلمة مرور جديدة. يصلح الرابط مرة واحدة ولمدة ساعة.',

  'reset.title': 'اختيار كلمة مرور جديدة',
  'reset.text': 'اختر كلمة مرور جديدة لحسابك. ستُغلق جميع جلسات الحساب.',
  'reset.submit': 'حفظ كلمة المرور الجديدة',
  'reset.done': 'تم تغيير كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.',

  'account.title': 'حسابي',
  'account.back': 'العودة إلى حسابي',
  'account.profile': 'الملف الشخصي',
  'account.save': 'حفظ',
  'account.saved': 'تم حفظ ملفك الشخصي.',
  'account.memberships': 'مؤسساتي',
  'account.memberships.none': 'لست عضوًا في أي مؤسسة.',
  'account.roles': 'أدواري في المنصة',
  'account.roles.none': 'ليس لديك أي دور في المنصة.',
  'account.security': 'الأمان',
  'account.password.title': 'تغيير كلمة المرور',
  'account.password.text': 'تبقى متصلًا على هذا الجهاز، وسيُسجَّل خروجك من جميع الأجهزة الأخرى.',
  'account.password.current': 'كلمة المرور الحالية',
  'account.password.submit': 'تغيير كلمة المرور',
  'account.password.changed': 'تم تغيير كلمة المرور، وأُغلقت جلساتك الأخرى.',
  'account.sessions.title': 'تسجيل الخروج من جميع الأجهزة',
  'account.sessions.text': 'يُغلق جميع جلسات حسابك على جميع الأجهزة، بما فيها هذا الجهاز.',
  'account.sessions.ended': 'تم تسجيل خروجك من جميع الأجهزة.',
  'account.deactivate.title': 'تعطيل حسابي',
  'account.deactivate.text':
    'سيُسجَّل خروجك من جميع الأجهزة، وستتوقف رموز الواجهة البرمجية الخاصة بك عن العمل، ولن تتمكن من تسجيل الدخول بعد ذلك. يبقى ما نشرته منشورًا. لا يمكن إعادة تفعيل الحساب إلا من قِبل مسؤول.',
  'account.deactivate.submit': 'تعطيل حسابي',
  'account.deactivate.cancel': 'الاحتفاظ بحسابي',
  'account.deactivate.done': 'تم تعطيل حسابك.',

  'account.tokens.title': 'رموز الواجهة البرمجية',
  'account.tokens.text':
    'يتيح الرمز لبرنامج ما استعمال الواجهة البرمجية باسمك: أرسله في الترويسة «Authorization: Bearer» متبوعة بالرمز. حافظ على سريته كما تحافظ على كلمة المرور.',
  'account.tokens.list': 'رموزي',
  'account.tokens.none': 'ليس لديك أي رمز للواجهة البرمجية.',
  'account.tokens.name': 'الاسم',
  'account.tokens.name_hint': 'الغرض من الرمز، مثلًا «برنامج الاستيراد الشهري».',
  'account.tokens.days': 'مدة الصلاحية (بالأيام)',
  'account.tokens.days_hint': 'اترك الحقل فارغًا للحصول على رمز لا تنتهي صلاحيته.',
  'account.tokens.create': 'إنشاء رمز',
  'account.tokens.created_title': 'رمزك الجديد «{name}»',
  'account.tokens.created_once': 'انسخ هذا الرمز الآن واحفظه في مكان آمن: لن يُعرض مرة أخرى.',
  'account.tokens.created': 'تاريخ الإنشاء',
  'account.tokens.expires': 'تاريخ انتهاء الصلاحية',
  'account.tokens.last_used': 'آخر استعمال',
  'account.tokens.status': 'الحالة',
  'account.tokens.actions': 'الإجراءات',
  'account.tokens.never': 'أبدًا',
  'account.tokens.no_expiry': 'لا تنتهي صلاحيته',
  'account.tokens.active': 'نشط',
  'account.tokens.expired': 'منتهي الصلاحية',
  'account.tokens.revoked_on': 'أُلغي بتاريخ {date}',
  'account.tokens.revoke': 'إلغاء',
  'account.tokens.revoke_title': 'إلغاء الرمز «{name}»',
  'account.tokens.revoke_text':
    'لن تتمكن البرامج التي تستعمل هذا الرمز من الوصول إلى الواجهة البرمجية. لا يمكن التراجع عن هذا الإجراء.',
  'account.tokens.revoked': 'تم إلغاء الرمز.',
  'account.tokens.back': 'العودة إلى رموزي',

  'invitation.title': 'الانضمام إلى مؤسسة',
  'invitation.text':
    'تمت دعوتك للانضمام إلى مؤسسة في هذه البوابة. اقبل الدعوة لتصبح عضوًا فيها بالدور المحدد في الدعوة.',
  'invitation.submit': 'قبول الدعوة',
  'invitation.accepted': 'أصبحت الآن عضوًا في المؤسسة.',
};
