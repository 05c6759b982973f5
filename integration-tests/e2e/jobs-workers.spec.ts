import { Client } from "pg"
import { adminToken, api, startMedusa, waitFor, type MedusaProcess } from "./harness"

jest.setTimeout(600_000)

// `npm test` starts a redis-server for this tier (or refuses to run it without one); no silent skip
const REDIS_URL = process.env.E2E_REDIS_URL
if (!REDIS_URL) throw new Error("E2E_REDIS_URL is not set: run the e2e tier through `npm test` (it starts redis-server)")
// short locks so a killed worker's job is recovered within seconds (production default: 30 s)
const jobEnv = {
  REDIS_URL,
  FINESSE_JOBS_LOCK_MS: "4000",
  FINESSE_JOBS_STALLED_MS: "2000",
  FINESSE_JOBS_PREFIX: `e2e${Date.now()}`,
}

describe("job runtime with a server and two worker processes on BullMQ", () => {
  let server: MedusaProcess, workerA: MedusaProcess, workerB: MedusaProcess
  let db: Client
  let http: ReturnType<typeof api>
  const pidOf = (p: MedusaProcess) => p.child.pid!
  const runsOf = async (jobId: string) =>
    (await db.query("select attempt, worker from finesse_job_probe_run where job_id = $1 order by attempt", [jobId])).rows

  beforeAll(async () => {
    ;[server, workerA, workerB] = await Promise.all([
      startMedusa("e2e-server", { mode: "server", env: jobEnv }),
      startMedusa("e2e-worker-a", { mode: "worker", env: jobEnv }),
      startMedusa("e2e-worker-b", { mode: "worker", env: jobEnv }),
    ])
    http = api(server.baseUrl, await adminToken(server.baseUrl))
    db = new Client({ connectionString: process.env.DATABASE_URL })
    await db.connect()
  })

  afterAll(async () => {
    await db?.end()
    await Promise.all([server, workerA, workerB].filter(Boolean).map((p) => p.stop()))
  })

  it("spreads jobs over both workers, runs each once, and the server only enqueues", async () => {
    const ids: string[] = []
    for (let i = 0; i < 40; i++) {
      const { job } = await http.post("/admin/finesse/jobs", {
        kind: "core.probe",
        payload: { steps: 2, step_ms: 100, record: true, label: `spread-${i}` },
      })
      ids.push(job.id)
    }
    await waitFor(
      async () => (await db.query("select count(*)::int n from finesse_job where id = any($1) and state = 'completed'", [ids])).rows[0].n,
      (n) => n === ids.length
    )
    const runs = (await db.query("select job_id, worker from finesse_job_probe_run where job_id = any($1)", [ids])).rows
    // each job's work happened exactly once
    expect(runs).toHaveLength(ids.length)
    expect(new Set(runs.map((r) => r.job_id)).size).toBe(ids.length)
    const pids = new Set(runs.map((r) => Number(String(r.worker).split(":").pop())))
    expect(pids.has(pidOf(workerA))).toBe(true)
    expect(pids.has(pidOf(workerB))).toBe(true)
    expect(pids.has(pidOf(server))).toBe(false)
  })

  it("finishes the job of a worker killed mid-run on the other worker", async () => {
    const { job } = await http.post("/admin/finesse/jobs", {
      kind: "core.probe",
      payload: { steps: 30, step_ms: 200, record: true, label: "sigkill" },
    })
    const running = await waitFor(
      () => http.get(`/admin/finesse/jobs/${job.id}`).then((r) => r.job),
      (j) => j.state === "active" && j.progress >= 10
    )
    const victimPid = Number(String(running.worker).split(":").pop())
    const victim = [workerA, workerB].find((w) => pidOf(w) === victimPid)!
    const survivor = victim === workerA ? workerB : workerA
    expect(victim).toBeDefined()
    await victim.stop("SIGKILL")

    const done = await waitFor(
      () => http.get(`/admin/finesse/jobs/${job.id}`).then((r) => r.job),
      (j) => ["completed", "failed"].includes(j.state),
      120_000
    )
    expect(done.state).toBe("completed")
    expect(done.attempts).toBe(2)
    expect(done.worker).toBe(`${running.worker.split(":")[0]}:${pidOf(survivor)}`)
    const runs = await runsOf(job.id)
    expect(runs.map((r) => r.attempt)).toEqual([1, 2])
    expect(Number(String(runs[1].worker).split(":").pop())).toBe(pidOf(survivor))
  })
})
