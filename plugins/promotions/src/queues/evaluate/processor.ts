import { defineProcessor } from "@finesse/core/job-runtime"
import { DAY_MS, promotionsOf } from "../../engine/helpers"
import { evaluateAndStore } from "../../engine/evaluate"
import { loadPromotions } from "../../reads/medusa"
import { evaluateJob } from "./definition"

/** Promotions worth evaluating tonight: running, or ended within the last 150 days (their post period and retention). */
async function recentPromotions(container: any, now: number): Promise<string[]> {
  const promos = await loadPromotions(container, { status: ["active", "inactive"] })
  return promos
    .filter((p) => {
      const s = p.campaign?.starts_at ? new Date(p.campaign.starts_at as string).getTime() : NaN
      const e = p.campaign?.ends_at ? new Date(p.campaign.ends_at as string).getTime() : NaN
      return Number.isFinite(s) && s < now && (!Number.isFinite(e) || e > now - 150 * DAY_MS)
    })
    .map((p) => p.id)
}

export default defineProcessor(evaluateJob, async (job) => {
  const now = Date.now()
  const ids = job.payload.promotion_id ? [job.payload.promotion_id] : await recentPromotions(job.container, now)
  // launched plans whose campaign is over are ended (the calendar and the lists say so)
  const service = promotionsOf(job.container)
  const over = (await service.listFinessePromotionPlans({ status: "launched", ends_at: { $lt: new Date(now) } }, { take: 500 })).map((p) => ({ id: p.id, status: "ended" as const }))
  if (over.length) await service.updateFinessePromotionPlans(over)
  const outcomes: Record<string, string> = {}
  if (!ids.length) return { promotions: 0, outcomes, plans_ended: over.length }
  for (const [i, id] of ids.entries()) {
    const row = await evaluateAndStore(job.container, id, { now, postDays: job.payload.post_days, jobId: job.id })
    outcomes[(row as any).code] = (row as any).verdict ?? (row as any).status
    await job.progress(Math.round(((i + 1) / ids.length) * 100), `${i + 1} of ${ids.length} promotions evaluated`)
  }
  return { promotions: ids.length, outcomes, plans_ended: over.length }
})
