// Closed-loop HTTP load generator for the recs-serve suite (and by hand):
//   node bench/scripts/recs-load.mjs <url> [--seconds=10] [--concurrency=16] [--header=k:v ...]
// Each of `concurrency` clients sends a request, waits for the answer, sends the next (keep-alive), for `seconds`.
// Returns/prints requests per second and latency percentiles. `urls` may be a function of the request number so a
// run can rotate through products or visitors.
import http from "node:http"
import { pathToFileURL } from "node:url"

export function percentile(values, p) {
  if (!values.length) return NaN
  const s = Float64Array.from(values).sort()
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]
}

/** Runs a closed-loop load; `url(i)` gives the i-th request's URL. Non-2xx answers count as errors. */
export async function runLoad({ url, headers = {}, seconds = 10, concurrency = 16, warmupSeconds = 0 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  let n = 0
  const one = (u) =>
    new Promise((resolve) => {
      const t = performance.now()
      const req = http.get(u, { agent, headers }, (res) => {
        res.resume()
        res.on("end", () => resolve({ ms: performance.now() - t, ok: res.statusCode >= 200 && res.statusCode < 300, status: res.statusCode }))
      })
      req.on("error", () => resolve({ ms: performance.now() - t, ok: false, status: 0 }))
    })
  const phase = async (secs, record) => {
    const latencies = []
    let errors = 0
    const statuses = {}
    const end = Date.now() + secs * 1000
    const t0 = performance.now()
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < end) {
          const r = await one(url(n++))
          if (!record) continue
          latencies.push(r.ms)
          if (!r.ok) {
            errors++
            statuses[r.status] = (statuses[r.status] ?? 0) + 1
          }
        }
      })
    )
    return { latencies, errors, statuses, wall: (performance.now() - t0) / 1000 }
  }
  if (warmupSeconds > 0) await phase(warmupSeconds, false)
  const r = await phase(seconds, true)
  agent.destroy()
  return {
    requests: r.latencies.length,
    errors: r.errors,
    statuses: r.statuses,
    throughput: r.latencies.length / r.wall,
    p50: percentile(r.latencies, 50),
    p95: percentile(r.latencies, 95),
    p99: percentile(r.latencies, 99),
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2)
  const opt = (name, d) => args.find((a) => a.startsWith(`--${name}=`))?.split("=").slice(1).join("=") ?? d
  const headers = Object.fromEntries(args.filter((a) => a.startsWith("--header=")).map((a) => a.slice(9).split(/:(.*)/s).slice(0, 2)))
  const target = args.find((a) => !a.startsWith("--"))
  const r = await runLoad({ url: () => target, headers, seconds: Number(opt("seconds", 10)), concurrency: Number(opt("concurrency", 16)), warmupSeconds: Number(opt("warmup", 2)) })
  console.log(JSON.stringify(r))
}
