import os from "node:os"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { getJobEntry, listJobEntries } from "../../../job-runtime/registry"
import {
  FINAL_STATES,
  JobCancelledError,
  PermanentJobError,
  type EnqueueOptions,
  type JobContext,
  type JobDefinition,
  type JobRecord,
  type JobState,
} from "../../../job-runtime/types"
import { GroupCommit } from "./group-commit"
import { JobStore } from "./job-store"
import { JOB_ID_RE, payloadHash } from "./stable-hash"
import type { DispatchItem, JobBackend, Outcome } from "./types"

export const WORKER_ID = `${os.hostname()}:${process.pid}`

type Logger = { info(m: string): void; warn(m: string): void; error(m: string): void; debug?(m: string): void }

export type RuntimeOptions = {
  /** Whether this process runs jobs (it always records and enqueues them). */
  consume: boolean
  /** How often to look for jobs that should be queued but are not (ms). */
  sweepIntervalMs?: number
  /** An active job older than this with no queue entry is re-queued (ms). */
  activeGraceMs?: number
  /** Progress writes per job at most this often (ms). */
  progressIntervalMs?: number
}

/** Formats zod issues as `payload.<path>: <message>` so a 400 names the field. */
function describeIssues(issues: { path: PropertyKey[]; message: string }[], prefix: string) {
  return issues.map((i) => `${[prefix, ...i.path.map(String)].join(".")}: ${i.message}`).join("; ")
}

/**
 * The job runtime shared by both backends: records every job in Postgres, validates payloads, runs handlers with
 * progress and cancellation, and decides between retry and failure. The backend only moves job ids around.
 */
export class JobRuntime {
  readonly store: JobStore
  private readonly dispatcher: GroupCommit<DispatchItem, void>
  private readonly active = new Map<string, AbortController>()
  private readonly timers: NodeJS.Timeout[] = []
  private started = false
  private sweeping = false

  constructor(
    db: ConstructorParameters<typeof JobStore>[0],
    readonly backend: JobBackend,
    private readonly logger: Logger,
    private readonly container: () => MedusaContainer,
    private readonly opts: RuntimeOptions
  ) {
    this.store = new JobStore(db)
    this.dispatcher = new GroupCommit<DispatchItem, void>(async (items) => {
      await this.backend.dispatch(items)
      return items.map(() => undefined as void)
    })
  }

  definitions(): JobDefinition[] {
    return listJobEntries().map((e) => e.definition)
  }

  async start() {
    if (this.started) return
    this.started = true
    await this.backend.start(this.definitions(), {
      execute: (id, kind, attempt, last) => this.execute(id, kind, attempt, last),
      onCron: (kind, slot) => this.onCron(kind, slot),
      onLost: (id, error) => this.store.finish({ id, state: "failed", error, onlyIfOpen: true }).then(() => undefined),
    })
    if (!this.opts.consume) return
    // jobs left behind by a crash or a restart: queued ones never dispatched, active ones of a dead process
    await this.sweep(0).catch((e) => this.logger.warn(`[finesse-jobs] recovery failed: ${(e as Error).message}`))
    const every = (ms: number, fn: () => Promise<unknown>) => {
      const t = setInterval(() => void fn().catch(() => undefined), ms)
      t.unref()
      this.timers.push(t)
    }
    const sweepEvery = this.opts.sweepIntervalMs ?? 30_000
    every(sweepEvery, () => this.sweep(Math.max(1_000, 2 * sweepEvery)))
    every(1_000, () => this.pollCancellations())
  }

  async stop() {
    this.timers.forEach(clearInterval)
    this.timers.length = 0
    await this.backend.stop()
  }

  kindOrThrow(kind: string): JobDefinition {
    const entry = getJobEntry(kind)
    if (!entry) throw new MedusaError(MedusaError.Types.INVALID_DATA, `kind: unknown job kind ${JSON.stringify(kind)}`)
    return entry.definition
  }

  /** Validates, records and queues a job. The same id twice is one job: the second call returns the first. */
  async enqueue(kind: string, payload: unknown, options: EnqueueOptions = {}): Promise<JobRecord> {
    const { id } = await this.enqueueOne(kind, payload, options)
    return (await this.store.get(id))!
  }

  /** Bulk enqueue without reading the records back (benchmarks, fan-out jobs). */
  async enqueueMany(kind: string, payloads: unknown[]): Promise<{ id: string; created: boolean }[]> {
    return Promise.all(payloads.map((p) => this.enqueueOne(kind, p, {})))
  }

  private async enqueueOne(kind: string, payload: unknown, options: EnqueueOptions) {
    const def = this.kindOrThrow(kind)
    const parsed = def.payload.safeParse(payload ?? {})
    if (!parsed.success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, describeIssues(parsed.error.issues, "payload"))
    }
    const data = parsed.data as Record<string, unknown>
    const id = options.jobId ?? def.jobId?.(data) ?? `${kind}-${payloadHash(data)}`
    if (!JOB_ID_RE.test(id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `job_id: ${JSON.stringify(id)} must match ${JOB_ID_RE}`)
    }
    const created = await this.store.insert({ id, kind, queue: def.queue, payload: data, max_attempts: def.attempts })
    if (created) {
      await this.dispatcher.add({
        id,
        kind,
        queue: def.queue,
        attempts: def.attempts,
        backoffMs: def.backoffMs,
        attempt: 1,
        delayMs: options.delayMs,
      })
    }
    return { id, created }
  }

  async retry(id: string): Promise<JobRecord> {
    const reopened = await this.store.reopen(id)
    if (!reopened) throw await this.stateError(id, "retried", "failed or cancelled")
    const def = this.kindOrThrow(reopened.kind)
    await this.backend.remove(id, reopened.queue)
    await this.dispatcher.add({
      id,
      kind: reopened.kind,
      queue: reopened.queue,
      attempts: def.attempts,
      backoffMs: def.backoffMs,
      attempt: 1,
    })
    return reopened
  }

  async cancel(id: string): Promise<JobRecord> {
    const rec = await this.store.requestCancel(id)
    if (!rec) throw await this.stateError(id, "cancelled", "queued, retrying or active")
    if (rec.state === "cancelled") await this.backend.remove(id, rec.queue)
    else this.active.get(id)?.abort()
    return rec
  }

  private async stateError(id: string, verb: string, allowed: string) {
    const existing = await this.store.get(id)
    if (!existing) return new MedusaError(MedusaError.Types.NOT_FOUND, `job ${id} was not found`)
    return new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `job ${id} is ${existing.state}; only ${allowed} jobs can be ${verb}`
    )
  }

  /** Runs one attempt of a job; the backend turns the outcome into a retry or a final state. */
  async execute(id: string, kind: string, attempt: number, lastAttempt: boolean): Promise<Outcome> {
    const entry = getJobEntry(kind)
    const start = await this.store.start(id, attempt, WORKER_ID)
    if (!start.runnable) return { status: "skipped" }
    let lastMessage: string | null = null
    const fail = async (error: string, permanent: boolean): Promise<Outcome> => {
      const final = permanent || lastAttempt
      await this.store.finish({ id, state: final ? "failed" : "retrying", error, message: lastMessage })
      return final ? { status: "failed", error } : { status: "retry", error }
    }
    if (!entry?.handler) return fail(`no processor for job kind ${kind} in this process`, true)
    const parsed = entry.definition.payload.safeParse(start.payload ?? {})
    if (!parsed.success) return fail(`invalid payload: ${describeIssues(parsed.error.issues, "payload")}`, true)

    const controller = new AbortController()
    if (start.cancel_requested) controller.abort()
    this.active.set(id, controller)
    const throttle = this.opts.progressIntervalMs ?? 250
    let lastWrite = 0
    let trailing: NodeJS.Timeout | undefined
    let pending: { p: number; m: string | null } | undefined
    const write = async (p: number, m: string | null) => {
      lastWrite = Date.now()
      if (await this.store.progress(id, p, m)) controller.abort()
    }
    const ctx: JobContext<unknown> = {
      id,
      kind,
      payload: parsed.data,
      attempt,
      container: this.container(),
      signal: controller.signal,
      checkpoint: start.checkpoint ?? null,
      saveCheckpoint: (c) => this.store.saveCheckpoint(id, c),
      logger: {
        info: (m) => this.logger.info(`[job ${id}] ${m}`),
        warn: (m) => this.logger.warn(`[job ${id}] ${m}`),
        error: (m) => this.logger.error(`[job ${id}] ${m}`),
      },
      progress: async (percent, message) => {
        if (controller.signal.aborted) throw new JobCancelledError(id)
        const p = Math.max(0, Math.min(100, Math.round(percent)))
        const m = message ?? null
        if (m !== null) lastMessage = m
        if (Date.now() - lastWrite >= throttle) {
          await write(p, m)
          if (controller.signal.aborted) throw new JobCancelledError(id)
        } else {
          pending = { p, m }
          trailing ??= setTimeout(() => {
            trailing = undefined
            if (pending) void write(pending.p, pending.m).catch(() => undefined)
          }, throttle)
        }
      },
    }
    try {
      if (controller.signal.aborted) throw new JobCancelledError(id)
      const result = await entry.handler(ctx)
      if (trailing) clearTimeout(trailing)
      await this.store.finish({
        id,
        state: "completed",
        result: (result as Record<string, unknown>) ?? null,
        message: lastMessage,
      })
      return { status: "completed" }
    } catch (e) {
      if (trailing) clearTimeout(trailing)
      if (controller.signal.aborted || e instanceof JobCancelledError) {
        await this.store.finish({ id, state: "cancelled", error: null, message: lastMessage })
        return { status: "cancelled" }
      }
      const err = e as Error
      const permanent =
        e instanceof PermanentJobError ||
        err?.name === "PermanentJobError" ||
        (e instanceof MedusaError && (e.type === MedusaError.Types.INVALID_DATA || e.type === MedusaError.Types.NOT_FOUND))
      this.logger.warn(`[finesse-jobs] ${kind} ${id} attempt ${attempt} failed: ${err?.message ?? e}`)
      return fail(err?.message ?? String(e), permanent)
    } finally {
      this.active.delete(id)
    }
  }

  private async onCron(kind: string, slot: number) {
    const entry = getJobEntry(kind)
    if (!entry?.definition.schedule) return
    const stamp = new Date(slot).toISOString().slice(0, 16).replace(/:/g, "-")
    await this.enqueueOne(kind, entry.definition.schedule.payload, { jobId: `${kind}-${stamp}` })
  }

  private async pollCancellations() {
    if (!this.active.size) return
    for (const id of await this.store.cancelRequested([...this.active.keys()])) this.active.get(id)?.abort()
  }

  /**
   * Re-queues jobs the queue does not hold: queued or retrying ones whose dispatch was lost (a crash between the
   * insert and the queue) and active ones of a process that died (in process: every active job at start-up).
   * Dispatch is idempotent by job id, so a sweep that races a live worker changes nothing.
   */
  async sweep(olderThanMs: number) {
    if (this.sweeping) return
    this.sweeping = true
    try {
      await this.sweepOnce(olderThanMs)
    } finally {
      this.sweeping = false
    }
  }

  private async sweepOnce(olderThanMs: number) {
    const queues = [...new Set(this.definitions().map((d) => d.queue))]
    const open = await this.store.listOpen(queues, olderThanMs, 500, ["queued", "retrying"])
    const stale = await this.store.listOpen(
      queues,
      Math.max(olderThanMs, this.backend.name === "bullmq" ? (this.opts.activeGraceMs ?? 300_000) : 0),
      500,
      ["active"]
    )
    for (const rec of [...open, ...stale]) {
      if (this.active.has(rec.id)) continue
      if ((await this.backend.has(rec.id, rec.queue)) !== false) continue
      const def = getJobEntry(rec.kind)?.definition
      if (!def) continue
      const attempt = rec.attempts + 1
      if (attempt > rec.max_attempts) {
        await this.store.finish({ id: rec.id, state: "failed", error: rec.error ?? "interrupted", onlyIfOpen: true })
        continue
      }
      await this.dispatcher.add({
        id: rec.id,
        kind: rec.kind,
        queue: rec.queue,
        attempts: rec.max_attempts,
        backoffMs: def.backoffMs,
        attempt,
      })
    }
  }

  static isFinal(state: JobState) {
    return FINAL_STATES.includes(state)
  }
}
