// Plan files for the import tests: one with an error in most columns, one valid (French headers, semicolons).
import { multipartBody } from '../../../test/multipart.ts';

/** A multipart body with a `dryRun` field (when given) and the file. */
export function multipart(file: Buffer | string, name: string, dryRun?: boolean) {
  const { payload, contentType } = multipartBody({
    field: 'file',
    filename: name,
    content: Buffer.isBuffer(file) ? file : Buffer.from(file),
    contentType: 'application/octet-stream',
    fields: dryRun === undefined ? {} : { dryRun: dryRun ? '1' : '0' },
  });
  return { headers: { 'content-type': contentType }, payload };
}

export const invalidCsv = [
  'type,identifiant,numero,titre_fr,titre_ar,date_debut,date_fin,statut,poids,realisation,date,couleur',
  'plan,mauvais slug!,,Plan importé,,2024-01-01,2023-01-01,implementation,,,,',
  'engagement,,1,Budget ouvert,,,,,,,,',
  'activite,,1,,,,,,-2,,,',
  'rapport,,1,,,,,,,150,2024-02-01,',
  'engagement,,1,Doublon,,,,,,,,',
].join('\n');

export const validCsv = [
  'type;identifiant;numero;titre_fr;titre_ar;date_debut;date_fin;statut;poids;realisation;date;realisations_fr',
  'plan;pan-importe;;Plan importé;الخطة المستوردة;2024-01-01;2025-12-31;implementation;;;;',
  'engagement;;1;Budget ouvert;الميزانية المفتوحة;2024-01-01;2025-12-31;;;;;',
  'activite;;1;Publier le budget;نشر الميزانية;;2024-06-30;;3;;;',
  'rapport;;1;;;;;;;40;2024-02-01;Projet publié',
  'rapport;;1;;;;;;;80;2024-05-01;Budget publié',
  'activite;;1;Consultation;استشارة;;;;1;;;',
  'rapport;;1;;;;;;;100;2024-03-01;',
  'engagement;;2;Données ouvertes;البيانات المفتوحة;;;;;;;',
].join('\n');
