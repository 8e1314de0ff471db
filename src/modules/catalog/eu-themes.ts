// The 13 codes of the EU data-theme vocabulary (publications.europa.eu/resource/authority/data-theme), one of
// which an administrator may choose per theme; the DCAT export and harvesting use the choice before the
// mapping by theme name (src/modules/dcat/vocabularies.ts).
export const euThemeCodes = [
  'AGRI',
  'ECON',
  'EDUC',
  'ENER',
  'ENVI',
  'GOVE',
  'HEAL',
  'INTR',
  'JUST',
  'REGI',
  'SOCI',
  'TECH',
  'TRAN',
] as const;
export type EuThemeCode = (typeof euThemeCodes)[number];
