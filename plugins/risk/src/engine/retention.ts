import type { MedusaContainer } from "@medusajs/framework/types"
import { DEFAULT_RETENTION_DAYS } from "../modules/finesse-risk/options"
import { riskServices } from "./risk-services"

const DAY = 86_400_000

/**
 * Deletes what risk no longer needs: counter rows (hashed identifiers) and assessments older than the retention
 * period. Assessments still waiting for a review are kept whatever their age.
 */
export async function applyRetention(container: MedusaContainer, now = Date.now()): Promise<{ days: number; uses: number; assessments: number }> {
  const { db, risk } = riskServices(container)
  const days = risk.options().retentionDays ?? DEFAULT_RETENTION_DAYS
  const cutoff = new Date(now - days * DAY)
  const u = await db.raw(`delete from finesse_risk_use where at < ?`, [cutoff])
  const a = await db.raw(`delete from finesse_risk_assessment where placed_at < ? and review_status <> 'pending'`, [cutoff])
  return { days, uses: u.rowCount ?? 0, assessments: a.rowCount ?? 0 }
}
