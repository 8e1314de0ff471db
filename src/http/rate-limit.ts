// Fixed-window rate limits per process, keyed by bucket and client (user id or address). Enough to blunt
// guessing and floods on one instance; several instances each count their own (documented).
import { AppError } from '../kernel/errors.ts';

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly windowMs = 60_000) {}

  /** Counts one hit; throws http.rate_limited (with retryAfter seconds) past `limit` in the window. */
  hit(bucket: string, client: string, limit: number, now = Date.now()): void {
    const key = `${bucket}\u0000${client}`;
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > 200_000) this.sweep(now);
    }
    w.count++;
    if (w.count > limit)
      throw new AppError('http.rate_limited', {
        retryAfter: Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)),
      });
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}
