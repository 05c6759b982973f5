import { parseExpression } from "cron-parser"
import type { JobDefinition } from "../../../job-runtime/types"
import type { BackendHooks, DispatchItem, JobBackend } from "./types"

type QueueState = { concurrency: number; running: number; ready: DispatchItem[] }

/** Longest single timer; Node's setTimeout overflows past 2^31 ms, so long waits re-arm. */
const MAX_TIMER_MS = 6 * 60 * 60 * 1000

/**
 * Runs jobs inside this Medusa process when there is no Redis: the same definitions, attempts, backoff, progress,
 * cancellation and cron as BullMQ. Only one process may consume (no Redis, no coordination); a `server`-mode
 * process only records jobs, which the next shared/worker process picks up from the table at start.
 */
export class InProcessBackend implements JobBackend {
  readonly name = "in-process" as const
  private readonly queues = new Map<string, QueueState>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly waiting = new Map<string, NodeJS.Timeout>()
  private readonly running = new Set<string>()
  private hooks?: BackendHooks
  private stopped = false

  constructor(
    private readonly consume: boolean,
    private readonly concurrencyOverrides: Record<string, number> = {}
  ) {}

  async start(definitions: JobDefinition[], hooks: BackendHooks) {
    this.hooks = hooks
    for (const d of definitions) {
      const q = this.queueState(d.queue)
      q.concurrency = this.concurrencyOverrides[d.queue] ?? Math.max(q.concurrency, d.concurrency)
    }
    if (!this.consume) return
    for (const d of definitions) if (d.schedule) this.armCron(d.kind, d.schedule.cron)
    for (const q of this.queues.keys()) this.pump(q)
  }

  async dispatch(items: DispatchItem[]) {
    if (!this.consume || this.stopped) return
    for (const item of items) {
      if (item.delayMs && item.delayMs > 0) {
        const t = setTimeout(() => {
          this.timers.delete(t)
          this.waiting.delete(item.id)
          this.enqueueReady(item)
        }, item.delayMs)
        t.unref()
        this.timers.add(t)
        this.waiting.set(item.id, t)
      } else this.enqueueReady(item)
    }
  }

  async remove(id: string, queue: string) {
    const t = this.waiting.get(id)
    if (t) {
      clearTimeout(t)
      this.timers.delete(t)
      this.waiting.delete(id)
    }
    const q = this.queues.get(queue)
    if (q) q.ready = q.ready.filter((i) => i.id !== id)
  }

  async has(id: string, queue: string) {
    if (this.waiting.has(id) || this.running.has(id)) return true
    return !!this.queues.get(queue)?.ready.some((i) => i.id === id)
  }

  async stop() {
    this.stopped = true
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
  }

  private queueState(name: string): QueueState {
    let q = this.queues.get(name)
    if (!q) {
      q = { concurrency: this.concurrencyOverrides[name] ?? 1, running: 0, ready: [] }
      this.queues.set(name, q)
    }
    return q
  }

  private enqueueReady(item: DispatchItem) {
    const q = this.queueState(item.queue)
    if (!this.running.has(item.id) && !q.ready.some((i) => i.id === item.id)) q.ready.push(item)
    this.pump(item.queue)
  }

  private pump(name: string) {
    const q = this.queueState(name)
    while (!this.stopped && this.hooks && q.running < q.concurrency && q.ready.length) {
      const item = q.ready.shift()!
      q.running++
      void this.run(item).finally(() => {
        q.running--
        this.pump(name)
      })
    }
  }

  private async run(item: DispatchItem) {
    const lastAttempt = item.attempt >= item.attempts
    let outcome
    this.running.add(item.id)
    try {
      outcome = await this.hooks!.execute(item.id, item.kind, item.attempt, lastAttempt)
    } catch (e) {
      // the executor records its own failures; an exception here means the database was unreachable
      outcome = { status: "retry" as const, error: (e as Error).message }
    } finally {
      this.running.delete(item.id)
    }
    if (outcome.status === "retry" && !lastAttempt && !this.stopped) {
      const delayMs = item.backoffMs * 2 ** (item.attempt - 1)
      await this.dispatch([{ ...item, attempt: item.attempt + 1, delayMs }])
    }
  }

  private armCron(kind: string, pattern: string) {
    const it = parseExpression(pattern, { utc: true })
    const arm = (due: number) => {
      if (this.stopped) return
      const wait = Math.max(0, due - Date.now())
      const t = setTimeout(() => {
        this.timers.delete(t)
        if (Date.now() < due) return arm(due)
        void this.hooks!.onCron(kind, due).catch(() => undefined)
        arm(it.next().getTime())
      }, Math.min(wait, MAX_TIMER_MS))
      t.unref()
      this.timers.add(t)
    }
    arm(it.next().getTime())
  }
}
