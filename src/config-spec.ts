// The shape of a configuration key (src/config.ts and src/config-modules.ts declare them).
export type Kind = 'string' | 'integer' | 'boolean' | 'url' | 'enum' | 'list';

export interface KeySpec<T> {
  kind: Kind;
  default: T;
  description: string;
  values?: readonly string[];
  min?: number;
  max?: number;
  /** For `list`: each comma-separated item must match. */
  itemPattern?: RegExp;
  /** Never printed (logs, errors). */
  secret?: boolean;
}

export function key<T>(spec: KeySpec<T>): KeySpec<T> {
  return spec;
}
