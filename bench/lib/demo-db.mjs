// A demo-store database for benchmarks, seeded once per (scale, seed) and kept in .data/bench/ for later runs.
import fs from "node:fs"
import path from "node:path"
import { MEDUSA_BIN, ROOT, freePort, run, startEmbeddedPostgres } from "../../scripts/lib.mjs"
import { buildPlugins, migrateIfNeeded, withDb } from "../../scripts/setup.mjs"

/**
 * Starts Postgres on a cached data directory holding the demo store at `scale` (migrated, admin user, seeded).
 * `fresh: true` rebuilds it (do so after changing the planner, the seed or the schema).
 */
export async function demoDatabase({ scale, seed = 42, until = "2026-10-31", fresh = false, log = console.log }) {
  const env0 = { MEDUSA_DISABLE_TELEMETRY: "true" }
  await buildPlugins({ env: env0 })
  const key = `demo-s${scale}-seed${seed}-${until}`
  const dir = path.join(ROOT, ".data/bench", key)
  const ready = path.join(dir, "READY")
  if (fresh) fs.rmSync(dir, { recursive: true, force: true })
  const port = await freePort(55500)
  fs.mkdirSync(dir, { recursive: true })
  const pg = await startEmbeddedPostgres({ port, dataDir: path.join(dir, "pg"), persistent: true, databases: ["demo"], fast: true })
  const env = { ...env0, DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${port}/demo` }
  let seedSeconds = null
  if (!fs.existsSync(ready)) {
    log(`bench: building the demo database (scale ${scale}); later runs reuse ${path.relative(ROOT, dir)}`)
    await run(MEDUSA_BIN, ["db:migrate"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] })
    await run(MEDUSA_BIN, ["user", "-e", "admin@example.com", "-p", "supersecret"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] })
    const t0 = Date.now()
    await run(MEDUSA_BIN, ["exec", "./src/scripts/seed-demo.ts"], {
      cwd: ROOT,
      // medusa exec rejects unknown flags: the seed reads the same options from the environment
      env: { ...env, LOG_LEVEL: "info", DEMO_SCALE: String(scale), DEMO_SEED: String(seed), DEMO_UNTIL: until },
    })
    seedSeconds = (Date.now() - t0) / 1000
    await withDb(env, (c) => c.query("checkpoint"))
    fs.writeFileSync(ready, JSON.stringify({ seedSeconds, at: new Date().toISOString() }))
  } else {
    seedSeconds = JSON.parse(fs.readFileSync(ready, "utf8")).seedSeconds
    // a cached database gets the migrations added since it was seeded
    await migrateIfNeeded({ env })
  }
  return { env, pg, dir, seedSeconds, stop: () => pg.stop().catch(() => {}) }
}
