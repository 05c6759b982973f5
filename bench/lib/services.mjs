// Throw-away Postgres and Redis for benchmark suites, plus a migrated database.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { MEDUSA_BIN, ROOT, freePort, killGroup, run, startEmbeddedPostgres, startRedis } from "../../scripts/lib.mjs"
import { buildPlugins, withDb } from "../../scripts/setup.mjs"

/** Starts Postgres (+ Redis when asked), builds the plugins, creates and migrates a database. */
export async function startBenchServices({ redis = false, migrate = true, log = console.log } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "finesse-bench-pg-"))
  fs.chmodSync(dataDir, 0o755)
  const pgPort = await freePort(55432)
  const pg = await startEmbeddedPostgres({ port: pgPort, dataDir: path.join(dataDir, "data"), persistent: false, fast: true })
  let redisChild
  let redisUrl
  if (redis) {
    const port = await freePort(6420)
    redisChild = await startRedis(port)
    redisUrl = `redis://127.0.0.1:${port}`
  }
  const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${pgPort}/bench`
  await withDb({ DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${pgPort}/postgres` }, (c) => c.query("create database bench"))
  const env = { MEDUSA_DISABLE_TELEMETRY: "true", DATABASE_URL: databaseUrl, ...(redisUrl ? { REDIS_URL: redisUrl } : {}) }
  await buildPlugins({ env })
  if (migrate) {
    log("bench: medusa db:migrate")
    await run(MEDUSA_BIN, ["db:migrate"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] })
  }
  return {
    env,
    databaseUrl,
    redisUrl,
    async stop() {
      if (redisChild) await killGroup(redisChild)
      await pg.stop().catch(() => {})
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
