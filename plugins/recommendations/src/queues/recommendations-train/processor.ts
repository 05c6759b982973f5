import { defineProcessor } from "@finesse/core/job-runtime"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../modules/finesse-recommendations/service"
import { loadCatalogDocs, loadInteractions, loadPurchases, loadSegments } from "../../reads/training-data"
import { existingEngine } from "../../serving/engine"
import { runTraining } from "../../workers/run-training"
import { publishModelVersionWorkflow } from "../../workflows/recommendations/publish-model-version"
import { trainRecommendationsJob } from "./definition"

/**
 * Reads facts, events, catalog and segments, trains every model (lib/training), stores the artefacts under a
 * `building` version, and only then publishes it: marks it ready and switches serving in one transaction.
 * A retry of the same job reuses its version row, so a crash mid-way never leaves two versions or a half one serving.
 */
export default defineProcessor(trainRecommendationsJob, async (job) => {
  const recs = job.container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const t0 = Date.now()
  const now = t0
  const [existing] = await recs.listFinesseRecModelVersions({ job_id: job.id })
  if (existing && (existing.status === "ready" || existing.status === "retired")) {
    return { version_id: existing.id, version: existing.number, skipped: `version ${existing.number} is already ${existing.status}` }
  }
  // a retry (after a crash or a failure) reuses its version row
  const version = existing
    ? await recs.updateFinesseRecModelVersions({ id: existing.id, status: "building", error: null, started_at: new Date(t0), data_until: new Date(now) })
    : await recs.createFinesseRecModelVersions({
        status: "building",
        trigger: job.payload.trigger,
        job_id: job.id,
        started_at: new Date(t0),
        data_until: new Date(now),
      })
  try {
    await job.progress(1, "reading order facts")
    const purchases = await loadPurchases(job.container, now)
    await job.progress(3, `${purchases.length} purchase lines; reading behaviour events`)
    const interactions = await loadInteractions(job.container, now, job.payload.event_days)
    await job.progress(5, `${interactions.length} views and cart adds; reading catalog and segments`)
    const [docs, segments] = await Promise.all([loadCatalogDocs(job.container), loadSegments(job.container)])

    let pending = Promise.resolve()
    const result = await runTraining(
      { now, purchases, interactions, docs, segments, params: { holdoutDays: job.payload.holdout_days } },
      (pct, label) => {
        pending = pending.then(() => job.progress(5 + pct * 0.8, label)).catch(() => undefined)
      },
      job.signal
    )
    await pending
    if (job.signal.aborted) throw new Error("cancelled")
    await job.progress(85, "storing the model artefacts")
    const bytes = await recs.writeArtefacts(version.id, result.artefacts)
    await job.progress(95, "switching serving to the new version")
    const { result: published } = await publishModelVersionWorkflow(job.container).run({
      input: {
        version_id: version.id,
        duration_ms: Date.now() - t0,
        artefact_bytes: bytes,
        counts: result.counts,
        metrics: result.evaluation,
        params: result.params,
      },
    })
    // this process serves at once; others pick the switch up within their refresh interval
    await existingEngine()?.refreshModel(true)
    await job.progress(100, `version ${version.number} serves`)
    const fy = result.evaluation.models.for_you
    return {
      version_id: version.id,
      version: version.number,
      previous_version_id: published.previous_version_id,
      seconds: Math.round((Date.now() - t0) / 100) / 10,
      ...result.counts,
      artefact_bytes: bytes,
      ndcg_at_10_all: fy.all.ndcg,
      ndcg_at_10_new: fy.new.ndcg,
    }
  } catch (e) {
    await recs.updateFinesseRecModelVersions({ id: version.id, status: "failed", error: (e as Error).message?.slice(0, 2000) ?? String(e), finished_at: new Date() })
    throw e
  }
})
