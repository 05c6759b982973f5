import { experimentReport } from "../lib/feedback/experiment-report"
import type FinesseRecommendationsModuleService from "../modules/finesse-recommendations/service"

/** An experiment with its per-arm counts and the B-vs-A comparison of click-through and conversion. */
export async function experimentWithResults(recs: FinesseRecommendationsModuleService, e: { number: number; confidence: number } & Record<string, unknown>) {
  const counts = await recs.experimentCounts(e.number)
  return { ...e, results: experimentReport(counts.a, counts.b, { confidence: Number(e.confidence) || 0.95 }) }
}
