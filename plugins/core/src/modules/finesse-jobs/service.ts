import { container as appContainer } from "@medusajs/framework"
import type { ConfigModule, Logger } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import type { EnqueueOptions, JobRecord } from "../../job-runtime/types"
import FinesseJob from "./models/finesse-job"
import FinesseJobProbeRun from "./models/finesse-job-probe-run"
import { BullMqBackend } from "./runtime/bullmq-backend"
import { discoverJobDefinitions } from "./runtime/discover"
import { InProcessBackend } from "./runtime/in-process-backend"
import { JobRuntime } from "./runtime/runtime"

export type FinesseJobsOptions = {
  /** Redis for BullMQ; defaults to projectConfig.redisUrl, then REDIS_URL. Without it jobs run in process. */
  redisUrl?: string
  jobs?: {
    /** Worker concurrency per queue name, e.g. { "finesse-core-facts": 1 } (env FINESSE_JOBS_CONCURRENCY). */
    concurrency?: Record<string, number>
    /** Job lock duration in ms (default 30 s; env FINESSE_JOBS_LOCK_MS). */
    lockDurationMs?: number
    /** Stalled-job check interval in ms (default 30 s; env FINESSE_JOBS_STALLED_MS). */
    stalledIntervalMs?: number
    /** BullMQ key prefix (default "bull"; env FINESSE_JOBS_PREFIX). */
    prefix?: string
  }
}

type WorkerMode = "shared" | "worker" | "server"

const num = (v: string | undefined) => (v && Number.isFinite(Number(v)) ? Number(v) : undefined)

/** FINESSE_JOBS_CONCURRENCY="finesse-core-probe=64,finesse-core-facts=1" */
function concurrencyFromEnv(v: string | undefined): Record<string, number> {
  const out: Record<string, number> = {}
  for (const part of (v ?? "").split(",")) {
    const [q, n] = part.split("=")
    if (q && Number(n) > 0) out[q.trim()] = Number(n)
  }
  return out
}

export default class FinesseJobsModuleService extends MedusaService({ FinesseJob, FinesseJobProbeRun }) {
  protected readonly runtime_: JobRuntime
  protected readonly configModule_: ConfigModule
  protected readonly logger_: Logger
  readonly workerMode: WorkerMode

  constructor(cradle: Record<string, any>, options: FinesseJobsOptions = {}, moduleDeclaration?: { worker_mode?: WorkerMode }) {
    // @ts-ignore MedusaService takes the container and the module declaration through `arguments`
    super(...arguments)
    this.logger_ = cradle.logger
    this.configModule_ = cradle.configModule
    const projectConfig = this.configModule_?.projectConfig
    // Medusa hands every module the process's worker mode (projectConfig.workerMode / MEDUSA_WORKER_MODE)
    this.workerMode = moduleDeclaration?.worker_mode ?? (projectConfig?.workerMode as WorkerMode) ?? "shared"
    const consume = this.workerMode !== "server"
    const redisUrl = options?.redisUrl ?? projectConfig?.redisUrl ?? process.env.REDIS_URL
    const jobs = options?.jobs ?? {}
    const concurrency = { ...concurrencyFromEnv(process.env.FINESSE_JOBS_CONCURRENCY), ...jobs.concurrency }
    const backend = redisUrl
      ? new BullMqBackend({
          redisUrl,
          consume,
          concurrency,
          lockDurationMs: jobs.lockDurationMs ?? num(process.env.FINESSE_JOBS_LOCK_MS),
          stalledIntervalMs: jobs.stalledIntervalMs ?? num(process.env.FINESSE_JOBS_STALLED_MS),
          prefix: jobs.prefix ?? process.env.FINESSE_JOBS_PREFIX,
          logger: this.logger_,
        })
      : new InProcessBackend(consume, concurrency)
    this.runtime_ = new JobRuntime(cradle.__pg_connection__, backend, this.logger_, () => appContainer, {
      consume,
      sweepIntervalMs: num(process.env.FINESSE_JOBS_SWEEP_MS),
    })
  }

  __hooks = {
    onApplicationStart: async () => {
      await discoverJobDefinitions(this.configModule_)
      await this.runtime_.start()
      this.logger_.info(
        `[finesse-jobs] ${this.runtime_.backend.name} backend, worker mode ${this.workerMode}, ` +
          `${this.runtime_.definitions().length} job kinds`
      )
    },
    onApplicationPrepareShutdown: async () => {
      await this.runtime_.stop()
    },
    onApplicationShutdown: async () => {
      await this.runtime_.stop()
    },
  }

  /** Validates the payload (400 naming the field), records the job and queues it. Idempotent by job id. */
  async enqueue(kind: string, payload: unknown, options?: EnqueueOptions): Promise<JobRecord> {
    await discoverJobDefinitions(this.configModule_)
    return this.runtime_.enqueue(kind, payload, options)
  }

  async enqueueMany(kind: string, payloads: unknown[]) {
    await discoverJobDefinitions(this.configModule_)
    return this.runtime_.enqueueMany(kind, payloads)
  }

  async retryJob(id: string): Promise<JobRecord> {
    return this.runtime_.retry(id)
  }

  async cancelJob(id: string): Promise<JobRecord> {
    return this.runtime_.cancel(id)
  }

  /** The registered job kinds with their queue, policy and schedule. */
  async listJobKinds() {
    await discoverJobDefinitions(this.configModule_)
    return this.runtime_.definitions().map((d) => ({
      kind: d.kind,
      queue: d.queue,
      description: d.description ?? null,
      attempts: d.attempts,
      backoff_ms: d.backoffMs,
      concurrency: d.concurrency,
      schedule: d.schedule?.cron ?? null,
    }))
  }

  get backendName() {
    return this.runtime_.backend.name
  }

  /** Deletes finished jobs older than `days`. */
  async pruneJobs(days: number) {
    return this.runtime_.store.prune(days)
  }
}
