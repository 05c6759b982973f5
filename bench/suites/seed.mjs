// `npm run bench -- seed [--scale 1] [--seed 42] [--until YYYY-MM-DD]`: the demo seed on a fresh database, timed
// end to end as `npm start` runs it (`medusa exec ./src/scripts/seed-demo.ts`, boot included), on its own
// embedded Postgres configured like npm start's (durable, fsync on), and what it wrote, counted back with SQL.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { freePort, MEDUSA_BIN, run as runCommand, startEmbeddedPostgres } from "../../scripts/lib.mjs"
import { sourceStamp } from "../../scripts/setup.mjs"

const require = createRequire(import.meta.url)

function option(args, name) {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}

/** Runs a command, keeps its output, passes the seed's own progress lines to `log`. */
function runCapturing(cmd, args, { cwd, env, log }) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    const onData = (d) => {
      const text = d.toString()
      out += text
      for (const line of text.split("\n")) if (line.includes("[seed]")) log(`  ${line.replace(/\x1b\[[0-9;]*m/g, "").trim()}`)
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}\n${out.slice(-4000)}`))))
  })
}

/** The seed needs @finesse/core built (its data and jobs modules); rebuilt only when its sources changed. */
async function buildCore(root, log) {
  const dir = path.join(root, "plugins/core")
  const stampFile = path.join(dir, ".medusa/build-stamp")
  const stamp = sourceStamp(dir)
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp && fs.existsSync(path.join(dir, ".medusa/server/src/modules"))) return
  log("building plugins/core")
  // medusa plugin:build still emits JavaScript when some file has a type error; only missing modules are fatal
  await runCommand(MEDUSA_BIN, ["plugin:build"], { cwd: dir, env: { MEDUSA_DISABLE_TELEMETRY: "true" } }).catch((e) => log(`[warn] ${e.message}`))
  for (const m of ["finesse-data", "finesse-jobs"]) {
    if (!fs.existsSync(path.join(dir, ".medusa/server/src/modules", m, "index.js"))) throw new Error(`plugins/core did not build module ${m}`)
  }
}

export default async function run({ args, root, log }) {
  const flags = []
  for (const name of ["scale", "seed", "until"]) {
    const v = option(args, name)
    if (v !== undefined) flags.push(`--${name}`, v)
  }
  await buildCore(root, log)

  const port = await freePort(55440)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "finesse-bench-seed-"))
  fs.chmodSync(dir, 0o755)
  const pg = await startEmbeddedPostgres({ port, dataDir: path.join(dir, "data"), persistent: false, databases: ["seed"] })
  const DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${port}/seed`
  const env = { DATABASE_URL, MEDUSA_DISABLE_TELEMETRY: "true" }
  try {
    log("medusa db:migrate")
    await runCommand(MEDUSA_BIN, ["db:migrate"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] })

    log(`medusa exec ./src/scripts/seed-demo.ts ${flags.join(" ")}`)
    const t0 = process.hrtime.bigint()
    const out = await runCapturing(MEDUSA_BIN, ["exec", "./src/scripts/seed-demo.ts", "--", ...flags], { cwd: root, env, log })
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9

    const { Client } = require("pg")
    const client = new Client({ connectionString: DATABASE_URL })
    await client.connect()
    const count = async (sql) => Number((await client.query(sql)).rows[0].n)
    const counts = {
      orders: await count(`select count(*) n from "order" where deleted_at is null`),
      orders_canceled: await count(`select count(*) n from "order" where status = 'canceled' and deleted_at is null`),
      returns: await count(`select count(*) n from return where deleted_at is null`),
      customers: await count(`select count(*) n from customer where deleted_at is null`),
      products: await count(`select count(*) n from product where deleted_at is null`),
      variants: await count(`select count(*) n from product_variant where deleted_at is null`),
      events: await count(`select count(*) n from finesse_event where deleted_at is null`),
      seeded: await count(`select count(*) n from api_key where title = 'Finesse Demo Storefront' and deleted_at is null`),
    }
    await client.end()

    const results = [{ metric: "seconds", value: seconds, unit: "s", target: 150, better: "lower" }]
    // phase timings as the seed logged them ("[seed] <phase>: … in 12.3 s")
    for (const m of out.replace(/\x1b\[[0-9;]*m/g, "").matchAll(/\[seed\] (\S[^:]*): .* in ([\d.]+) s$/gm)) {
      results.push({ metric: `phase ${m[1]}`, value: Number(m[2]), unit: "s" })
    }
    results.push({ metric: "complete", value: counts.seeded, unit: "bool", target: 1, better: "higher" })
    for (const [metric, value] of Object.entries(counts)) if (metric !== "seeded") results.push({ metric, value, unit: "rows" })
    return results
  } finally {
    await pg.stop().catch(() => {})
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
