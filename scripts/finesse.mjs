// `npm run finesse -- <command> [options]`: the offline analyst CLI. Each command lives in the plugin that owns
// the capability (compiled by `medusa plugin:build`); this file only dispatches.
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { ROOT } from "./lib.mjs"

const COMMANDS = {
  kpis: { plugin: "core", module: "@finesse/core/cli/kpis", about: "monthly KPIs from an Online Retail order file" },
  personas: { plugin: "personas", module: "@finesse/personas/cli/personas", about: "RFM, buy-again probabilities and persona clusters per customer" },
  recommend: { plugin: "recommendations", module: "@finesse/recommendations/cli/recommend", about: "train and evaluate recommenders, or write top-k lists" },
  pricing: { plugin: "pricing", module: "@finesse/pricing/cli/pricing", about: "price elasticity per product (log-log, with seasonality and promotion controls)" },
  promotions: { plugin: "promotions", module: "@finesse/promotions/cli/promotions", about: "evaluate a treatment against a control group (Welch, CUPED, proportions)" },
  vrp: { plugin: "logistics", module: "@finesse/logistics/cli/vrp", about: "solve a Solomon VRPTW instance (vehicles, distance, routes)" },
  returns: { plugin: "after-sales", module: "@finesse/after-sales/cli/returns", about: "pair cancellation lines with the purchases they cancel" },
  risk: { plugin: "risk", module: "@finesse/risk/cli/risk", about: "outlier order lines and anomalous days of GMV" },
  forecast: { plugin: "catalog", module: "@finesse/catalog/cli/forecast", about: "weekly demand forecast per product, method chosen by backtest" },
}

const [command, ...argv] = process.argv.slice(2)
if (!command || command === "--help" || command === "-h" || !COMMANDS[command]) {
  console.log("usage: npm run finesse -- <command> [options]\n\ncommands:")
  for (const [name, c] of Object.entries(COMMANDS)) console.log(`  ${name.padEnd(10)} ${c.about}`)
  console.log("\nrun `npm run finesse -- <command> --help` for a command's options")
  process.exit(command && !COMMANDS[command] && command !== "--help" && command !== "-h" ? 2 : 0)
}

const spec = COMMANDS[command]
const built = path.join(ROOT, "plugins", spec.plugin, ".medusa/server/src")
if (!fs.existsSync(built)) {
  console.error(`[finesse] building plugins/${spec.plugin} first (one time)`)
  for (const p of spec.plugin === "core" ? ["core"] : ["core", spec.plugin]) {
    const r = spawnSync("npm", ["run", "build", "-w", `plugins/${p}`], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] })
    if (r.status !== 0) process.exit(r.status ?? 1)
  }
}

const require = createRequire(path.join(ROOT, "package.json"))
const mod = require(spec.module)
const code = await mod.run(argv)
if (process.env.FINESSE_RSS_FILE) {
  fs.writeFileSync(process.env.FINESSE_RSS_FILE, String(process.resourceUsage().maxRSS * 1024))
}
process.exit(code ?? 0)
