import type { MedusaContainer } from "@medusajs/framework/types"
import {
  compareBacktests,
  compileRiskConfig,
  riskLabel,
  thresholdSweep,
  type BacktestComparison,
  type BacktestRecord,
  type CompiledRiskConfig,
  type RiskConfigInput,
  type RiskModel,
  type ThresholdPoint,
} from "../lib"
import { outcomesOf } from "../modules/finesse-risk/store/outcomes"
import { canceledOrderIds } from "../reads/core-tables"
import { LABEL_MATURE_DAYS } from "./outcomes"
import { riskServices } from "./risk-services"
import { hashedLists, type ListEntryView } from "./risk-settings"

const DAY = 86_400_000

export type HistoryRecords = { records: BacktestRecord[]; orderIds: Array<string | null>; from: Date; to: Date; truncated: boolean }

/**
 * The stored assessments of the last `days` as back-test records (the facts and lookups each order had when it was
 * scored, hashed keys) with labels computed now from the outcomes. At most `limit` orders, the newest.
 */
export async function loadHistoryRecords(container: MedusaContainer, opts: { days: number; now?: number; limit?: number }): Promise<HistoryRecords> {
  const { db } = riskServices(container)
  const now = opts.now ?? Date.now()
  const limit = opts.limit ?? 200_000
  const from = new Date(now - opts.days * DAY)
  const r = await db.raw(
    `select order_id, placed_at, record from finesse_risk_assessment
      where placed_at >= ? and placed_at <= ? and deleted_at is null and review_status <> 'refused'
      order by placed_at desc limit ?`,
    [from, new Date(now), limit + 1]
  )
  const rows = (r.rows as Array<{ order_id: string | null; placed_at: Date; record: any }>).slice(0, limit).reverse()
  const ids = rows.map((x) => x.order_id).filter((x): x is string => !!x)
  const [outcomes, canceled] = await Promise.all([outcomesOf(db, ids), canceledOrderIds(db, ids)])
  // an order cancelled in Medusa without an outcome recorded here (before the plugin ran) is a plain cancellation
  for (const id of canceled) {
    const list = outcomes.get(id) ?? []
    if (!list.some((o) => o.kind === "cancellation")) list.push({ kind: "cancellation", at: now, fraud: false })
    outcomes.set(id, list)
  }
  const records: BacktestRecord[] = rows.map((x) => ({
    facts: x.record.facts,
    lookups: x.record.lookups,
    keys: x.record.keys,
    label: x.order_id ? riskLabel(new Date(x.placed_at).getTime(), outcomes.get(x.order_id) ?? [], { now, matureDays: LABEL_MATURE_DAYS }) : null,
  }))
  return { records, orderIds: rows.map((x) => x.order_id), from, to: new Date(now), truncated: r.rows.length > limit }
}

/** A configuration for scoring stored records: lists hashed as the stored keys are. */
export function configForRecords(input: RiskConfigInput, entries: readonly ListEntryView[], hash: (v: string) => string): CompiledRiskConfig {
  const config = compileRiskConfig({ ...input, lists: {} })
  return { ...config, lists: hashedLists(entries, hash) }
}

export type BacktestReport = {
  window: { from: string; to: string; orders: number; truncated: boolean }
  comparison: BacktestComparison
  sweep: ThresholdPoint[]
  /** order ids for the comparison's examples (records carry cart ids for checkouts) */
  examples: Array<BacktestComparison["examples"][number] & { order_id: string | null }>
}

/** A candidate rule setup against the live one on the store's scored history: what it would have caught and blocked. */
export function runBacktest(history: HistoryRecords, live: CompiledRiskConfig, candidate: CompiledRiskConfig): BacktestReport {
  const comparison = compareBacktests(history.records, live, candidate)
  const refToOrder = new Map(history.records.map((r, i) => [r.facts.orderId, history.orderIds[i]]))
  const sweep = thresholdSweep(history.records, candidate, Array.from({ length: 21 }, (_, i) => i * 5))
  return {
    window: { from: history.from.toISOString(), to: history.to.toISOString(), orders: history.records.length, truncated: history.truncated },
    comparison: { ...comparison, examples: comparison.examples.slice(0, 50) },
    sweep,
    examples: comparison.examples.slice(0, 50).map((e) => ({ ...e, order_id: refToOrder.get(e.orderId) ?? null })),
  }
}

export function modelOf(m: RiskModel | null) {
  return m && m.status === "trained" ? m : null
}
