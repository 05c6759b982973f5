// The Solomon VRPTW benchmark (56 instances of 100 customers) for the own-fleet solver of @finesse/logistics.
// Each instance runs through the CLI (`npm run finesse -- vrp --instance <file> --seconds S`), one after another
// (or two at once with --parallel 2). The printed routes are checked here, independently of the solver: every
// customer exactly once, capacity, arrival <= due at every customer and back at the depot by its due time, with
// exact Euclidean distances in double precision; the distance is recomputed from the routes.
// Options: --only C1,R2,R101,... (families or names), --seconds S (default 10), --threads N (worker threads per
//          instance, passed to the CLI; default 1), --parallel N (instances at once; default 1), --seed N, --no-build,
//          --no-snapshot.
// Other work on the same tree rebuilds plugins/logistics now and then (a build empties .medusa/server for a few
// seconds, and `npm run finesse` then rebuilds first), so by default the suite copies the built CLI and solver
// once to a temporary folder and runs that copy: the same `run(argv)` of the vrp command, immune to rebuilds.
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { runFinesseCli } from "../lib/util.mjs"

const DATA = "../shared/data/solomon"
const TOL = 1e-9

function option(args, name, fallback) {
  const k = args.indexOf(name)
  return k >= 0 && k + 1 < args.length ? args[k + 1] : fallback
}

/** The instance file read on its own here (not through the solver's reader). */
export function readSolomon(text) {
  const lines = text.split(/\r?\n/).map((l) => l.trim())
  const v = lines.findIndex((l) => /^VEHICLE$/i.test(l))
  const [count, capacity] = lines.slice(v + 1).find((l) => /^\d/.test(l)).split(/\s+/).map(Number)
  const c = lines.findIndex((l) => /^CUSTOMER$/i.test(l))
  const nodes = lines
    .slice(c + 1)
    .filter((l) => /^\d/.test(l))
    .map((l) => l.split(/\s+/).map(Number))
    .filter((r) => r.length === 7)
    .map(([id, x, y, demand, ready, due, service]) => ({ id, x, y, demand, ready, due, service }))
  return { count, capacity, depot: nodes[0], customers: nodes.slice(1) }
}

/** Checks printed routes (customer ids); returns the exact distance and the violations found. */
export function checkRoutes(inst, routes) {
  const byId = new Map(inst.customers.map((c) => [c.id, c]))
  const seen = new Map()
  const violations = []
  let total = 0
  const d = (a, b) => Math.sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y))
  routes.forEach((route, r) => {
    let prev = inst.depot
    let t = inst.depot.ready
    let load = 0
    let bad = false
    for (const id of route) {
      const c = byId.get(id)
      if (!c) {
        violations.push(`route ${r + 1}: unknown customer ${id}`)
        bad = true
        continue
      }
      seen.set(id, (seen.get(id) ?? 0) + 1)
      const leg = d(prev, c)
      total += leg
      t += leg
      if (t > c.due + TOL) {
        violations.push(`route ${r + 1}: customer ${id} reached at ${t} after due ${c.due}`)
        bad = true
      }
      t = Math.max(t, c.ready) + c.service
      load += c.demand
      prev = c
    }
    const back = d(prev, inst.depot)
    total += back
    if (t + back > inst.depot.due + TOL) {
      violations.push(`route ${r + 1}: back at ${t + back} after the depot's due ${inst.depot.due}`)
      bad = true
    }
    if (load > inst.capacity) {
      violations.push(`route ${r + 1}: load ${load} above capacity ${inst.capacity}`)
      bad = true
    }
    if (route.length === 0) violations.push(`route ${r + 1}: empty`)
    if (bad) violations.infeasibleRoutes = (violations.infeasibleRoutes ?? 0) + 1
  })
  for (const c of inst.customers) {
    const k = seen.get(c.id) ?? 0
    if (k !== 1) violations.push(`customer ${c.id} visited ${k} times`)
  }
  if (routes.length > inst.count) violations.push(`${routes.length} routes above the fleet of ${inst.count}`)
  return { distance: total, violations, infeasibleRoutes: violations.infeasibleRoutes ?? 0 }
}

/** Copies the built vrp command (cli, lib/vrp, workers) to a temporary folder; null when the build is incomplete. */
function snapshotCli(root) {
  const src = path.join(root, "plugins/logistics/.medusa/server/src")
  const parts = ["cli", "lib/vrp", "workers"]
  if (!fs.existsSync(path.join(src, "cli/vrp.js")) || !fs.existsSync(path.join(src, "lib/vrp/solve.js"))) return null
  const dst = fs.mkdtempSync(path.join(os.tmpdir(), "vrp-bench-"))
  for (const part of parts) {
    if (fs.existsSync(path.join(src, part))) fs.cpSync(path.join(src, part), path.join(dst, part), { recursive: true })
  }
  return fs.existsSync(path.join(dst, "cli/vrp.js")) && fs.existsSync(path.join(dst, "lib/vrp/solve.js")) ? dst : null
}

/** Runs the snapshot's vrp command like `npm run finesse -- vrp ...` does; resolves with wall seconds and stdout. */
function runSnapshot(dir, root, argv) {
  const script = `require(${JSON.stringify(path.join(dir, "cli/vrp.js"))}).run(process.argv.slice(1)).then((c) => process.exit(c ?? 0))`
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint()
    const child = spawn(process.execPath, ["-e", script, "--", ...argv], {
      cwd: root,
      env: { ...process.env, NODE_PATH: path.join(root, "node_modules") },
      stdio: ["ignore", "pipe", "inherit"],
    })
    let stdout = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.on("error", reject)
    child.on("exit", (code) => resolve({ code, seconds: Number(process.hrtime.bigint() - t0) / 1e9, stdout }))
  })
}

export function parseOutput(stdout) {
  const lines = stdout.trim().split("\n")
  const head = /^vehicles=(\d+) distance=([\d.]+)$/.exec(lines[0] ?? "")
  if (!head) throw new Error(`unexpected first line: ${lines[0]}`)
  const routes = lines.slice(1).map((l, k) => {
    const m = /^Route #(\d+): ?(.*)$/.exec(l)
    if (!m || Number(m[1]) !== k + 1) throw new Error(`unexpected route line: ${l}`)
    return m[2].trim() ? m[2].trim().split(/\s+/).map(Number) : []
  })
  return { vehicles: Number(head[1]), distance: Number(head[2]), routes }
}

export default async function run({ args, root, log }) {
  const dir = path.resolve(root, DATA)
  if (!fs.existsSync(dir)) throw new Error(`missing ${dir}`)
  const seconds = Number(option(args, "--seconds", "10"))
  const parallel = Math.max(1, Number(option(args, "--parallel", "1")))
  const seed = option(args, "--seed", "1")
  const threads = option(args, "--threads", "1")
  const only = option(args, "--only", "")
  if (!args.includes("--no-build")) {
    for (const p of ["core", "logistics"]) {
      if (p === "core" && fs.existsSync(path.join(root, "plugins/core/.medusa/server"))) continue
      log(`[vrp] npm run build -w plugins/${p}`)
      const r = spawnSync("npm", ["run", "build", "-w", `plugins/${p}`], { cwd: root, stdio: ["ignore", "ignore", "inherit"] })
      if (r.status !== 0) throw new Error(`build of plugins/${p} failed (exit ${r.status})`)
    }
  }
  let snapshot = null
  if (!args.includes("--no-snapshot")) {
    for (let attempt = 0; attempt < 10 && !snapshot; attempt++) {
      snapshot = snapshotCli(root)
      if (!snapshot) {
        log("[vrp] plugins/logistics/.medusa/server is incomplete (a build is running?); waiting 15 s")
        await new Promise((r) => setTimeout(r, 15_000))
      }
    }
    if (!snapshot) throw new Error("no complete build of plugins/logistics to snapshot")
    log(`[vrp] running a copy of the built vrp command from ${snapshot}`)
  }
  const runCli = (argv) => (snapshot ? runSnapshot(snapshot, root, argv.slice(1)) : runFinesseCli(argv))
  const bks = new Map()
  for (const line of fs.readFileSync(path.join(dir, "best-known.csv"), "utf8").trim().split("\n").slice(1)) {
    const c = line.split(",")
    bks.set(c[0], { vehicles: Number(c[4]), distance: Number(c[5]) })
  }
  let names = [...bks.keys()]
  if (only) {
    const wanted = only.split(",").map((s) => s.trim().toUpperCase())
    names = names.filter((n) => wanted.some((w) => n === w || (n.startsWith(w) && /^\d$/.test(n.slice(w.length, w.length + 1)) && n.length - w.length === 2)))
  }
  if (names.length === 0) throw new Error(`no instance matches --only ${only}`)
  log(`[vrp] ${names.length} instances, --seconds ${seconds}, ${threads} thread(s) per instance, ${parallel} instance(s) at a time, seed ${seed}; load ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`)

  const rows = []
  let next = 0
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++]
      const file = path.join(dir, "instances", `${name}.txt`)
      const inst = readSolomon(fs.readFileSync(file, "utf8"))
      const argv = ["vrp", "--instance", file, "--seconds", String(seconds), "--seed", seed, "--threads", threads]
      let cli = await runCli(argv)
      if (cli.code !== 0 || cli.seconds > seconds + 2) {
        // other work on the same tree may rebuild the plugin meanwhile (its build empties .medusa/server, and the
        // CLI then rebuilds first): measure this instance once more rather than report a failure or a build time
        log(`[vrp] ${name}: exit ${cli.code} after ${cli.seconds.toFixed(1)} s; running it again in 20 s`)
        await new Promise((r) => setTimeout(r, 20_000))
        cli = await runCli(argv)
      }
      const row = { name, seconds: cli.seconds, bks: bks.get(name) }
      if (cli.code !== 0) {
        row.error = `exit ${cli.code}`
      } else {
        const out = parseOutput(cli.stdout)
        const chk = checkRoutes(inst, out.routes)
        Object.assign(row, { vehicles: out.routes.length, printed: out.distance, distance: chk.distance, violations: chk.violations, infeasibleRoutes: chk.infeasibleRoutes })
        if (out.vehicles !== out.routes.length) row.violations.push(`header says ${out.vehicles} vehicles, ${out.routes.length} routes printed`)
        if (Math.abs(out.distance - chk.distance) > 0.006) row.violations.push(`printed distance ${out.distance} != recomputed ${chk.distance.toFixed(4)}`)
      }
      rows.push(row)
      const gap = row.vehicles === row.bks.vehicles ? (((row.distance - row.bks.distance) / row.bks.distance) * 100).toFixed(2) + "%" : "-"
      log(
        `${name.padEnd(6)} ${row.error ?? `veh ${row.vehicles}/${row.bks.vehicles}  dist ${row.distance.toFixed(2).padStart(8)} / ${row.bks.distance.toFixed(2).padStart(8)}  gap ${gap.padStart(7)}`}  ${row.seconds.toFixed(2)} s${row.violations?.length ? "  INFEASIBLE: " + row.violations.slice(0, 3).join("; ") : ""}`,
      )
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker))
  rows.sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name))

  const ok = rows.filter((r) => !r.error)
  const atBks = ok.filter((r) => r.vehicles <= r.bks.vehicles && r.violations.length === 0)
  const matched = ok.filter((r) => r.vehicles === r.bks.vehicles && r.violations.length === 0)
  const gaps = matched.map((r) => ((r.distance - r.bks.distance) / r.bks.distance) * 100)
  const meanGap = gaps.length ? gaps.reduce((s, g) => s + g, 0) / gaps.length : NaN
  const infeasible = ok.reduce((s, r) => s + r.infeasibleRoutes + (r.violations.length > r.infeasibleRoutes ? 1 : 0), 0) + (rows.length - ok.length)
  log(`[vrp] load after: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`)
  if (snapshot) fs.rmSync(snapshot, { recursive: true, force: true })
  return [
    { metric: "instances", value: rows.length, unit: "", target: null, better: "higher" },
    { metric: "at_bks_vehicles", value: atBks.length, unit: `of ${rows.length}`, target: rows.length === 56 ? 50 : null, better: "higher" },
    { metric: "mean_gap_where_vehicles_match", value: meanGap, unit: "%", target: 1.0, better: "lower" },
    { metric: "max_seconds_per_instance", value: Math.max(...rows.map((r) => r.seconds)), unit: "s", target: 10, better: "lower" },
    { metric: "infeasible_routes", value: infeasible, unit: "", target: 0, better: "lower" },
    { metric: "total_vehicles", value: ok.reduce((s, r) => s + r.vehicles, 0), unit: `bks ${rows.reduce((s, r) => s + r.bks.vehicles, 0)}`, target: null, better: "lower" },
  ]
}
