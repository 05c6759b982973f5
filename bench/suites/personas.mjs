// Suite `personas`: the full recompute for 100,000 customers and 1,000,000 orders (target ≤ 60 s on 2 cores, peak RSS
// ≤ 1.5 GB) and the incremental update after an order (target p95 ≤ 50 ms), against Postgres.
// The facts are written with bulk SQL straight into core's fact tables (bench/scripts/personas-bench-data.sql): core's
// own order subscribers would need hours for a million orders and are not what is measured. The recompute is the
// job's own processor and the incremental update the workflow the finesse.facts.updated subscriber runs, both in a
// `medusa exec` process (bench/scripts/personas-bench.ts).
// Options: --customers=100000 --orders=1000000 --views=300000 --incremental=200
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT } from "../../scripts/lib.mjs"
import { withDb } from "../../scripts/setup.mjs"
import { medusaExec } from "../lib/medusa.mjs"
import { startBenchServices } from "../lib/services.mjs"
import { percentile } from "../lib/util.mjs"

const arg = (args, name, dflt) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? dflt)

export default async function personasSuite({ args, log }) {
  const customers = arg(args, "customers", 100_000)
  const orders = arg(args, "orders", 1_000_000)
  const views = arg(args, "views", 300_000)
  const incremental = arg(args, "incremental", 200)
  const services = await startBenchServices({ log })
  try {
    log(`bench: writing ${customers} customers' ${orders} orders, their lines and ${views} views with SQL`)
    const t0 = Date.now()
    const sql = fs
      .readFileSync(path.join(ROOT, "bench/scripts/personas-bench-data.sql"), "utf8")
      .replaceAll(":customers", String(customers))
      .replaceAll(":orders", String(orders))
      .replaceAll(":views", String(views))
    const counts = await withDb({ DATABASE_URL: services.databaseUrl }, async (c) => {
      await c.query(sql)
      return (
        await c.query(
          `select (select count(*) from finesse_order_fact)::int orders, (select count(*) from finesse_order_line_fact)::int lines,
                  (select count(distinct customer_id) from finesse_order_fact)::int customers`
        )
      ).rows[0]
    })
    log(`bench: ${counts.orders} orders, ${counts.lines} lines, ${counts.customers} customers written in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
    const load = os.loadavg()
    log(`bench: load average before the run ${load.map((l) => l.toFixed(2)).join(" ")}`)
    const out = await medusaExec("./bench/scripts/personas-bench.ts", { ...services.env, BENCH_INCREMENTAL: String(incremental) })
    const line = out.split("\n").find((l) => l.startsWith("PERSONAS_BENCH "))
    if (!line) throw new Error(`no result from bench/scripts/personas-bench.ts:\n${out.slice(-2000)}`)
    const r = JSON.parse(line.slice("PERSONAS_BENCH ".length))
    const loadAfter = os.loadavg()
    log(`bench: recompute ${JSON.stringify(r.result.seconds)}; k=${r.result.k}; cards ${r.result.cards.map((c) => `${c.name} ${c.size}`).join(", ")}`)
    if (r.incremental_updated !== incremental) throw new Error(`only ${r.incremental_updated} of ${incremental} incremental updates reached the profiles`)
    return [
      { metric: "recompute_seconds", value: r.seconds, unit: "s", target: 60, better: "lower" },
      { metric: "recompute_peak_rss_mb", value: r.peak_rss / 1e6, unit: "MB", target: 1500, better: "lower" },
      { metric: "incremental_p95_ms", value: percentile(r.incremental_ms, 95), unit: "ms", target: 50, better: "lower" },
      { metric: "incremental_p50_ms", value: percentile(r.incremental_ms, 50), unit: "ms" },
      { metric: "recompute_cpu_seconds", value: r.cpu_seconds, unit: "s" },
      { metric: "rss_before_recompute_mb", value: r.rss_before / 1e6, unit: "MB" },
      { metric: "read_seconds", value: r.result.seconds.read, unit: "s" },
      { metric: "compute_seconds", value: r.result.seconds.compute, unit: "s" },
      { metric: "write_seconds", value: (r.result.seconds.write_profiles ?? 0) + (r.result.seconds.write_models ?? 0), unit: "s" },
      { metric: "customers", value: r.result.customers, unit: "customers" },
      { metric: "orders", value: r.result.orders, unit: "orders" },
      { metric: "personas", value: r.result.k, unit: "clusters" },
      { metric: "load_average_1m", value: (load[0] + loadAfter[0]) / 2, unit: "" },
    ]
  } finally {
    await services.stop()
  }
}
