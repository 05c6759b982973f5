// Suite `jobs`: no-op `core.probe` jobs through BullMQ with 2 Medusa worker processes.
// Metric `throughput` (jobs/s): completed jobs / (last finish − first start), from the job records.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { MEDUSA_BIN, ROOT, freePort, killGroup, run } from "../../scripts/lib.mjs"
import { withDb } from "../../scripts/setup.mjs"
import { startBenchServices } from "../lib/services.mjs"

async function startWorker(name, env, log) {
  const port = await freePort(9300)
  const logFile = path.join(ROOT, `.artifacts/bench-${name}.log`)
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const out = fs.openSync(logFile, "w")
  const child = spawn(MEDUSA_BIN, ["start"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", out, out],
    env: { ...process.env, ...env, HOST: "127.0.0.1", PORT: String(port), MEDUSA_WORKER_MODE: "worker", ADMIN_DISABLED: "true", NODE_ENV: "development", LOG_LEVEL: "warn" },
  })
  const t0 = Date.now()
  while (!(await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok).catch(() => false))) {
    if (child.exitCode !== null) throw new Error(`${name} exited; see ${logFile}`)
    if (Date.now() - t0 > 180_000) throw new Error(`${name} not healthy; see ${logFile}`)
    await new Promise((r) => setTimeout(r, 300))
  }
  log(`bench: ${name} ready (pid ${child.pid})`)
  return child
}

export default async function jobsSuite({ args, log }) {
  const n = Number(args.find((a) => a.startsWith("--jobs="))?.split("=")[1] ?? 20000)
  const concurrency = Number(args.find((a) => a.startsWith("--concurrency="))?.split("=")[1] ?? 64)
  const services = await startBenchServices({ redis: true, log })
  const workers = []
  try {
    const env = { ...services.env, FINESSE_JOBS_CONCURRENCY: `finesse-core-probe=${concurrency}`, FINESSE_JOBS_PREFIX: "bench" }
    workers.push(await startWorker("worker-1", env, log), await startWorker("worker-2", env, log))
    log(`bench: enqueueing ${n} no-op jobs`)
    const t0 = Date.now()
    await run(MEDUSA_BIN, ["exec", "./bench/scripts/enqueue-probes.ts"], {
      cwd: ROOT,
      env: { ...env, BENCH_JOBS: String(n), LOG_LEVEL: "warn" },
      stdio: ["ignore", "ignore", "inherit"],
    })
    const enqueueSeconds = (Date.now() - t0) / 1000
    let done = 0
    for (;;) {
      const r = await withDb({ DATABASE_URL: services.databaseUrl }, (c) =>
        c.query(
          `select count(*) filter (where state = 'completed')::int done, count(*) filter (where state = 'failed')::int failed,
             extract(epoch from max(finished_at) - min(started_at)) span, count(distinct worker)::int workers
           from finesse_job where kind = 'core.probe'`
        )
      )
      const row = r.rows[0]
      done = row.done
      if (row.failed) throw new Error(`${row.failed} jobs failed`)
      if (done >= n) {
        const endToEnd = (Date.now() - t0) / 1000
        return [
          { metric: "throughput", value: n / Number(row.span), unit: "jobs/s", target: 2000, better: "higher" },
          { metric: "end_to_end_throughput", value: n / endToEnd, unit: "jobs/s" },
          { metric: "enqueue_seconds", value: enqueueSeconds, unit: "s" },
          { metric: "jobs", value: n, unit: "jobs" },
          { metric: "workers_used", value: row.workers, unit: "processes" },
        ]
      }
      if (Date.now() - t0 > 15 * 60_000) throw new Error(`only ${done} of ${n} jobs completed after 15 min`)
      await new Promise((r) => setTimeout(r, 500))
    }
  } finally {
    for (const w of workers) await killGroup(w)
    await services.stop()
  }
}
