// Dev and benchmark helper: runs the catalog engines in process against DATABASE_URL (no job runtime), e.g.
//   ENGINES=quality,categories,forecast,day,replenishment FINESSE_PLUGINS=catalog npx medusa exec ./bench/scripts/catalog-run-engines.ts
// and prints each one's summary and time. Needs the built plugin (npm run build -w plugins/catalog).
import type { ExecArgs } from "@medusajs/framework/types"
export default async function run({ container }: ExecArgs) {
  const base = "/work/main/plugins/catalog/.medusa/server/src/engine/"
  const now = Date.now()
  const t = (label: string) => { const t0 = Date.now(); return (x: any) => { console.log(label, ((Date.now() - t0) / 1000).toFixed(1) + "s", JSON.stringify(x).slice(0, 1500)); return x } }
  const { runQuality } = require(base + "quality-run")
  const { runCategories } = require(base + "categories-run")
  const { runForecast } = require(base + "forecast-run")
  const { runReplenishment } = require(base + "replenishment-run")
  const which = (process.env.ENGINES ?? "quality,categories,forecast,replenishment").split(",")
  if (which.includes("quality")) t("quality")(await runQuality(container, { now }))
  if (which.includes("categories")) t("categories")(await runCategories(container, { now, days: 90 }))
  if (which.includes("forecast")) t("forecast")(await runForecast(container, { granularity: "week", now }))
  if (which.includes("day")) t("forecast-day")(await runForecast(container, { granularity: "day", now }))
  if (which.includes("replenishment")) t("replenishment")(await runReplenishment(container, { now }))
}
