// Medusa processes for benchmark suites.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { MEDUSA_BIN, ROOT, freePort, killGroup } from "../../scripts/lib.mjs"

/** Starts `medusa start` from the repository root (development mode, admin off) and waits for /health. */
export async function startMedusaProcess(name, env, { mode = "shared", log = console.log } = {}) {
  const port = await freePort(9300 + Math.floor(Math.random() * 500))
  const logFile = path.join(ROOT, `.artifacts/bench-${name}.log`)
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const out = fs.openSync(logFile, "w")
  // BENCH_PROFILE=1: a CPU profile of the server in .artifacts/profiles (written when it stops)
  const [cmd, argv] = process.env.BENCH_PROFILE
    ? [process.execPath, [`--cpu-prof`, `--cpu-prof-dir=${path.join(ROOT, ".artifacts/profiles")}`, path.join(ROOT, "node_modules/@medusajs/cli/cli.js"), "start"]]
    : [MEDUSA_BIN, ["start"]]
  const child = spawn(cmd, argv, {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      ...env,
      HOST: "127.0.0.1",
      PORT: String(port),
      MEDUSA_WORKER_MODE: mode,
      ADMIN_DISABLED: "true",
      NODE_ENV: "development",
      LOG_LEVEL: "warn",
      MEDUSA_DISABLE_TELEMETRY: "true",
    },
  })
  const t0 = Date.now()
  while (!(await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok).catch(() => false))) {
    if (child.exitCode !== null) throw new Error(`${name} exited; see ${logFile}`)
    if (Date.now() - t0 > 180_000) throw new Error(`${name} not healthy after 180 s; see ${logFile}`)
    await new Promise((r) => setTimeout(r, 300))
  }
  log(`bench: ${name} ready on :${port} (pid ${child.pid})`)
  return { child, port, baseUrl: `http://127.0.0.1:${port}`, stop: () => killGroup(child) }
}

/** Runs `medusa exec <script>` and returns its stdout. */
export async function medusaExec(script, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA_BIN, ["exec", script], { cwd: ROOT, env: { ...process.env, ...env, LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "inherit"] })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`medusa exec ${script} exited with ${code}`))))
  })
}

export async function adminToken(baseUrl, email = "admin@example.com", password = "supersecret") {
  const r = await fetch(`${baseUrl}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) })
  if (!r.ok) throw new Error(`admin login failed: ${r.status}`)
  return (await r.json()).token
}
