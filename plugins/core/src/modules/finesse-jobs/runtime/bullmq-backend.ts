import { Queue, UnrecoverableError, Worker, type Job } from "bullmq"
import Redis from "ioredis"
import type { JobDefinition } from "../../../job-runtime/types"
import type { BackendHooks, DispatchItem, JobBackend } from "./types"

export type BullBackendOptions = {
  redisUrl: string
  /** Whether this process runs jobs (`shared`/`worker` mode) or only enqueues (`server`). */
  consume: boolean
  /** Per-queue worker concurrency overrides. */
  concurrency?: Record<string, number>
  /** How long a worker holds a job lock; renewed at half that while the process is alive. */
  lockDurationMs?: number
  /** How often workers look for jobs whose lock expired (a killed worker's jobs). */
  stalledIntervalMs?: number
  prefix?: string
  logger: { info(m: string): void; warn(m: string): void; error(m: string): void }
}

const CRON_JOB = "__cron__"

/** `base`: attempts already used before this dispatch (a retry after a restart keeps counting). */
type JobData = { kind: string; base?: number }

/**
 * BullMQ queues on Redis: every process can enqueue; `shared` and `worker` processes consume. Several worker
 * processes share each queue, a job runs on one of them, and a job whose worker died (SIGKILL, OOM) is picked up
 * by another once its lock expires (stalled-job recovery). Cron slots come from BullMQ job schedulers, which
 * deliver each slot once across all workers.
 */
export class BullMqBackend implements JobBackend {
  readonly name = "bullmq" as const
  private readonly connection: Redis
  private readonly connections: Redis[] = []
  private readonly queues = new Map<string, Queue>()
  private readonly workers: Worker[] = []

  constructor(private readonly opts: BullBackendOptions) {
    this.connection = this.connect()
  }

  private connect() {
    // maxRetriesPerRequest: null is what BullMQ requires for its blocking worker connections
    const c = new Redis(this.opts.redisUrl, { maxRetriesPerRequest: null, enableReadyCheck: true })
    c.on("error", (e) => this.opts.logger.warn(`[finesse-jobs] redis: ${e.message}`))
    this.connections.push(c)
    return c
  }

  queue(name: string): Queue {
    let q = this.queues.get(name)
    if (!q) {
      q = new Queue(name, { connection: this.connection, prefix: this.opts.prefix })
      q.on("error", (e) => this.opts.logger.warn(`[finesse-jobs] queue ${name}: ${e.message}`))
      this.queues.set(name, q)
    }
    return q
  }

  async dispatch(items: DispatchItem[]) {
    const byQueue = new Map<string, DispatchItem[]>()
    for (const i of items) byQueue.set(i.queue, [...(byQueue.get(i.queue) ?? []), i])
    for (const [name, list] of byQueue) {
      await this.queue(name).addBulk(
        list.map((i) => ({
          name: i.kind,
          data: { kind: i.kind, base: i.attempt - 1 } satisfies JobData,
          opts: {
            jobId: i.id,
            // BullMQ counts attempts from 1; a re-dispatch after a restart keeps the remaining budget
            attempts: Math.max(1, i.attempts - (i.attempt - 1)),
            backoff: { type: "exponential", delay: i.backoffMs },
            delay: i.delayMs,
            removeOnComplete: true,
            removeOnFail: { count: 5000 },
          },
        }))
      )
    }
  }

  async remove(id: string, queue: string) {
    await this.queue(queue)
      .remove(id)
      .catch(() => undefined)
  }

  async has(id: string, queue: string) {
    const job = await this.queue(queue).getJob(id)
    if (!job) return false
    const state = await job.getState()
    return ["waiting", "delayed", "active", "prioritized", "waiting-children"].includes(state)
  }

  async start(definitions: JobDefinition[], hooks: BackendHooks) {
    const byQueue = new Map<string, JobDefinition[]>()
    for (const d of definitions) byQueue.set(d.queue, [...(byQueue.get(d.queue) ?? []), d])
    for (const name of byQueue.keys()) this.queue(name)
    if (!this.opts.consume) return

    for (const [name, defs] of byQueue) {
      const concurrency = this.opts.concurrency?.[name] ?? Math.max(...defs.map((d) => d.concurrency))
      const worker = new Worker<JobData>(name, (job) => this.process(job, hooks), {
        connection: this.connect(),
        prefix: this.opts.prefix,
        autorun: false,
        concurrency,
        lockDuration: this.opts.lockDurationMs ?? 30_000,
        stalledInterval: this.opts.stalledIntervalMs ?? 30_000,
        maxStalledCount: 2,
      })
      worker.on("failed", (job, err) => {
        if (!job || job.name === CRON_JOB) return
        // a job that stalled too often never reached our processor's error handling
        if (/stalled/i.test(err.message)) void hooks.onLost(String(job.id), err.message).catch(() => undefined)
      })
      worker.on("error", (e) => this.opts.logger.warn(`[finesse-jobs] worker ${name}: ${e.message}`))
      this.workers.push(worker)
      // run() resolves only when the worker closes
      void worker.run().catch((e) => this.opts.logger.error(`[finesse-jobs] worker ${name} stopped: ${e.message}`))

      // cron: one scheduler per scheduled kind; stale schedulers (kind no longer scheduled) are removed
      const q = this.queue(name)
      const wanted = new Map(defs.filter((d) => d.schedule).map((d) => [`cron-${d.kind}`, d]))
      for (const s of await q.getJobSchedulers()) {
        if (s.key.startsWith("cron-") && !wanted.has(s.key)) await q.removeJobScheduler(s.key)
      }
      for (const [key, d] of wanted) {
        await q.upsertJobScheduler(
          key,
          { pattern: d.schedule!.cron, tz: "UTC" },
          { name: CRON_JOB, data: { kind: d.kind }, opts: { removeOnComplete: { count: 50 }, removeOnFail: { count: 50 } } }
        )
      }
    }
  }

  private async process(job: Job<JobData>, hooks: BackendHooks) {
    if (job.name === CRON_JOB) {
      const m = /:(\d+)$/.exec(String(job.id))
      await hooks.onCron(job.data.kind, m ? Number(m[1]) : job.timestamp)
      return
    }
    const attempts = job.opts.attempts ?? 1
    const lastAttempt = job.attemptsMade + 1 >= attempts
    // attemptsStarted also counts runs cut short by a dead worker, unlike attemptsMade
    const attempt = (job.data.base ?? 0) + Math.max(job.attemptsStarted ?? 0, job.attemptsMade + 1)
    const out = await hooks.execute(String(job.id), job.data.kind, attempt, lastAttempt)
    if (out.status === "retry") throw new Error(out.error)
    if (out.status === "failed") throw new UnrecoverableError(out.error)
  }

  async stop() {
    // close(true) does not wait for running jobs: their locks expire and another worker (or this one after a
    // restart) finishes them through stalled-job recovery, so a Ctrl-C never waits for a long job.
    await Promise.all(this.workers.map((w) => w.close(true).catch(() => undefined)))
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)))
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())))
  }
}
