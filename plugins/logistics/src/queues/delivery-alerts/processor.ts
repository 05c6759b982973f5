import { defineProcessor } from "@finesse/core/job-runtime"
import { runDeliveryAlerts } from "../../engine/alerts"
import { deliveryAlertsJob } from "./definition"

export default defineProcessor(deliveryAlertsJob, async (job) => {
  const r = await runDeliveryAlerts(job.container)
  job.logger.info(`${r.evaluated} shipments: ${r.raised} new alerts (${r.notified} notified), ${r.updated} still open, ${r.resolved} resolved`)
  return r
})
