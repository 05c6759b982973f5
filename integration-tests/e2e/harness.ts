import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"

export const ROOT = path.resolve(__dirname, "../..")
export const ARTIFACTS = path.join(ROOT, ".artifacts")
export const ADMIN = { email: "admin@example.com", password: "supersecret" }

export type MedusaProcess = {
  name: string
  child: ChildProcess
  port: number
  baseUrl: string
  logFile: string
  stop(signal?: NodeJS.Signals): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port
      srv.close(() => resolve(port))
    })
  })
}

/**
 * Starts `medusa start` from the repository root (TypeScript via the CLI's ts-node) as its own process group, in the
 * given worker mode, against E2E's DATABASE_URL. Logs go to .artifacts/<name>.log.
 */
export async function startMedusa(
  name: string,
  opts: { mode: "shared" | "server" | "worker"; admin?: boolean; env?: Record<string, string> }
): Promise<MedusaProcess> {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  const port = await freePort()
  const logFile = path.join(ARTIFACTS, `${name}.log`)
  const out = fs.openSync(logFile, "w")
  const child = spawn(path.join(ROOT, "node_modules/.bin/medusa"), ["start"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      NODE_ENV: "development",
      HOST: "127.0.0.1",
      PORT: String(port),
      MEDUSA_WORKER_MODE: opts.mode,
      ADMIN_DISABLED: opts.admin ? "false" : "true",
      MEDUSA_DISABLE_TELEMETRY: "true",
      ...opts.env,
    },
  })
  const baseUrl = `http://127.0.0.1:${port}`
  const proc: MedusaProcess = {
    name,
    child,
    port,
    baseUrl,
    logFile,
    async stop(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((r) => child.once("exit", r))
      try {
        process.kill(-child.pid!, signal)
      } catch {}
      const t = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL")
        } catch {}
      }, 15_000)
      await exited
      clearTimeout(t)
    },
  }
  const t0 = Date.now()
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited early; see ${logFile}:\n${fs.readFileSync(logFile, "utf8").slice(-3000)}`)
    const ok = await fetch(`${baseUrl}/health`).then((r) => r.ok).catch(() => false)
    if (ok) break
    if (Date.now() - t0 > 180_000) throw new Error(`${name} not healthy after 180 s; see ${logFile}`)
    await new Promise((r) => setTimeout(r, 300))
  }
  return proc
}

export async function adminToken(baseUrl: string): Promise<string> {
  const r = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  if (!r.ok) throw new Error(`admin login failed: ${r.status} ${await r.text()}`)
  return ((await r.json()) as { token: string }).token
}

export function api(baseUrl: string, token: string) {
  const call = async (method: string, p: string, body?: unknown) => {
    const r = await fetch(`${baseUrl}${p}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await r.json().catch(() => null)
    if (!r.ok) throw new Error(`${method} ${p} → ${r.status} ${JSON.stringify(data)}`)
    return data
  }
  return { get: (p: string) => call("GET", p), post: (p: string, body: unknown = {}) => call("POST", p, body) }
}

export async function waitFor<T>(fn: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 60_000, everyMs = 200) {
  const t0 = Date.now()
  let v = await fn()
  while (!done(v)) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms; last: ${JSON.stringify(v).slice(0, 500)}`)
    await new Promise((r) => setTimeout(r, everyMs))
    v = await fn()
  }
  return v
}
