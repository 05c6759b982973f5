import { defineProcessor } from "@finesse/core/job-runtime"
import { logisticsOf, utcDay } from "../../engine/container"
import { planDispatch } from "../../engine/dispatch"
import { dispatchJob } from "./definition"

export default defineProcessor(dispatchJob, async (job) => {
  const day = job.payload.day ?? utcDay(Date.now() + 86_400_000)
  const svc = logisticsOf(job.container)
  const regions = job.payload.fleet_region_id ? [{ id: job.payload.fleet_region_id }] : await svc.listFinesseLogisticsFleetRegions({ active: true }, { select: ["id"] })
  const plans: Record<string, unknown>[] = []
  for (const [k, r] of regions.entries()) {
    // a second run of the same job simply plans again (the new plan becomes the current one)
    const res = await planDispatch(job.container, {
      fleet_region_id: r.id,
      day,
      job_id: job.id,
      seconds: job.payload.seconds,
      signal: job.signal,
      report: (pct, msg) => job.progress(Math.round(((k + pct / 100) / regions.length) * 100), msg),
    })
    job.logger.info(`${r.id} ${day}: ${res.stops} stops, ${res.vehicles_used} vehicles, ${res.distance_km} km, feasible ${res.feasible}`)
    plans.push({ fleet_region_id: r.id, ...res })
  }
  return { day, plans }
})
