import { systemClock, type FetchClock } from "./types"

/**
 * Spaces request starts per host: at most `requestsPerSecond` per host, each request (and each retry) taking the
 * next free slot. A competitor's shop sees an even trickle, never a burst, however many matches a run holds.
 * Share one limiter between fetchers that hit the same host.
 */
export class HostRateLimiter {
  private readonly next = new Map<string, number>()

  constructor(
    private readonly requestsPerSecond: number,
    private readonly clock: FetchClock = systemClock
  ) {
    if (!(requestsPerSecond > 0)) throw new RangeError("requestsPerSecond must be above 0")
  }

  /** Waits for this host's next slot. */
  async acquire(host: string, signal?: AbortSignal): Promise<void> {
    const interval = 1000 / this.requestsPerSecond
    const now = this.clock.now()
    const at = Math.max(now, this.next.get(host) ?? now)
    this.next.set(host, at + interval)
    if (at > now) await this.clock.sleep(at - now, signal)
  }
}
