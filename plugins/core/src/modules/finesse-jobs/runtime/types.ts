import type { JobDefinition } from "../../../job-runtime/types"

export type DispatchItem = {
  id: string
  kind: string
  queue: string
  attempts: number
  backoffMs: number
  /** The attempt this dispatch starts (1 for a new job; the record's attempts + 1 after a restart). */
  attempt: number
  delayMs?: number
}

/** How a run ended, as the backend needs to know it (retry or not). */
export type Outcome =
  | { status: "completed" | "skipped" | "cancelled" }
  | { status: "retry"; error: string }
  | { status: "failed"; error: string }

export type Executor = (id: string, kind: string, attempt: number, lastAttempt: boolean) => Promise<Outcome>

export type BackendHooks = {
  execute: Executor
  /** A cron slot of a scheduled kind came due (BullMQ delivers each slot once across all workers). */
  onCron: (kind: string, slot: number) => Promise<void>
  /** The backend gave up on a job without running it to the end (BullMQ: stalled too many times). */
  onLost: (id: string, error: string) => Promise<void>
}

/** Where jobs wait and which process runs them: BullMQ with Redis, or this process without it. */
export interface JobBackend {
  readonly name: "bullmq" | "in-process"
  /** Hands jobs to the queue. In a `server` process of the in-process backend nothing runs them here. */
  dispatch(items: DispatchItem[]): Promise<void>
  /** Removes a waiting job from the queue (best effort; an active job is cancelled cooperatively). */
  remove(id: string, queue: string): Promise<void>
  /** Starts consuming (only where the worker mode allows it) and installs cron schedules. */
  start(definitions: JobDefinition[], hooks: BackendHooks): Promise<void>
  stop(): Promise<void>
  /** True when the queue has the job (waiting, delayed, active); undefined when the backend cannot tell. */
  has(id: string, queue: string): Promise<boolean | undefined>
}
