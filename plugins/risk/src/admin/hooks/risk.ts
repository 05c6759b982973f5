import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { cleanQuery, sdk, type Job } from "@finesse/core/admin-kit"

export type { Job }

const R = "/admin/finesse/risk"

export type SignalView = { code: string; title: string; hit: boolean; points: number; reason: string }

export type Assessment = {
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
  review_status: "none" | "pending" | "approved" | "cancelled" | "refused"
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

export type Overview = {
  queue: { pending: number; oldest_placed_at: string | null; amount: number; currency_code: string | null }
  last_30_days: { allow: number; review: number; block: number; daily: { day: string; allow: number; review: number; block: number }[] }
  scored: { orders: number; last_at: string | null }
  rules: { version: number; thresholds: { review: number; block: number }; signals: number }
  lists: { allow: number; block: number }
  model: { status: string; version?: string; auc?: number | null; message?: string | null }
  incidents: { open: number; acknowledged: number }
}

export type Ring = {
  accounts: number
  new_accounts: number
  customer_ids: string[]
  order_ids: string[]
  held_order_ids: string[]
  shared: { device: number; address: number; card: number }
  first_order_at: string
  last_order_at: string
}

export type RuleSetting = { code: string; enabled?: boolean; weight?: number; args?: Record<string, unknown> }
export type RuleSet = { version: number; rules: RuleSetting[]; thresholds: { review: number; block: number }; model_weight: number; note: string | null; created_by: string | null; created_at: string | null }
export type SignalDef = { code: string; title: string; description: string; weight: number; default_args: Record<string, unknown>; args_schema: unknown }
export type RulesResponse = { rule_set: RuleSet; signals: SignalDef[]; versions: { id: string; version: number; note: string | null; created_by: string | null; created_at: string; thresholds: { review: number; block: number } }[] }

export type BacktestResult = {
  orders: number
  fraud: number
  good: number
  unlabelled: number
  decisions: { allow: number; review: number; block: number }
  caught: number
  caughtBlocked: number
  recall: number | null
  blockRecall: number | null
  flaggedGood: number
  blockedGood: number
  precision: number | null
  falsePositiveRate: number | null
  reviewLoad: { orders: number; share: number; perDay: number; days: number }
  amounts: Record<string, { fraudCaught: number; fraudMissed: number; goodBlocked: number }>
  byRule: { code: string; hits: number; fraudHits: number; goodHits: number; precision: number | null; recall: number | null }[]
}
export type Backtest = {
  window: { from: string; to: string; orders: number; truncated: boolean }
  comparison: { baseline: BacktestResult; candidate: BacktestResult; newlyCaught: number; noLongerCaught: number; newlyFlaggedGood: number; noLongerFlaggedGood: number; changed: number }
  sweep: { threshold: number; flagged: number; caught: number; flaggedGood: number; recall: number | null; precision: number | null; share: number }[]
  examples: { orderId: string; order_id: string | null; label: 0 | 1 | null; baseline: string; candidate: string }[]
}

export type ListEntry = { id: string; list: "allow" | "block"; kind: string; value: string; note: string | null; created_by: string | null; expires_at: string | null; created_at: string }

export type ModelRun = { id: string; version: string; status: string; trained_at: string; labels: number; positives: number; active: boolean; message: string | null; metrics: any | null }
export type ModelStatus = { active: ModelRun | null; latest: ModelRun | null; runs: ModelRun[]; labels: { fraud: number; good: number; unknown: number; min_fraud: number; min_good: number } }

export type Incident = {
  id: string
  key: string
  start_day: string
  end_day: string
  metrics: string[]
  severity: "warning" | "major" | "critical"
  direction: string
  summary: string
  peak: { metric: string; date: string; observed: number; expected: number; score: number }
  points: { metric: string; date: string; observed: number; expected: number; score: number; severity: string }[]
  status: "open" | "acknowledged" | "resolved"
  detected_at: string
  acknowledged_by: string | null
  acknowledged_at: string | null
  resolved_by: string | null
  resolved_at: string | null
  note: string | null
  alert: { id: string; status: string; channel: string; sent_at: string; title: string } | null
}
export type MetricSeries = { metric: string; label: string; points: { day: string; observed: number | null; expected: number | null; score: number | null }[] }

type Paged<K extends string, T> = { [k in K]: T[] } & { count: number; limit: number; offset: number }

const get = <T,>(path: string, query?: Record<string, unknown>) => sdk.client.fetch<T>(path, { query: query ? cleanQuery(query) : undefined })
const post = <T,>(path: string, body: unknown = {}) => sdk.client.fetch<T>(path, { method: "POST", body })

export const riskKeys = {
  all: ["finesse-risk"] as const,
  overview: ["finesse-risk", "overview"] as const,
  assessments: (q: Record<string, unknown>) => ["finesse-risk", "assessments", q] as const,
  order: (id: string) => ["finesse-risk", "order", id] as const,
  rules: ["finesse-risk", "rules"] as const,
  lists: (q: Record<string, unknown>) => ["finesse-risk", "lists", q] as const,
  model: ["finesse-risk", "model"] as const,
  rings: ["finesse-risk", "rings"] as const,
  incidents: (q: Record<string, unknown>) => ["finesse-risk", "incidents", q] as const,
  incident: (id: string) => ["finesse-risk", "incident", id] as const,
  kpis: (days: number) => ["finesse-risk", "kpis", days] as const,
}

export const useRiskOverview = () => useQuery({ queryKey: riskKeys.overview, queryFn: () => get<{ overview: Overview }>(`${R}/overview`) })
export const useAssessments = (q: Record<string, unknown>) => useQuery({ queryKey: riskKeys.assessments(q), queryFn: () => get<Paged<"assessments", Assessment>>(`${R}/assessments`, q) })
export const useOrderRisk = (orderId: string) =>
  useQuery({ queryKey: riskKeys.order(orderId), queryFn: () => get<{ assessment: Assessment | null; outcomes: any[] }>(`${R}/orders/${orderId}`), enabled: !!orderId })
export const useRules = () => useQuery({ queryKey: riskKeys.rules, queryFn: () => get<RulesResponse>(`${R}/rules`) })
export const useListEntries = (q: Record<string, unknown>) => useQuery({ queryKey: riskKeys.lists(q), queryFn: () => get<Paged<"entries", ListEntry>>(`${R}/lists`, q) })
export const useModelStatus = () => useQuery({ queryKey: riskKeys.model, queryFn: () => get<{ model: ModelStatus }>(`${R}/model`) })
export const useRings = () => useQuery({ queryKey: riskKeys.rings, queryFn: () => get<{ rings: Ring[]; count: number }>(`${R}/rings`) })
export const useIncidents = (q: Record<string, unknown>) => useQuery({ queryKey: riskKeys.incidents(q), queryFn: () => get<Paged<"incidents", Incident>>(`${R}/incidents`, q) })
export const useIncident = (id: string | null) =>
  useQuery({ queryKey: riskKeys.incident(id ?? ""), queryFn: () => get<{ incident: Incident; series: MetricSeries[] }>(`${R}/incidents/${id}`), enabled: !!id })
export const useKpis = (days: number) => useQuery({ queryKey: riskKeys.kpis(days), queryFn: () => get<{ series: MetricSeries[] }>(`${R}/kpis`, { days }) })

/** Approve or cancel a held order; refreshes every risk list. */
export function useReviewAction() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (a: { id: string; action: "approve" | "cancel"; fraud?: boolean; note?: string }) =>
      post<{ assessment: unknown }>(`${R}/assessments/${a.id}/${a.action}`, a.action === "cancel" ? { fraud: !!a.fraud, ...(a.note ? { note: a.note } : {}) } : a.note ? { note: a.note } : {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: riskKeys.all }),
  })
}

export function useIncidentAction() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (a: { id: string; action: "acknowledge" | "resolve"; note?: string }) => post<{ incident: Incident }>(`${R}/incidents/${a.id}/${a.action}`, a.note ? { note: a.note } : {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: riskKeys.all }),
  })
}

export function useSaveRules() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (b: { rules: RuleSetting[]; thresholds: { review: number; block: number }; model_weight?: number; note?: string }) => post<{ rule_set: RuleSet }>(`${R}/rules`, b),
    onSuccess: () => qc.invalidateQueries({ queryKey: riskKeys.all }),
  })
}

export const useBacktest = () =>
  useMutation({ mutationFn: (b: { rules?: RuleSetting[]; thresholds?: { review: number; block: number }; days?: number }) => post<{ backtest: Backtest }>(`${R}/backtest`, b) })

export function useListMutations() {
  const qc = useQueryClient()
  const done = () => qc.invalidateQueries({ queryKey: riskKeys.all })
  return {
    add: useMutation({ mutationFn: (b: { list: string; kind: string; value: string; note?: string }) => post(`${R}/lists`, b), onSuccess: done }),
    remove: useMutation({ mutationFn: (id: string) => sdk.client.fetch(`${R}/lists/${id}`, { method: "DELETE" }), onSuccess: done }),
  }
}

export const startTraining = () => post<{ job: Job }>(`${R}/model/train`)
export const startAnomalies = (days = 14) => post<{ job: Job }>(`${R}/anomalies/run`, { days })
