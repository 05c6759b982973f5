import { defineProcessor } from "../../job-runtime"
import { FINESSE_DATA_MODULE } from "../../modules/finesse-data"
import type FinesseDataModuleService from "../../modules/finesse-data/service"
import { rollupJob } from "./definition"

export default defineProcessor(rollupJob, async (job) => {
  const data = job.container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
  if (job.payload.full) await data.markAllDaysDirty()
  return data.refreshAllDirtyRollups((refreshed, total) => job.progress((100 * refreshed) / total, `${refreshed} day rollups refreshed`))
})
