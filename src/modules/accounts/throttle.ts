// Progressive delay on repeated failed sign-ins, keyed by e-mail (existing or not, so the answer reveals
// nothing): after 5 failures in a row each new failure doubles the wait, from 1 s up to 15 min.
// Per process, like the rate limits; a restart forgets (documented in the module README).
const FREE_FAILURES = 5;
const MAX_DELAY_MS = 15 * 60_000;

interface Entry {
  failures: number;
  until: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  /** Milliseconds to wait before this e-mail may try again (0: may try now). */
  waitFor(email: string, now = Date.now()): number {
    const e = this.entries.get(email);
    return e && e.until > now ? e.until - now : 0;
  }

  fail(email: string, now = Date.now()): void {
    const e = this.entries.get(email) ?? { failures: 0, until: 0 };
    e.failures++;
    if (e.failures > FREE_FAILURES)
      e.until = now + Math.min(1000 * 2 ** (e.failures - FREE_FAILURES - 1), MAX_DELAY_MS);
    this.entries.set(email, e);
    if (this.entries.size > 100_000) this.entries.delete(this.entries.keys().next().value!);
  }

  succeed(email: string): void {
    this.entries.delete(email);
  }
}
