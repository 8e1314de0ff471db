import { accountsFr } from './accounts.ts';
import { adminMembersFr } from './admin-members.ts';
import { adminPagesFr } from './admin-pages.ts';
import { apidocFr } from './apidoc.ts';
import { authPagesFr } from './auth-pages.ts';
import { catalogFr } from './catalog.ts';
import { catalogManageFr } from './catalog-manage.ts';
import { catalogPagesFr } from './catalog-pages.ts';
import { ckanFr } from './ckan.ts';
import { datastoreFr } from './datastore.ts';
import { datastoreKeysFr } from './datastore-keys.ts';
import { datastoreQueryFr } from './datastore-query.ts';
import { dcatFr } from './dcat.ts';
import type { Messages } from './en.ts';
import { filesFr } from './files.ts';
import { harvestFr } from './harvest.ts';
import { refreshFr } from './harvest-refresh.ts';
import { inventoryFr } from './inventory.ts';
import { plansFr } from './plans.ts';
import { plansGovFr } from './plans-gov.ts';
import { plansImportFr } from './plans-import.ts';
import { plansManageFr } from './plans-manage.ts';
import { plansReportFr } from './plans-report.ts';
import { requestsFr } from './requests.ts';
import { requestsMoreFr } from './requests-more.ts';
import { searchFr } from './search.ts';
import { themesAdminFr } from './themes-admin.ts';

export const fr: Messages = {
  ...accountsFr,
  ...catalogManageFr,
  ...catalogFr,
  ...catalogPagesFr,
  ...filesFr,
  ...ckanFr,
  ...datastoreQueryFr,
  ...apidocFr,
  ...searchFr,
  ...dcatFr,
  ...datastoreFr,
  ...datastoreKeysFr,
  ...plansFr,
  ...plansGovFr,
  ...plansReportFr,
  ...plansManageFr,
  ...plansImportFr,
  ...requestsFr,
  ...inventoryFr,
  ...requestsMoreFr,
  ...harvestFr,
  ...refreshFr,
  ...themesAdminFr,
  ...authPagesFr,
  ...adminPagesFr,
  ...adminMembersFr,
  'site.name': 'Shafaf',
  'site.tagline': 'Données ouvertes et gouvernement ouvert',
  'site.description':
    'Le portail national des données publiques ouvertes et du suivi du plan d’action du gouvernement ouvert.',

  'nav.skip': 'Aller au contenu principal',
  'nav.main': 'Principal',
  'nav.home': 'Accueil',
  'nav.datasets': 'Jeux de données',
  'nav.organizations': 'Producteurs',
  'nav.themes': 'Thèmes',
  'nav.requests': 'Demandes de données',
  'nav.opengov': 'Gouvernement ouvert',
  'nav.about': 'À propos',
  'nav.languages': 'Langue',
  'nav.menu': 'Menu',

  'search.label': 'Rechercher des jeux de données',
  'search.placeholder': 'Rechercher des jeux de données, producteurs, thèmes…',
  'search.submit': 'Rechercher',

  'home.title': 'Données publiques ouvertes',
  'home.lead':
    'Trouvez, prévisualisez, téléchargez et interrogez les données publiées par les institutions publiques, demandez les données qui ne sont pas encore publiées et suivez le plan d’action du gouvernement ouvert.',
  'home.explore': 'Explorer',
  'home.cards.datasets': 'Trouver et télécharger les jeux de données de tous les producteurs.',
  'home.cards.organizations':
    'Les ministères, agences et collectivités territoriales qui publient des données.',
  'home.cards.themes': 'Les données par thème : finances, santé, éducation et plus.',
  'home.cards.requests': 'Demander des données publiques non encore publiées et suivre la réponse.',
  'home.cards.opengov': 'Les engagements du plan d’action et leur avancement.',
  'home.api.title': 'Pour les développeurs',
  'home.api.text':
    'Chaque page existe aussi en JSON : ajoutez .json à son adresse. Le portail parle l’API CKAN.',

  'about.title': 'À propos de ce portail',
  'about.text':
    'Ce portail publie les données ouvertes des institutions publiques et suit le programme de gouvernement ouvert. Il repose sur Shafaf, un logiciel libre.',
  'about.languages': 'Le portail est disponible en arabe, en français et en anglais.',
  'about.json': 'Version lisible par machine de cette page',

  'footer.text': 'Des données publiques, ouvertes à tous.',
  'footer.software': 'Propulsé par Shafaf, logiciel libre.',
  'footer.json': 'Cette page en JSON',

  'page.not_found.title': 'Page introuvable',
  'page.not_found.text': 'La page demandée n’existe pas ou a été déplacée.',
  'page.error.title': 'Une erreur est survenue',
  'page.error.text':
    'Une erreur inattendue s’est produite. Elle a été enregistrée ; veuillez réessayer plus tard.',
  'page.error.reference': 'Référence : {id}',
  'page.error.home': 'Retour à l’accueil',
  'page.error.fields': 'Veuillez corriger les points suivants :',

  'jobs.status.queued': 'En attente',
  'jobs.status.running': 'En cours',
  'jobs.status.done': 'Terminé',
  'jobs.status.dead': 'Échec',
  'jobs.progress': 'Avancement : {done} sur {total}',

  'error.http.bad_request': 'La requête n’est pas valide.',
  'error.http.validation': 'Certains champs ne sont pas valides.',
  'error.http.not_found': 'Introuvable.',
  'error.http.method_not_allowed': 'Cette méthode n’est pas autorisée ici.',
  'error.http.payload_too_large': 'La requête est trop volumineuse.',
  'error.http.unsupported_media_type': 'Ce type de contenu n’est pas pris en charge.',
  'error.http.rate_limited': 'Trop de requêtes. Patientez un instant puis réessayez.',
  'error.http.internal': 'Une erreur inattendue s’est produite.',
  'error.http.unavailable': 'Le service est temporairement indisponible.',
  'error.auth.unauthenticated': 'Vous devez vous connecter pour faire ceci.',
  'error.auth.forbidden': 'Vous n’êtes pas autorisé à faire ceci.',
  'error.jobs.unknown_kind': 'Type de tâche inconnu : {kind}.',
  'error.jobs.not_found': 'Aucune tâche avec l’identifiant {id}.',

  'field.required': 'Ce champ est obligatoire.',
  'field.too_short': 'Au moins {min, plural, one {# caractère} other {# caractères}}.',
  'field.too_long': 'Au plus {max, plural, one {# caractère} other {# caractères}}.',
  'field.invalid_format': 'Le format n’est pas valide.',
  'field.unsafe_html':
    'Scripts, cadres, formulaires et attributs d’événement ne sont pas admis : rédigez le texte en Markdown.',
  'field.invalid_value': 'Cette valeur n’est pas autorisée.',
  'field.too_small': 'Doit être au moins {min}.',
  'field.too_large': 'Doit être au plus {max}.',
  'field.not_unique': 'Cette valeur est déjà utilisée.',
  'field.unknown_field': 'Ce champ n’est pas attendu.',
};
