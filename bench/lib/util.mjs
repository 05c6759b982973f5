// Small helpers for benchmark suites.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT } from "../../scripts/lib.mjs"

export const RETAIL_FILE = path.resolve(ROOT, "../shared/data/online-retail/online-retail.csv.gz")

export function percentile(values, p) {
  if (!values.length) return NaN
  const s = [...values].sort((a, b) => a - b)
  const idx = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))
  return s[idx]
}

/**
 * Runs `npm run finesse -- <args>` as a child process; resolves with wall seconds, peak RSS in bytes,
 * stdout and the exit code.
 */
export function runFinesseCli(args, { env = {} } = {}) {
  const rssFile = path.join(os.tmpdir(), `finesse-rss-${process.pid}-${Date.now()}`)
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint()
    const child = spawn(process.execPath, [path.join(ROOT, "scripts/finesse.mjs"), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env, FINESSE_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "inherit"],
    })
    let stdout = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.on("error", reject)
    child.on("exit", (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9
      let peakRss = NaN
      try {
        peakRss = Number(fs.readFileSync(rssFile, "utf8"))
        fs.rmSync(rssFile)
      } catch {}
      resolve({ code, seconds, peakRss, stdout })
    })
  })
}
