// Builds a validation report: every error is counted by type, the first ones are kept with their positions.
import type { ReportError, ReportErrorType, ValidationReport } from './report-types.ts';

/** Errors kept with their positions; beyond, only counted. */
export const REPORT_CAP = 1000;

// Reported to help, not a reason to call the file invalid.
const WARNINGS = new Set<ReportErrorType>(['blank-row', 'footnote-row', 'multiline-header']);

export class ReportBuilder {
  private readonly errors: ReportError[] = [];
  private readonly counts: Partial<Record<ReportErrorType, number>> = {};
  private total = 0;
  private warnings = 0;

  constructor(private readonly cap = REPORT_CAP) {}

  add(error: ReportError): void {
    this.counts[error.type] = (this.counts[error.type] ?? 0) + 1;
    if (WARNINGS.has(error.type)) this.warnings++;
    else this.total++;
    if (this.errors.length < this.cap) {
      if (error.cell !== undefined && error.cell.length > 100) error.cell = `${error.cell.slice(0, 100)}…`;
      this.errors.push(error);
    }
  }

  count(type: ReportErrorType): number {
    return this.counts[type] ?? 0;
  }

  get errorCount(): number {
    return this.total;
  }

  build(
    source: ValidationReport['source'],
    rows: number,
    loadedRows: number,
    retyped: ValidationReport['retyped'] = [],
  ): ValidationReport {
    return {
      valid: this.total === 0,
      source,
      stats: { rows, loadedRows, errors: this.total, warnings: this.warnings },
      counts: { ...this.counts },
      errors: [...this.errors],
      truncated: this.total + this.warnings > this.errors.length,
      retyped,
    };
  }
}
