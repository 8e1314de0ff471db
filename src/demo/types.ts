// Shapes of the demo catalogue's definitions (themes, datasets and their resources).
import type { Translated } from '../modules/catalog/index.ts';

export type T3 = { ar: string; fr: string; en: string };

export interface DemoTheme {
  name: string;
  icon: string;
  /** EU data-theme code (AGRI … TRAN) the DCAT export uses. */
  eu_theme: string;
  title: T3;
  description: T3;
}

export interface DemoResource {
  title: T3;
  description?: Translated;
  /** A file of src/demo/files, stored through the storage backend. */
  file?: string;
  /** A link (documentation page, API description) on the producer's public site. */
  url?: string;
  kind?: 'data' | 'documentation' | 'api';
  format?: string;
}

export interface DemoDataset {
  name: string;
  organization: string;
  themes: string[];
  title: T3;
  description: T3;
  tags: string[];
  license_id: string;
  frequency: string;
  temporal_start: string;
  temporal_end: string;
  issued: string;
  featured?: boolean;
  contact_name: string;
  contact_email: string;
  resources: DemoResource[];
}

/** A CSV file of src/demo/files. */
export const csv = (file: string, title: T3, description?: T3): DemoResource => ({
  file,
  title,
  format: 'CSV',
  ...(description ? { description } : {}),
});

/** A page on a producer's public site. */
export const link = (
  url: string,
  title: T3,
  kind: 'documentation' | 'api' = 'documentation',
): DemoResource => ({
  url,
  title,
  kind,
  format: 'HTML',
});
