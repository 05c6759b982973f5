import { defineProcessor, PermanentJobError } from "@finesse/core/job-runtime"
import { MedusaError } from "@medusajs/framework/utils"
import { simulateAndStore } from "../../engine/replay"
import { simulateJob } from "./definition"

export default defineProcessor(simulateJob, async (job) => {
  try {
    const r = await simulateAndStore(job.container, job.payload.promotion_id, { days: job.payload.days, jobId: job.id, onProgress: (pct, msg) => job.progress(pct, msg) })
    await job.progress(100, `${r.replayed_orders} orders and ${r.replayed_carts} carts replayed`)
    const s = r.simulation as any
    return { simulation_id: s.id, replayed_orders: r.replayed_orders, replayed_carts: r.replayed_carts, discount_cost: s.orders.discountCost, affected_orders: s.orders.affectedOrders }
  } catch (e) {
    if (e instanceof MedusaError && e.type === MedusaError.Types.NOT_FOUND) throw new PermanentJobError(e.message)
    throw e
  }
})
