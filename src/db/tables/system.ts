export interface SystemStateTable {
  key: string;
  /** JSON text. */
  value: string;
  updated_at: string;
}
