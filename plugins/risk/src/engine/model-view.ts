import type { MedusaContainer } from "@medusajs/framework/types"
import { MIN_FRAUD_LABELS, MIN_GOOD_LABELS, type RiskModel } from "../lib"
import { riskServices } from "./risk-services"

export type ModelRunView = { id: string; version: string; status: string; trained_at: string; labels: number; positives: number; active: boolean; message: string | null; metrics: any | null }

function run(r: any): ModelRunView {
  const m = r.model as RiskModel
  return {
    id: r.id,
    version: r.version,
    status: r.status,
    trained_at: new Date(r.trained_at).toISOString(),
    labels: r.labels,
    positives: r.positives,
    active: r.active,
    message: m.status === "insufficient_labels" ? m.message : null,
    metrics: m.status === "trained" ? m.metrics : null,
  }
}

/** The model status of the Risk page: the active model, recent runs, and the labels the store has against the minimums. */
export async function modelView(container: MedusaContainer) {
  const { db } = riskServices(container)
  const [runs, labels] = await Promise.all([
    db.raw(`select * from finesse_risk_model where deleted_at is null order by trained_at desc limit 10`),
    db.raw(
      `select count(*) filter (where label = 1)::int fraud, count(*) filter (where label = 0)::int good, count(*) filter (where label is null and order_id is not null)::int unknown
         from finesse_risk_assessment where deleted_at is null`
    ),
  ])
  const views = runs.rows.map(run)
  return {
    active: views.find((r: ModelRunView) => r.active) ?? null,
    latest: views[0] ?? null,
    runs: views,
    labels: { ...labels.rows[0], min_fraud: MIN_FRAUD_LABELS, min_good: MIN_GOOD_LABELS },
  }
}
