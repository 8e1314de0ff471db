// A transaction seen as a database: its `transaction().execute(fn)` runs `fn` in the transaction itself, so
// service functions that open their own transaction join the caller's (the demo loader, a harvested dataset
// written with its resources and its reconciliation row all or nothing).
import type { Db, Tx } from './types.ts';

export function joined(tx: Tx): Db {
  const inner = { execute: <T>(fn: (t: Tx) => Promise<T>) => fn(tx) };
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === 'transaction') return () => inner;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as unknown as Db;
}
