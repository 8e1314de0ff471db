// Test helper: validates RDF against the official DCAT-AP 3.0.1 SHACL shapes, read from the standards folder
// that sits beside the checkout (../shared/standards/dcat-ap/3.0.1, never copied into the repository), or from
// DCAT_AP_SHAPES_DIR. Where neither exists (a bare clone elsewhere) the SHACL tests are skipped, saying why.
// shapes.ttl + range.ttl give the violations; shapes_recommended.ttl the warnings. The shapes need no
// vocabulary data (mdr-vocabularies.shape.ttl, which does, is left out: it needs the EU vocabularies loaded).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, type Quad, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const candidates = [
  process.env.DCAT_AP_SHAPES_DIR,
  join(repoRoot, '../shared/standards/dcat-ap/3.0.1/split'),
  '/work/shared/standards/dcat-ap/3.0.1/split',
].filter((d): d is string => Boolean(d));
export const SHAPES_DIR = candidates.find((d) => existsSync(join(d, 'shapes.ttl'))) ?? candidates[0]!;
/** False when the shapes are nowhere to be read: the tests say so and skip. */
export const shapesMissing = existsSync(join(SHAPES_DIR, 'shapes.ttl'))
  ? false
  : `DCAT-AP 3.0.1 SHACL shapes not found (looked in ${candidates.join(', ')}; set DCAT_AP_SHAPES_DIR)`;

function load(files: string[]): Store {
  if (!existsSync(SHAPES_DIR))
    throw new Error(
      `DCAT-AP 3.0.1 SHACL shapes not found at ${SHAPES_DIR}: the tests need the shared standards folder ` +
        '(../shared/standards beside the checkout).',
    );
  const store = new Store();
  for (const f of files) store.addQuads(new Parser().parse(readFileSync(join(SHAPES_DIR, f), 'utf8')));
  return store;
}

export interface ShaclFinding {
  focus: string;
  path: string;
  message: string;
  shape: string;
}

let mandatory: SHACLValidator | null = null;
let recommended: SHACLValidator | null = null;

type Report = Awaited<ReturnType<SHACLValidator['validate']>>;

function findings(report: Report, severity: 'Violation' | 'Warning'): ShaclFinding[] {
  return report.results
    .filter((r) => r.severity?.value === `http://www.w3.org/ns/shacl#${severity}`)
    .map((r) => ({
      focus: r.focusNode?.value ?? '',
      path: r.path?.value ?? '',
      message: r.message.map((m) => m.value).join(' '),
      shape: r.sourceShape?.value ?? '',
    }));
}

/** Violations of shapes.ttl and range.ttl (warnings of those files are ignored here). */
export async function violations(quads: Quad[]): Promise<ShaclFinding[]> {
  mandatory ??= new SHACLValidator(load(['shapes.ttl', 'range.ttl']));
  const data = new Store(quads);
  return findings(await mandatory.validate(data), 'Violation');
}

/** Warnings of shapes_recommended.ttl (recommended properties missing). */
export async function warnings(quads: Quad[]): Promise<ShaclFinding[]> {
  recommended ??= new SHACLValidator(load(['shapes_recommended.ttl']));
  return findings(await recommended.validate(new Store(quads)), 'Warning');
}

export const parseTurtle = (ttl: string): Quad[] => new Parser().parse(ttl);
