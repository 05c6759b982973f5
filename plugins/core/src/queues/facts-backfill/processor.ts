import { Modules } from "@medusajs/framework/utils"
import { defineProcessor } from "../../job-runtime"
import { FINESSE_DATA_MODULE } from "../../modules/finesse-data"
import type FinesseDataModuleService from "../../modules/finesse-data/service"
import { rollupJob } from "../rollup/definition"
import { factsBackfillJob } from "./definition"

type Checkpoint = { after: { created_at: string; id: string } | null; done: number }

export default defineProcessor(factsBackfillJob, async (job) => {
  const data = job.container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
  const total = await data.countOrdersForFacts()
  const resume = job.checkpoint as Checkpoint | null
  let after = resume?.after ?? null
  let done = resume?.done ?? 0
  const t0 = Date.now()
  if (resume) job.logger.info(`resuming after ${done} orders`)
  // read page n+1 while page n is stored (two database sessions, two cores)
  let next = data.readBackfillPage(after, job.payload.page_size)
  for (;;) {
    const page = await next
    if (!page.count) break
    next = data.readBackfillPage(page.last, job.payload.page_size)
    // a rejected read-ahead is awaited (and thrown) by the next turn; don't let it go unhandled meanwhile
    next.catch(() => undefined)
    await data.writeBackfillPage(page)
    after = page.last
    done += page.count
    await job.saveCheckpoint({ after, done } satisfies Checkpoint)
    await job.progress(total ? (100 * done) / Math.max(total, done) : 100, `${done} of ${Math.max(total, done)} orders`)
  }
  await job.progress(99, `${done} orders; numbering each customer's orders`)
  await data.finishBackfill()
  const seconds = (Date.now() - t0) / 1000
  // the facts changed every day they cover: refresh the rollups now rather than at the next scheduled run
  await rollupJob.enqueue(job.container, { run: `after-backfill-${job.id}` })
  // capabilities (personas, recommendations) recompute in full on this
  await job.container.resolve(Modules.EVENT_BUS).emit({ name: "finesse.facts.backfilled", data: { orders: done } })
  return { orders: done, seconds: Math.round(seconds * 10) / 10, orders_per_second: Math.round(done / Math.max(seconds, 0.001)) }
})
