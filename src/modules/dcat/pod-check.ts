// Test helper: the required fields and formats of the Project Open Data 1.1 schema (catalog.json and
// dataset.json of project-open-data.cio.gov/v1.1/schema), checked by hand: returns what is wrong, by path.
const MAILTO = /^mailto:[\w_~!$&'()*+,;=:.-]+@[\w.-]+\.[\w.-]+?$/;
const MEDIA = /^[-\w]+\/[-\w]+(\.[-\w]+)*([+][-\w]+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const PERIOD = /^(R\/P(\d+(\.\d+)?[YMWD])+|R\/PT(\d+[HMS])+|irregular)$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const URI = /^https?:\/\/\S+$/;
const ACCESS = ['public', 'restricted public', 'non-public'];

const str = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

export function podCatalogProblems(doc: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (doc.conformsTo !== 'https://project-open-data.cio.gov/v1.1/schema') out.push('conformsTo');
  if (!Array.isArray(doc.dataset)) return [...out, 'dataset'];
  doc.dataset.forEach((d, i) => {
    for (const p of podDatasetProblems(d as Record<string, unknown>)) out.push(`dataset[${i}].${p}`);
  });
  return out;
}

export function podDatasetProblems(d: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const k of ['title', 'description', 'identifier']) if (!str(d[k])) out.push(k);
  if (!Array.isArray(d.keyword) || !d.keyword.length || !d.keyword.every(str)) out.push('keyword');
  if (!str(d.modified) || !ISO_DATE.test(d.modified as string)) out.push('modified');
  const pub = d.publisher as Record<string, unknown> | undefined;
  if (!pub || !str(pub.name)) out.push('publisher.name');
  const cp = d.contactPoint as Record<string, unknown> | undefined;
  if (!cp || !str(cp.fn)) out.push('contactPoint.fn');
  if (!cp || !MAILTO.test(String(cp.hasEmail))) out.push('contactPoint.hasEmail');
  if (!ACCESS.includes(d.accessLevel as string)) out.push('accessLevel');
  if (d.accessLevel !== 'public' && (!str(d.rights) || String(d.rights).length > 255)) out.push('rights');
  if (d.license !== undefined && !URI.test(String(d.license))) out.push('license');
  if (d.accrualPeriodicity !== undefined && !PERIOD.test(String(d.accrualPeriodicity)))
    out.push('accrualPeriodicity');
  if (d.language !== undefined && (!Array.isArray(d.language) || !d.language.every((l) => LANGUAGE.test(l))))
    out.push('language');
  if (d.temporal !== undefined && !/^[^/]+\/[^/]+$/.test(String(d.temporal))) out.push('temporal');
  if (d.references !== undefined && (!Array.isArray(d.references) || !d.references.every((r) => URI.test(r))))
    out.push('references');
  if (d.theme !== undefined && (!Array.isArray(d.theme) || !d.theme.every(str))) out.push('theme');
  if (d.distribution !== undefined) {
    if (!Array.isArray(d.distribution)) out.push('distribution');
    else
      d.distribution.forEach((x: Record<string, unknown>, i: number) => {
        if (x.downloadURL !== undefined) {
          if (!URI.test(String(x.downloadURL))) out.push(`distribution[${i}].downloadURL`);
          if (!MEDIA.test(String(x.mediaType))) out.push(`distribution[${i}].mediaType`);
        }
        if (x.accessURL !== undefined && !URI.test(String(x.accessURL)))
          out.push(`distribution[${i}].accessURL`);
        if (x.downloadURL === undefined && x.accessURL === undefined) out.push(`distribution[${i}].url`);
      });
  }
  return out;
}
