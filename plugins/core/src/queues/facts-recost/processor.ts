import { defineProcessor } from "../../job-runtime"
import { FINESSE_DATA_MODULE } from "../../modules/finesse-data"
import type FinesseDataModuleService from "../../modules/finesse-data/service"
import { factsRecostJob } from "./definition"

export default defineProcessor(factsRecostJob, async (job) => {
  const data = job.container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
  let after = (job.checkpoint?.after as string | undefined) ?? null
  let done = (job.checkpoint?.done as number | undefined) ?? 0
  for (;;) {
    const ids = await data.orderIdsWithVariants(job.payload.variant_ids, after, 500)
    if (!ids.length) break
    await data.refreshOrderFacts(ids)
    after = ids[ids.length - 1]
    done += ids.length
    await job.saveCheckpoint({ after, done })
    await job.progress(Math.min(99, done / 100), `${done} orders re-costed`)
  }
  return { orders: done }
})
