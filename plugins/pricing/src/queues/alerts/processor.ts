import { defineProcessor } from "@finesse/core/job-runtime"
import { runAlerts } from "../../engine/alerts-run"
import { alertsJob } from "./definition"

export default defineProcessor(alertsJob, async (job) => runAlerts(job.container, { now: new Date(), report: (p, m) => job.progress(p, m) }))
