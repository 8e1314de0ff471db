import type { FieldReason } from './error-codes.ts';
import { type FieldError, validationError } from './errors.ts';

/** Collects field errors, then throws one http.validation AppError naming every bad field. */
export class Fields {
  private readonly errors: Record<string, FieldError> = {};

  add(name: string, reason: FieldReason, params?: Record<string, string | number>): this {
    this.errors[name] ??= params ? { reason, params } : { reason };
    return this;
  }

  has(name: string): boolean {
    return name in this.errors;
  }

  /** A trimmed string between min and max characters; '' when absent and not required. */
  text(name: string, value: unknown, opts: { min?: number; max: number; required?: boolean }): string {
    const s = typeof value === 'string' ? value.trim() : '';
    if (value !== undefined && value !== null && typeof value !== 'string') this.add(name, 'invalid_value');
    else if (!s) {
      if (opts.required) this.add(name, 'required');
    } else if (opts.min && s.length < opts.min) this.add(name, 'too_short', { min: opts.min });
    else if (s.length > opts.max) this.add(name, 'too_long', { max: opts.max });
    return s;
  }

  email(name: string, value: unknown): string {
    const s = this.text(name, value, { max: 254, required: true }).toLowerCase();
    if (s && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)) this.add(name, 'invalid_format');
    return s;
  }

  oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback?: T): T {
    if ((value === undefined || value === '') && fallback !== undefined) return fallback;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.add(name, value === undefined || value === '' ? 'required' : 'invalid_value');
      return allowed[0]!;
    }
    return value as T;
  }

  check(): void {
    if (Object.keys(this.errors).length) throw validationError(this.errors);
  }
}
