import type { MedusaContainer } from "@medusajs/framework/types"
import { trainRiskModel, type RiskModel } from "../lib"
import { configForRecords, loadHistoryRecords } from "./backtest"
import { riskServices } from "./risk-services"
import { invalidateRiskSettings, riskSettings } from "./risk-settings"

const DAY = 86_400_000

export type TrainResult = { version: string; status: RiskModel["status"]; labels: number; positives: number; negatives: number; active: boolean; message: string }

/** Relabels assessments old enough to count as good (no fraud outcome within the maturity period). */
export async function relabelMatured(container: MedusaContainer, now = Date.now()): Promise<number> {
  const { db } = riskServices(container)
  const r = await db.raw(
    `update finesse_risk_assessment a set label = 0, labelled_at = now(), updated_at = now()
      where a.label is null and a.order_id is not null and a.deleted_at is null and a.placed_at < ?
        and not exists (select 1 from finesse_risk_outcome o where o.order_id = a.order_id and o.deleted_at is null and (o.kind = 'cancellation' or o.fraud or o.kind = 'chargeback'))
        -- core's facts know the cancellations of orders placed before the plugin ran
        and not exists (select 1 from finesse_order_fact f where f.id = a.order_id and f.status = 'canceled' and f.deleted_at is null)`,
    [new Date(now - 60 * DAY)]
  )
  return r.rowCount ?? 0
}

/**
 * The nightly model training: the store's own labelled orders of the last year (chargebacks, refunds and
 * cancellations marked fraud; matured orders without them as good), an L2 logistic regression with out-of-fold
 * metrics and Platt calibration (lib `trainRiskModel`). A trained model becomes the active one (scoring blends it
 * with the rules); below the label minimums the run is recorded as "insufficient labels" and scoring stays on rules.
 */
export async function trainStoreModel(container: MedusaContainer, opts: { now?: number; report?: (pct: number, msg: string) => Promise<void> } = {}): Promise<TrainResult> {
  const now = opts.now ?? Date.now()
  const s = riskServices(container)
  await relabelMatured(container, now)
  await opts.report?.(10, "reading labelled orders")
  const settings = await riskSettings(container, now)
  const history = await loadHistoryRecords(container, { days: 365, now })
  await opts.report?.(40, `training on ${history.records.filter((r) => r.label !== null).length} labelled orders`)
  const model = trainRiskModel(history.records, configForRecords(settings.input, settings.lists, s.cipher.hash), { now, seed: 1 })
  const version = `m${new Date(now).toISOString().replace(/[-:]/g, "").slice(0, 15)}`
  const labels = model.status === "trained" ? model.metrics.labels : model.labels
  const positives = model.status === "trained" ? model.metrics.positives : model.positives
  const active = model.status === "trained"
  if (active) await s.db.raw(`update finesse_risk_model set active = false, updated_at = now() where active = true`)
  await s.risk.createFinesseRiskModels([{ version, status: model.status, trained_at: new Date(now), model: model as any, labels, positives, active }])
  invalidateRiskSettings()
  await opts.report?.(100, model.status === "trained" ? `trained ${version}: AUC ${model.metrics.auc.toFixed(3)}` : model.message)
  return {
    version,
    status: model.status,
    labels,
    positives,
    negatives: labels - positives,
    active,
    message: model.status === "trained" ? `AUC ${model.metrics.auc.toFixed(3)} out of fold (rules alone ${model.metrics.rulesAuc.toFixed(3)})` : model.message,
  }
}
