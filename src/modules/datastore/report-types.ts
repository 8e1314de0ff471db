// The validation report: Frictionless error types (https://specs.frictionlessdata.io/) with positions.

export type ReportErrorType =
  | 'blank-header'
  | 'duplicate-header'
  | 'missing-cell'
  | 'extra-cell'
  | 'type-error'
  | 'constraint-error'
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
}
