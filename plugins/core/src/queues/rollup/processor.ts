import { defineProcessor } from "../../job-runtime"
import { FINESSE_DATA_MODULE } from "../../modules/finesse-data"
import type FinesseDataModuleService from "../../modules/finesse-data/service"
import { rollupJob } from "./definition"

export default defineProcessor(rollupJob, async (job) => {
  const data = job.container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
  if (job.payload.full) await data.markAllDaysDirty()
  const total = Math.max(1, await data.countDirtyDays())
  let sales = 0
  let traffic = 0
  for (;;) {
    const r = await data.refreshDirtyRollups(100)
    if (!r.sales && !r.traffic) break
    sales += r.sales
    traffic += r.traffic
    await job.progress((100 * (sales + traffic)) / Math.max(total, sales + traffic), `${sales + traffic} day rollups refreshed`)
  }
  if (sales + traffic > 60) {
    // a large rebuild (a backfill, a full run) rewrote most rollup rows: vacuum now so KPI reads are index-only
    // scans again at once rather than after autovacuum comes round
    await job.progress(99, "vacuuming the rollup tables")
    await data.vacuumRollups()
  }
  return { sales_days: sales, traffic_days: traffic }
})
