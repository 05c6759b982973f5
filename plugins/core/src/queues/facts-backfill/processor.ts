import { Modules } from "@medusajs/framework/utils"
import { defineProcessor } from "../../job-runtime"
import { FINESSE_DATA_MODULE } from "../../modules/finesse-data"
import type FinesseDataModuleService from "../../modules/finesse-data/service"
import { rollupJob } from "../rollup/definition"
import { factsBackfillJob } from "./definition"

type Checkpoint = { after: { created_at: string; id: string } | null; done: number }

export default defineProcessor(factsBackfillJob, async (job) => {
  const data = job.container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
  const t0 = Date.now()
  let done = 0
  if (job.payload.if_incomplete && (await data.factsComplete())) {
    // the facts were built already (the demo seed builds them itself): only tell the capabilities
    job.logger.info("every order has its facts; announcing the backfill without rebuilding")
  } else {
    const resume = job.checkpoint as Checkpoint | null
    if (resume) job.logger.info(`resuming after ${resume.done} orders`)
    const r = await data.backfillFacts({
      pageSize: job.payload.page_size,
      from: resume,
      onPage: async (at, total) => {
        await job.saveCheckpoint(at satisfies Checkpoint)
        await job.progress((100 * at.done) / total, `${at.done} of ${total} orders`)
      },
    })
    done = r.orders
  }
  const seconds = (Date.now() - t0) / 1000
  // the facts changed every day they cover: refresh the rollups now rather than at the next scheduled run
  await rollupJob.enqueue(job.container, { run: `after-backfill-${job.id}` })
  // capabilities (personas, recommendations) recompute in full on this
  await job.container.resolve(Modules.EVENT_BUS).emit({ name: "finesse.facts.backfilled", data: { orders: done } })
  return { orders: done, seconds: Math.round(seconds * 10) / 10, orders_per_second: Math.round(done / Math.max(seconds, 0.001)) }
})
