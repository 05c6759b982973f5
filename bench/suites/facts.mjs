// Suite `facts`: the order-facts backfill job over the demo store's orders (default scale 1 ≈ 22,700 orders):
// `throughput` in orders/s (target ≥ 2,000), as the job itself reports it.
import { demoDatabase } from "../lib/demo-db.mjs"
import { waitForIdleJobs, waitForJob } from "../lib/jobs.mjs"
import { adminToken, startMedusaProcess } from "../lib/medusa.mjs"

const opt = (args, name, dflt) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? dflt

export default async function factsSuite({ args, log }) {
  const scale = Number(opt(args, "scale", 1))
  const db = await demoDatabase({ scale, fresh: args.includes("--fresh"), log })
  let app
  try {
    app = await startMedusaProcess("facts", db.env, { log })
    await waitForIdleJobs(db.env, { log })
    const token = await adminToken(app.baseUrl)
    const res = await fetch(`${app.baseUrl}/admin/finesse/jobs`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ kind: "core.facts-backfill", payload: { run: `bench-${Date.now()}` } }),
    })
    const { job } = await res.json()
    const done = await waitForJob(db.env, job.id)
    if (done.state !== "completed") throw new Error(`backfill ${done.state}: ${done.error}`)
    return [
      { metric: "throughput", value: done.result.orders_per_second, unit: "orders/s", target: 2000, better: "higher" },
      { metric: "orders", value: done.result.orders, unit: "orders" },
      { metric: "seconds", value: done.result.seconds, unit: "s" },
    ]
  } finally {
    await app?.stop()
    await db.stop()
  }
}
