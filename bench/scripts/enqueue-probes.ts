import type { ExecArgs } from "@medusajs/framework/types"

/**
 * Bench helper (run with `medusa exec`, which is a `server` process: it only enqueues). Enqueues BENCH_JOBS no-op
 * `core.probe` jobs in bulk and prints the wall time.
 */
export default async function enqueueProbes({ container }: ExecArgs) {
  const n = Number(process.env.BENCH_JOBS ?? 10000)
  const tag = process.env.BENCH_TAG ?? String(Date.now())
  const jobs: any = container.resolve("finesse_jobs")
  const t0 = Date.now()
  const chunk = 2000
  for (let i = 0; i < n; i += chunk) {
    const payloads = Array.from({ length: Math.min(chunk, n - i) }, (_, j) => ({ label: `${tag}-${i + j}` }))
    await jobs.enqueueMany("core.probe", payloads)
  }
  console.log(`BENCH_ENQUEUED ${n} ${Date.now() - t0}`)
}
