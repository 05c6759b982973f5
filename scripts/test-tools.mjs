// The system tools some test tiers need and the npm registry cannot give: redis-server (BullMQ tiers) and Debian's
// chromium (browser tests; playwright's own browser download does not work offline). As root they are installed
// with apt, as CI does; otherwise the caller gets the exact command to run instead of a tier that fails late.
import fs from "node:fs"
import { spawnSync } from "node:child_process"
import { hasCommand, log } from "./lib.mjs"

export const chromiumPath = () => process.env.CHROMIUM_PATH || "/usr/bin/chromium"

function missingTools({ redis, chromium }) {
  const need = []
  if (redis && !hasCommand("redis-server")) need.push({ pkg: "redis-server", tier: "http-redis and the e2e worker processes" })
  if (chromium && !fs.existsSync(chromiumPath())) need.push({ pkg: "chromium", tier: "e2e (headless browser)" })
  return need
}

/** Installs or refuses; resolves `{ ok: true }` or `{ ok: false, message }` with the command to run. */
export async function ensureTestTools(wanted) {
  const need = missingTools(wanted)
  if (!need.length) return { ok: true }
  const pkgs = need.map((n) => n.pkg)
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  const hasApt = hasCommand("apt-get")
  if (isRoot && hasApt) {
    log(`installing with apt (needed by ${need.map((n) => `${n.pkg}: ${n.tier}`).join("; ")})`)
    const t0 = Date.now()
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
    for (const args of [["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", ...pkgs]]) {
      const r = spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env })
      if (r.status !== 0) return { ok: false, message: `apt-get ${args.join(" ")} failed (exit ${r.status})` }
    }
    const still = missingTools(wanted)
    if (still.length) return { ok: false, message: `apt installed ${pkgs.join(", ")} but ${still.map((n) => n.pkg).join(", ")} is still missing` }
    log(`installed ${pkgs.join(", ")} in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
    return { ok: true }
  }
  const tiers = [...new Set(need.map((n) => (n.pkg === "chromium" ? "e2e" : "http-redis,e2e")).join(",").split(","))]
  return {
    ok: false,
    message:
      `npm test needs ${pkgs.join(" and ")}, which ${pkgs.length > 1 ? "are" : "is"} not installed:\n` +
      need.map((n) => `  - ${n.pkg} (for ${n.tier})`).join("\n") +
      `\nInstall ${pkgs.length > 1 ? "them" : "it"} and run npm test again:\n` +
      `  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${pkgs.join(" ")}\n` +
      (need.some((n) => n.pkg === "chromium") ? `(or point CHROMIUM_PATH at a Chromium binary)\n` : "") +
      `or leave those tiers out knowingly: FINESSE_TEST_SKIP=${tiers.join(",")} npm test`,
  }
}
