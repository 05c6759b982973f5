import { defineProcessor } from "@finesse/core/job-runtime"
import { recordAudit } from "@finesse/core/access"
import { runRepricing } from "../../engine/repricing-run"
import { pricingService } from "../../engine/context"
import { applyPricingBatchWorkflow } from "../../workflows/batches/apply-batch"
import { repriceJob } from "./definition"

export default defineProcessor(repriceJob, async (job) => {
  const { container, payload } = job
  const result = await runRepricing(container, {
    jobId: job.id,
    trigger: payload.run === "scheduled" || payload.run.startsWith("cron") ? "scheduled" : "manual",
    note: payload.note ?? null,
    createdBy: payload.actor_id ?? null,
    now: new Date(),
    productIds: payload.product_ids ?? null,
    report: (pct, msg) => job.progress(Math.min(95, pct), msg),
    signal: job.signal,
  })
  const s = result.summary
  await recordAudit(container, {
    actor_type: payload.actor_id ? "user" : "system",
    actor_id: payload.actor_id ?? null,
    plugin: "pricing",
    action: "pricing.batch.proposed",
    resource_type: "finesse_pricing_batch",
    resource_id: result.batch_id,
    summary: `repricing batch #${result.batch_number}: ${s.byStatus?.pending ?? 0} pending, ${s.byStatus?.auto_approved ?? 0} auto-approved, ${s.byStatus?.blocked ?? 0} blocked of ${result.targets} prices`,
    changes: { by_status: s.byStatus, blocked_by: s.blockedBy, job_id: job.id },
  })
  let applied: unknown = null
  const settings = await pricingService(container).getSettings()
  if (settings.auto_apply && !result.kill_switch && (s.byStatus?.pending ?? 0) === 0 && (s.byStatus?.auto_approved ?? 0) > 0) {
    await job.progress(96, "applying the auto-approved proposals")
    const { result: r } = await applyPricingBatchWorkflow(container).run({ input: { batch_id: result.batch_id, actor_type: "system", actor_id: null } })
    applied = { applied: r.applied, stale: r.stale }
  }
  await job.progress(100, `batch #${result.batch_number}: ${result.kept} proposals`)
  return { ...result, auto_applied: applied }
})
