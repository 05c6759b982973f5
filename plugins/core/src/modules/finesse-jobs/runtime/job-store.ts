import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { JobRecord, JobState } from "../../../job-runtime/types"
import { GroupCommit } from "./group-commit"

export type NewJob = {
  id: string
  kind: string
  queue: string
  payload: Record<string, unknown>
  max_attempts: number
}

export type StartResult = {
  runnable: boolean
  cancel_requested: boolean
  payload?: Record<string, unknown>
  checkpoint?: Record<string, unknown> | null
}

export type Finish = {
  id: string
  state: Extract<JobState, "completed" | "failed" | "retrying" | "cancelled">
  result?: Record<string, unknown> | null
  error?: string | null
  /** The last progress message, which a throttled progress write may not have stored yet. */
  message?: string | null
  /** Only when the record is not already final (used for BullMQ's own failures, e.g. stalled too often). */
  onlyIfOpen?: boolean
}

const T = "finesse_job"

/**
 * The hot path of the job runtime in plain SQL on Medusa's shared knex connection. The `finesse_job` table is
 * a Medusa data model (list/get go through the module service); these statements only batch the per-job state
 * changes so that thousands of jobs per second cost a few statements.
 */
export class JobStore {
  private readonly inserts: GroupCommit<NewJob, boolean>
  private readonly starts: GroupCommit<{ id: string; attempt: number; worker: string }, StartResult>
  private readonly finishes: GroupCommit<Finish, boolean>
  private readonly progresses: GroupCommit<{ id: string; progress: number; message: string | null }, boolean>

  constructor(private readonly db: Knex) {
    this.inserts = new GroupCommit((rows) => this.insertRows(rows))
    this.starts = new GroupCommit((rows) => this.startRows(rows))
    this.finishes = new GroupCommit((rows) => this.finishRows(rows))
    this.progresses = new GroupCommit((rows) => this.progressRows(rows))
  }

  /** Inserts the job unless a job with that id exists; true when this call created it. */
  insert(job: NewJob): Promise<boolean> {
    return this.inserts.add(job)
  }

  /** Marks the job active for this attempt; not runnable when it is final (completed, failed, cancelled). */
  start(id: string, attempt: number, worker: string): Promise<StartResult> {
    return this.starts.add({ id, attempt, worker })
  }

  finish(f: Finish): Promise<boolean> {
    return this.finishes.add(f)
  }

  /** Writes progress; resolves true when an admin asked to cancel the job. */
  progress(id: string, progress: number, message: string | null): Promise<boolean> {
    return this.progresses.add({ id, progress, message })
  }

  async get(id: string): Promise<JobRecord | undefined> {
    return this.db(T).where({ id }).whereNull("deleted_at").first()
  }

  async saveCheckpoint(id: string, checkpoint: Record<string, unknown>) {
    await this.db(T).where({ id }).update({ checkpoint: JSON.stringify(checkpoint), updated_at: this.db.fn.now() })
  }

  async cancelRequested(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set()
    const rows = await this.db(T).select("id").whereIn("id", ids).where("cancel_requested", true)
    return new Set(rows.map((r: { id: string }) => r.id))
  }

  /** Moves a queued/retrying job to cancelled, or flags an active one; returns the updated record. */
  async requestCancel(id: string): Promise<JobRecord | undefined> {
    const [row] = await this.db.raw(
      `update ${T} set
         state = case when state in ('queued','retrying') then 'cancelled' else state end,
         finished_at = case when state in ('queued','retrying') then now() else finished_at end,
         cancel_requested = (state = 'active'),
         updated_at = now()
       where id = ? and deleted_at is null and state in ('queued','retrying','active')
       returning *`,
      [id]
    ).then((r: { rows: JobRecord[] }) => r.rows)
    return row
  }

  /** Puts a failed or cancelled job back in the queue with a fresh attempt budget. */
  async reopen(id: string): Promise<JobRecord | undefined> {
    const r = await this.db.raw(
      `update ${T} set state = 'queued', attempts = 0, progress = 0, message = null, error = null, result = null,
         checkpoint = null,
         cancel_requested = false, started_at = null, finished_at = null, queued_at = now(), updated_at = now()
       where id = ? and deleted_at is null and state in ('failed','cancelled')
       returning *`,
      [id]
    )
    return r.rows[0]
  }

  /** Jobs that should be in a queue but may not be (crash between insert and dispatch, a lost Redis). */
  async listOpen(queues: string[], olderThanMs: number, limit: number, states: JobState[]): Promise<JobRecord[]> {
    if (!queues.length) return []
    return this.db(T)
      .whereIn("queue", queues)
      .whereIn("state", states)
      .whereNull("deleted_at")
      .where("updated_at", "<", this.db.raw(`now() - (? * interval '1 millisecond')`, [olderThanMs]))
      .orderBy("updated_at", "asc")
      .limit(limit)
  }

  /** Deletes final jobs older than the retention. */
  async prune(olderThanDays: number): Promise<number> {
    return this.db(T)
      .whereIn("state", ["completed", "failed", "cancelled"])
      .where("updated_at", "<", this.db.raw(`now() - (? * interval '1 day')`, [olderThanDays]))
      .delete()
  }

  private async insertRows(rows: NewJob[]): Promise<boolean[]> {
    const values = rows.map(() => `(?, ?, ?, 'queued', ?::jsonb, ?, now(), now(), now())`).join(",")
    const bindings = rows.flatMap((r) => [r.id, r.kind, r.queue, JSON.stringify(r.payload), r.max_attempts])
    const res = await this.db.raw(
      `insert into ${T} (id, kind, queue, state, payload, max_attempts, queued_at, created_at, updated_at)
       values ${values} on conflict (id) do nothing returning id`,
      bindings
    )
    const created = new Set(res.rows.map((r: { id: string }) => r.id))
    // the same id twice in one batch: only its first occurrence counts as created
    const seen = new Set<string>()
    return rows.map((r) => {
      const first = !seen.has(r.id)
      seen.add(r.id)
      return first && created.has(r.id)
    })
  }

  private async startRows(rows: { id: string; attempt: number; worker: string }[]): Promise<StartResult[]> {
    const values = rows.map(() => `(?::text, ?::int, ?::text)`).join(",")
    const res = await this.db.raw(
      `update ${T} j set state = 'active', attempts = v.attempts, worker = v.worker,
         started_at = coalesce(j.started_at, now()), error = null, updated_at = now()
       from (values ${values}) as v(id, attempts, worker)
       where j.id = v.id and j.deleted_at is null and j.state in ('queued','retrying','active')
       returning j.id, j.cancel_requested, j.payload, j.checkpoint`,
      rows.flatMap((r) => [r.id, r.attempt, r.worker])
    )
    type Row = { cancel_requested: boolean; payload: Record<string, unknown>; checkpoint: Record<string, unknown> | null }
    const byId = new Map<string, Row>(res.rows.map((r: Row & { id: string }) => [r.id, r]))
    return rows.map((r) => {
      const hit = byId.get(r.id)
      return hit
        ? { runnable: true, cancel_requested: hit.cancel_requested, payload: hit.payload, checkpoint: hit.checkpoint }
        : { runnable: false, cancel_requested: false }
    })
  }

  private async finishRows(rows: Finish[]): Promise<boolean[]> {
    const values = rows.map(() => `(?::text, ?::text, ?::jsonb, ?::text, ?::boolean, ?::text)`).join(",")
    const res = await this.db.raw(
      `update ${T} j set state = v.state,
         progress = case when v.state = 'completed' then 100 else j.progress end,
         result = case when v.state = 'completed' then v.result else j.result end,
         error = case when v.state = 'completed' then null else v.error end,
         message = coalesce(v.message, j.message),
         cancel_requested = case when v.state = 'cancelled' then false else j.cancel_requested end,
         finished_at = case when v.state in ('completed','failed','cancelled') then now() else null end,
         updated_at = now()
       from (values ${values}) as v(id, state, result, error, only_if_open, message)
       where j.id = v.id and (not v.only_if_open or j.state not in ('completed','failed','cancelled'))
       returning j.id`,
      rows.flatMap((r) => [
        r.id,
        r.state,
        r.result == null ? null : JSON.stringify(r.result),
        r.error ?? null,
        !!r.onlyIfOpen,
        r.message ?? null,
      ])
    )
    const done = new Set(res.rows.map((r: { id: string }) => r.id))
    return rows.map((r) => done.has(r.id))
  }

  private async progressRows(rows: { id: string; progress: number; message: string | null }[]): Promise<boolean[]> {
    // several updates of one job in a batch: the last one wins
    const last = new Map(rows.map((r) => [r.id, r]))
    const unique = [...last.values()]
    const values = unique.map(() => `(?::text, ?::int, ?::text)`).join(",")
    const res = await this.db.raw(
      `update ${T} j set progress = v.progress, message = coalesce(v.message, j.message), updated_at = now()
       from (values ${values}) as v(id, progress, message)
       where j.id = v.id and j.state = 'active'
       returning j.id, j.cancel_requested`,
      unique.flatMap((r) => [r.id, r.progress, r.message])
    )
    const cancel = new Map(res.rows.map((r: { id: string; cancel_requested: boolean }) => [r.id, r.cancel_requested]))
    return rows.map((r) => cancel.get(r.id) === true)
  }
}
