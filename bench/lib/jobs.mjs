// Waiting on Finesse jobs from a benchmark (straight from the job table).
import { withDb } from "../../scripts/setup.mjs"

export async function waitForIdleJobs(env, { timeoutMs = 30 * 60_000, log = console.log } = {}) {
  const t0 = Date.now()
  for (;;) {
    const r = await withDb(env, (c) =>
      c.query(`select count(*)::int n, string_agg(distinct kind, ', ') kinds from finesse_job where state in ('queued','active','retrying') and kind <> 'core.probe'`)
    )
    if (!r.rows[0].n) return
    if (Date.now() - t0 > timeoutMs) throw new Error(`jobs still running after ${timeoutMs / 1000} s: ${r.rows[0].kinds}`)
    await new Promise((res) => setTimeout(res, 1000))
  }
}

export async function waitForJob(env, id, { timeoutMs = 30 * 60_000 } = {}) {
  const t0 = Date.now()
  for (;;) {
    const r = await withDb(env, (c) => c.query(`select * from finesse_job where id = $1`, [id]))
    const job = r.rows[0]
    if (job && ["completed", "failed", "cancelled"].includes(job.state)) return job
    if (Date.now() - t0 > timeoutMs) throw new Error(`job ${id} not done after ${timeoutMs / 1000} s`)
    await new Promise((res) => setTimeout(res, 500))
  }
}
