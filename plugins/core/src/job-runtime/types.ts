import type { MedusaContainer } from "@medusajs/framework/types"
import type { z } from "@medusajs/framework/zod"

export const JOB_STATES = ["queued", "active", "retrying", "completed", "failed", "cancelled"] as const
export type JobState = (typeof JOB_STATES)[number]
/** States after which a job never runs again unless an admin retries it. */
export const FINAL_STATES: readonly JobState[] = ["completed", "failed", "cancelled"]

/** The persisted record of one job (table `finesse_job`). */
export type JobRecord = {
  id: string
  kind: string
  queue: string
  state: JobState
  progress: number
  message: string | null
  attempts: number
  max_attempts: number
  payload: Record<string, unknown>
  result: Record<string, unknown> | null
  checkpoint: Record<string, unknown> | null
  error: string | null
  worker: string | null
  cancel_requested: boolean
  queued_at: Date | string
  started_at: Date | string | null
  finished_at: Date | string | null
  created_at: Date | string
  updated_at: Date | string
}

export type JobContext<P> = {
  /** The deterministic job id (also the BullMQ job id). */
  id: string
  kind: string
  payload: P
  /** 1 on the first run; retries and stalled-job recoveries count up. */
  attempt: number
  /** The Medusa application container: query, every module, workflows. */
  container: MedusaContainer
  /**
   * Reports progress (0–100) and an optional message to the job record (throttled). Rejects with
   * `JobCancelledError` when an admin cancelled the job, so a handler that reports progress stops promptly.
   */
  progress(percent: number, message?: string): Promise<void>
  /** What the last attempt saved with `saveCheckpoint` (null on a first run or after an admin retry). */
  checkpoint: Record<string, unknown> | null
  /**
   * Saves where a resumable job got to (e.g. the last order id of a page) so that a retry after a crash or a
   * killed worker continues from there instead of starting over.
   */
  saveCheckpoint(checkpoint: Record<string, unknown>): Promise<void>
  /** Aborted when the job is cancelled; pass it to long I/O or check `signal.aborted` in loops. */
  signal: AbortSignal
  logger: { info(msg: string): void; warn(msg: string): void; error(msg: string): void }
}

export type JobHandler<P, R> = (ctx: JobContext<P>) => Promise<R>

export type JobSchedule<P> = {
  /** Cron pattern (5 or 6 fields), evaluated in UTC. */
  cron: string
  /** Payload of every scheduled run. */
  payload: P
}

export type JobDefinitionInput<S extends z.ZodTypeAny> = {
  /** Unique, never renamed: `<plugin>.<purpose>`, e.g. `core.facts-backfill`. */
  kind: string
  /** BullMQ queue, `finesse-<plugin>-<purpose>`; kinds may share one. */
  queue: string
  description?: string
  payload: S
  /** Total runs before the job fails for good (default 3). */
  attempts?: number
  /** First retry delay; doubles on each retry (default 1000 ms). */
  backoffMs?: number
  /** Jobs of this kind one worker process runs at once (default 2). Heavy CPU kinds use 1. */
  concurrency?: number
  /**
   * Deterministic job id from the payload. Default: `<kind>-<hash of the payload>`, so the same payload enqueued
   * twice is one job. Include a version or a time slot in the payload when a rerun is intended.
   */
  jobId?: (payload: z.infer<S>) => string
  schedule?: JobSchedule<z.input<S>>
}

export type EnqueueOptions = {
  /** Overrides the definition's deterministic id. */
  jobId?: string
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number
}

export type JobDefinition<S extends z.ZodTypeAny = z.ZodTypeAny> = Required<
  Pick<JobDefinitionInput<S>, "kind" | "queue" | "payload" | "attempts" | "backoffMs" | "concurrency">
> &
  Pick<JobDefinitionInput<S>, "description" | "jobId" | "schedule"> & {
    /** Validates the payload and enqueues the job; returns its record (the existing one if already enqueued). */
    enqueue(container: MedusaContainer, payload: z.input<S>, options?: EnqueueOptions): Promise<JobRecord>
  }

/** Thrown inside a handler when the job was cancelled. */
export class JobCancelledError extends Error {
  constructor(id: string) {
    super(`job ${id} was cancelled`)
    this.name = "JobCancelledError"
  }
}

/** Thrown by a handler for an error that no retry can fix (bad data, missing entity): the job fails at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "PermanentJobError"
  }
}
