import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fieldCipher } from "@finesse/core/privacy"
import { riskSignalByCode } from "../lib"

export type SignalView = { code: string; title: string; hit: boolean; points: number; reason: string }

export type AssessmentView = {
  id: string
  ref: string
  order_id: string | null
  order: { display_id: number | null; email: string | null; status: string | null } | null
  customer_id: string | null
  placed_at: string
  amount: number
  currency_code: string
  score: number
  rules_score: number
  model_probability: number | null
  decision: "allow" | "review" | "block"
  decided_by: string
  review_status: string
  /** hits first, most points first */
  signals: SignalView[]
  reasons: string[]
  source: string
  rule_set_version: number
  model_version: string | null
  reviewed_by: string | null
  reviewed_at: string | null
  review_note: string | null
  label: number | null
  lookups?: unknown
}

type Row = Record<string, any>

const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null)

/** Assessments as the admin shows them: reasons decrypted and explained, the order's number and e-mail attached. */
export async function assessmentViews(container: MedusaContainer, rows: Row[], opts: { lookups?: boolean } = {}): Promise<AssessmentView[]> {
  const cipher = fieldCipher(container)
  const orderIds = rows.map((r) => r.order_id).filter(Boolean)
  const orders = new Map<string, { display_id: number | null; email: string | null; status: string | null }>()
  if (orderIds.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "display_id", "email", "status"], filters: { id: orderIds } })
    for (const o of data as any[]) orders.set(o.id, { display_id: o.display_id ?? null, email: o.email ?? null, status: o.status ?? null })
  }
  return rows.map((r) => {
    let why: Record<string, string> = {}
    try {
      why = JSON.parse(cipher.decrypt(r.explanation))
    } catch {
      why = {}
    }
    const signals: SignalView[] = (r.signals as Array<{ code: string; hit: boolean; points: number }>).map((s) => ({
      ...s,
      title: riskSignalByCode(s.code)?.title ?? s.code,
      reason: why[s.code] ?? "",
    }))
    signals.sort((a, b) => Number(b.hit) - Number(a.hit) || b.points - a.points)
    const reasons = signals.filter((s) => s.hit).map((s) => s.reason)
    if (why.model) reasons.push(why.model)
    let note: string | null = null
    try {
      note = r.review_note ? cipher.decrypt(r.review_note) : null
    } catch {
      note = null
    }
    return {
      id: r.id,
      ref: r.ref,
      order_id: r.order_id ?? null,
      order: r.order_id ? orders.get(r.order_id) ?? null : null,
      customer_id: r.customer_id ?? null,
      placed_at: iso(r.placed_at)!,
      amount: Number(r.amount),
      currency_code: r.currency_code,
      score: Number(r.score),
      rules_score: Number(r.rules_score),
      model_probability: r.model_probability === null || r.model_probability === undefined ? null : Number(r.model_probability),
      decision: r.decision,
      decided_by: r.decided_by,
      review_status: r.review_status,
      signals,
      reasons,
      source: r.source,
      rule_set_version: Number(r.rule_set_version ?? 0),
      model_version: r.model_version ?? null,
      reviewed_by: r.reviewed_by ?? null,
      reviewed_at: iso(r.reviewed_at),
      review_note: note,
      label: r.label === null || r.label === undefined ? null : Number(r.label),
      ...(opts.lookups ? { lookups: r.record?.lookups ?? null } : {}),
    }
  })
}
