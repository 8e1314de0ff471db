// The validation report: Frictionless error types (https://specs.frictionlessdata.io/) with positions.

export type ReportErrorType =
  | 'blank-header'
  | 'duplicate-header'
  | 'missing-cell'
  | 'extra-cell'
  | 'type-error'
  | 'constraint-error'
  | 'unique-error'
  | 'primary-key-error'
  | 'encoding-error'
  | 'blank-row'
  | 'footnote-row'
  | 'multiline-header'
  | 'source-error'
  | 'format-error';

export interface ReportError {
  type: ReportErrorType;
  /** 1-based row number in the file (the header is row 1 in CSV); absent for file-level errors. */
  rowNumber?: number;
  /** 1-based column number. */
  fieldNumber?: number;
  fieldName?: string;
  /** The offending cell, cut to 100 characters. */
  cell?: string;
  /** Values for the translated message (expected type, constraint, encoding…). */
  params?: Record<string, string | number>;
}

export interface ValidationReport {
  valid: boolean;
  /** What was read: encoding, delimiter, format, header rows. */
  source: {
    format: string;
    encoding?: string;
    delimiter?: string;
    headerRows: number;
    bytes: number;
    /** XLSX: the workbook's sheet names (tab order) and the one loaded. */
    sheets?: string[];
    sheet?: string;
  };
  stats: { rows: number; loadedRows: number; errors: number; warnings: number };
  /** Count of every error type, including those beyond the cap. */
  counts: Partial<Record<ReportErrorType, number>>;
  /** The first errors (capped; `truncated` says more exist). */
  errors: ReportError[];
  truncated: boolean;
  /**
   * Columns whose inferred type a later row contradicted: they were loaded again as text (no value lost).
   * The row and cell say what contradicted the sample.
   */
  retyped: { fieldName: string; from: string; rowNumber: number; cell: string }[];
  /** The declared primary key and unique columns: whether the table got a unique index, else why not. */
  uniqueIndexes?: UniqueIndexOutcome[];
}

export interface UniqueIndexOutcome {
  kind: 'primaryKey' | 'unique';
  fields: string[];
  indexed: boolean;
  /** Why no index: repeated keys, or (primary key) empty key cells; `count` of such rows. */
  reason?: 'duplicates' | 'missing_values';
  count?: number;
}
