// The idempotent setup steps of `npm start`, each skipped when there is nothing to do, so a second start is fast.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { MEDUSA_BIN, ROOT, log, run } from "./lib.mjs"

const require = createRequire(import.meta.url)

/** Plugin folders in build order: core first (the others import its compiled library). */
export function pluginDirs() {
  const dirs = fs
    .readdirSync(path.join(ROOT, "plugins"))
    .filter((d) => fs.existsSync(path.join(ROOT, "plugins", d, "package.json")))
    .sort((a, b) => (a === "core" ? -1 : b === "core" ? 1 : a.localeCompare(b)))
  return dirs.map((d) => path.join(ROOT, "plugins", d))
}

function walk(dir, out = []) {
  if (!fs.existsSync(dir)) return out
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) walk(p, out)
    else if (!e.name.startsWith("__admin-extensions__")) out.push(p)
  }
  return out
}

/** Content hash of what a plugin build reads. */
export function sourceStamp(dir) {
  const h = crypto.createHash("sha1")
  const files = [...walk(path.join(dir, "src")), ...walk(path.join(dir, "scripts")), path.join(dir, "package.json"), path.join(dir, "tsconfig.json")]
  for (const f of files.sort()) {
    if (!fs.existsSync(f)) continue
    h.update(path.relative(dir, f))
    h.update(fs.readFileSync(f))
  }
  return h.digest("hex")
}

/**
 * Builds every plugin whose sources changed since its last build (its `build` script: `medusa plugin:build`, plus
 * core's admin kit): core first (the others
 * import its compiled library), then the others side by side (a build is mostly one core's work).
 */
export async function buildPlugins({ env, force = false }) {
  const build = async (dir) => {
    const stampFile = path.join(dir, ".medusa/build-stamp")
    const stamp = sourceStamp(dir)
    const upToDate =
      !force &&
      fs.existsSync(path.join(dir, ".medusa/server/src")) &&
      fs.existsSync(stampFile) &&
      fs.readFileSync(stampFile, "utf8") === stamp
    if (upToDate) {
      log(`plugin ${path.basename(dir)}: up to date`)
    } else {
      log(`plugin ${path.basename(dir)}: building (npm run build: medusa plugin:build and any extra step)`)
      const t0 = Date.now()
      await run("npm", ["run", "build", "--silent"], { cwd: dir, env })
      fs.writeFileSync(stampFile, stamp)
      log(`plugin ${path.basename(dir)}: built in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    }
    return stamp
  }
  const [core, ...rest] = pluginDirs()
  const first = await build(core)
  return [first, ...(await Promise.all(rest.map(build)))]
}

export async function withDb(env, fn) {
  const { Client } = require("pg")
  const client = new Client({ connectionString: env.DATABASE_URL })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

async function tableExists(client, name) {
  const r = await client.query("select to_regclass($1) as t", [`public.${name}`])
  return !!r.rows[0].t
}

/**
 * `medusa db:migrate` (migrations, link sync, migration scripts) takes 15–35 s even when nothing changed, so it is
 * skipped when the plugin sources, the Medusa version and the database are the ones of the last successful run.
 * FORCE_MIGRATE=1 always runs it.
 */
export async function migrateIfNeeded({ env }) {
  const medusaVersion = require(path.join(ROOT, "node_modules/@medusajs/medusa/package.json")).version
  const appFiles = walk(path.join(ROOT, "src/links")).concat(walk(path.join(ROOT, "src/modules")))
  const h = crypto.createHash("sha1").update(medusaVersion)
  for (const dir of pluginDirs()) h.update(sourceStamp(dir))
  for (const f of appFiles.sort()) h.update(f).update(fs.readFileSync(f))
  const dbId = await withDb(env, async (c) => {
    const r = await c.query(
      "select (select system_identifier::text from pg_control_system()) || ':' || (select oid::text from pg_database where datname = current_database()) as id"
    )
    return r.rows[0].id
  })
  const stamp = `${dbId}:${h.digest("hex")}`
  const stampFile = path.join(ROOT, ".data/migrate-stamps.json")
  const stamps = fs.existsSync(stampFile) ? JSON.parse(fs.readFileSync(stampFile, "utf8")) : {}
  const key = env.DATABASE_URL
  const present = await withDb(env, (c) => tableExists(c, "finesse_job"))
  if (process.env.FORCE_MIGRATE !== "1" && stamps[key] === stamp && present) {
    log("database schema: up to date")
    return
  }
  log("database schema: medusa db:migrate")
  const t0 = Date.now()
  await run(MEDUSA_BIN, ["db:migrate"], { cwd: ROOT, env })
  stamps[key] = stamp
  fs.mkdirSync(path.dirname(stampFile), { recursive: true })
  fs.writeFileSync(stampFile, JSON.stringify(stamps, null, 2))
  log(`database schema: migrated in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
}

export async function ensureAdminUser({ env, email, password }) {
  const exists = await withDb(env, async (c) => {
    const r = await c.query(`select 1 from "user" where email = $1 and deleted_at is null`, [email])
    return r.rowCount > 0
  })
  if (exists) {
    log(`admin user ${email}: exists`)
    return
  }
  await run(MEDUSA_BIN, ["user", "-e", email, "-p", password], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] })
  log(`admin user ${email}: created`)
}

export const DEMO_KEY_TITLE = "Finesse Demo Storefront"

export async function readPublishableKey({ env }) {
  return withDb(env, async (c) => {
    const r = await c.query(
      `select token from api_key where title = $1 and type = 'publishable' and deleted_at is null and revoked_at is null limit 1`,
      [DEMO_KEY_TITLE]
    )
    return r.rows[0]?.token
  })
}

/** Plugins with a demo seed (`src/seed/demo.ts`, built) whose seed has not completed in this database. */
async function pendingPluginSeeds({ env }) {
  const withSeed = pluginDirs()
    .filter((dir) => fs.existsSync(path.join(dir, ".medusa/server/src/seed/demo.js")))
    .map((dir) => path.basename(dir))
  if (!withSeed.length) return []
  const done = await withDb(env, async (c) => {
    if (!(await tableExists(c, "finesse_seed_step"))) return new Set()
    const r = await c.query(`select plugin from finesse_seed_step where step = '__complete' and deleted_at is null`)
    return new Set(r.rows.map((x) => x.plugin))
  })
  return withSeed.filter((p) => !done.has(p))
}

/**
 * Seeds the demo store unless a completed seed is found: the base store's publishable key (written last) and every
 * built plugin's demo-seed marker. A plugin installed after the first seed only adds its part.
 */
export async function seedIfNeeded({ env }) {
  const key = await readPublishableKey({ env })
  const pending = await pendingPluginSeeds({ env })
  if (key && !pending.length) {
    log("demo store: already seeded")
    return
  }
  log(
    key
      ? `demo store: adding the demo data of ${pending.join(", ")}`
      : `demo store: seeding (scale ${process.env.DEMO_SCALE ?? 1}, seed ${process.env.DEMO_SEED ?? 42})`
  )
  const t0 = Date.now()
  await run(MEDUSA_BIN, ["exec", "./src/scripts/seed-demo.ts"], { cwd: ROOT, env })
  log(`demo store: seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
}
