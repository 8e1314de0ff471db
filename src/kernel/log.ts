/** The logging surface the app needs (pino and Fastify's logger both satisfy it). */
export interface Log {
  error(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  info(obj: unknown, msg?: string): void;
  debug(obj: unknown, msg?: string): void;
}

export const silentLog: Log = { error() {}, warn() {}, info() {}, debug() {} };
