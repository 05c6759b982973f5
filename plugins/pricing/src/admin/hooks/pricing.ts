import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { cleanQuery, sdk, type Job } from "@finesse/core/admin-kit"

const BASE = "/admin/finesse/pricing"
const get = <T,>(path: string, query?: Record<string, unknown>) => sdk.client.fetch<T>(`${BASE}${path}`, query ? { query: cleanQuery(query) } : undefined)
const post = <T,>(path: string, body: Record<string, unknown> = {}) => sdk.client.fetch<T>(`${BASE}${path}`, { method: "POST", body })
const del = <T,>(path: string) => sdk.client.fetch<T>(`${BASE}${path}`, { method: "DELETE" })
export type Page<K extends string, T> = { [k in K]: T[] } & { count: number; offset: number; limit: number }
type Q = Record<string, unknown>

// ---- types of the admin API (money in minor units) ----
export type Violation = { code: string; message: string; limit: number | null; proposed: number | null; unit: string | null }
export type Adjustment = { code: string; message: string; from: number; to: number }
export type Expected = { unitMarginOld: number | null; unitMarginNew: number | null; volumeChangePct: number | null; elasticityEvidence: string | null; marginChange: number | null; revenueChange: number | null }
export type Proposal = {
  id: string
  batch_id: string
  variant_id: string
  product_id: string
  product_title: string | null
  currency_code: string
  region_id: string | null
  old_price: number
  new_price: number
  strategy_price: number | null
  strategy: string | null
  reason: string
  status: string
  violations: Violation[] | null
  adjustments: Adjustment[] | null
  step_pct: number
  floor: number | null
  cost: number | null
  expected: Expected | null
  decided_by: string | null
  decided_at: string | null
}
export type BatchSummary = {
  total: number
  targets?: number
  variants?: number
  byStatus: Record<string, number>
  byStrategy: Record<string, number>
  blockedBy: Record<string, number>
  skippedReasons?: { reason: string; count: number }[]
  seconds?: Record<string, number>
}
export type Batch = {
  id: string
  number: number
  status: string
  trigger: string
  note: string | null
  run_at: string
  created_at: string
  created_by: string | null
  summary: BatchSummary | null
  max_step_pct: number
  applied_by: string | null
  applied_at: string | null
  applied_count: number
  rolled_back_by: string | null
  rolled_back_at: string | null
  discarded_by: string | null
  proposals?: Record<string, number>
  changes?: Record<string, number>
  needs_approver?: boolean
  approver_step_pct?: number
}
export type Alert = {
  id: string
  code: "undercut" | "price_war" | "competitor_out_of_stock"
  severity: "info" | "warning" | "critical"
  status: "open" | "acknowledged" | "resolved"
  variant_id: string
  product_id: string
  product_title: string | null
  competitor_id: string | null
  currency_code: string
  message: string
  data: Record<string, unknown> | null
  raised_at: string
  last_seen_at: string
}
export type GuardrailSettings = {
  kill_switch?: { enabled: boolean; reason?: string }
  excluded_product?: { productIds: string[] }
  cooldown?: { days: number }
  max_step?: { pct: number }
  floor?: { basis: "markup" | "margin"; pct: number; requireCost: boolean }
  ceiling?: { maxMarkupPct?: number }
  map?: Record<string, never>
}
export type Settings = {
  guardrails: GuardrailSettings
  auto_approve_max_step_pct: number
  approver_step_pct: number
  auto_apply: boolean
  default_ending: "none" | "99" | "95" | "whole"
  alerts: Record<string, Record<string, number>>
  quote_max_age_days: number
  baseline_days: number
}
export type Overview = {
  kill_switch: { enabled: boolean; reason: string | null }
  price_list_id: string | null
  latest_batch: Batch | null
  open_batch: (Batch & { proposals: Record<string, number> }) | null
  open_alerts: number
  price_wars: number
  prices_in_list: number
  observations: number
  competitors: number
  assignments: number
  settings: Settings
}
export type Assignment = {
  id: string
  strategy: string
  args: Record<string, unknown>
  scope: "product" | "category" | "collection" | "store"
  scope_id: string | null
  /** the product's title, the category's or collection's name */
  scope_label?: string | null
  currency_code: string | null
  region_id: string | null
  ending: string | null
  enabled: boolean
  note: string | null
  updated_at: string
}
export type Registry = {
  strategies: { code: string; description: string; args_schema: any }[]
  guardrails: { code: string; description: string }[]
  alert_rules: { code: string; description: string }[]
  price_endings: string[]
}
export type Competitor = { id: string; code: string; name: string; website: string | null; fetcher: string | null; active: boolean; matches?: number; observations?: number; last_observed_at?: string | null; last_fetched_at: string | null }
export type ResponseRule = { id: string; name: string; competitor_id: string | null; category_id: string | null; product_id: string | null; undercut_pct: number; action: "match" | "beat"; beat_pct: number; stop_at_floor: boolean; enabled: boolean }
export type CategoryIndex = { categoryId: string; name: string; index: number | null; covered: number; products: number; above: number; below: number }
export type ProductIndexRow = { product_id: string; title: string; category_id: string | null; own_price: number; index: number | null; anchor_price: number | null; competitors: number; revenue_28d: number }
export type MetricEffect = { effect: number; ciLow: number; ciHigh: number; relativePct: number | null; treatedPre: number; treatedPost: number; counterfactualPost: number }
export type Effect = {
  currency_code: string | null
  pre_weeks: number
  post_weeks: number
  products: { productId: string; changeWeek: number; controls: { productId: string; distance: number }[]; units: MetricEffect; revenue: MetricEffect; margin: MetricEffect }[]
  total: { units: MetricEffect; revenue: MetricEffect; margin: MetricEffect } | null
  skipped: { productId: string; reason: string }[]
  titles: Record<string, string>
  note: string | null
  status?: string
}
export type Elasticity = { elasticity: number | null; ci_low: number | null; ci_high: number | null; evidence: "good" | "weak" | "insufficient"; source: string; observations: number; reasons: string[] | null; computed_at: string; currency_code: string }
export type ProductPricing = {
  product_id: string
  title: string
  variant_id: string | null
  currency_code: string | null
  variants: { id: string; title: string | null; sku: string | null; price: number | null; from_price_list: boolean; cost: number | null }[]
  price: number | null
  from_price_list: boolean
  cost: number | null
  competitors: { id: string; code: string; name: string; last: { at: number; price: number; inStock: boolean }; last_seen_at: number | null }[]
  series: ({ day: string; own: number | null; cost: number | null } & Record<string, number | string | null>)[]
  index: { index: number | null; anchorPrice: number | null; competitors: number } | null
  elasticity: Elasticity | null
  category_elasticity: Elasticity | null
  changes: { id: string; batch_id: string; old_price: number; new_price: number; status: string; applied_at: string; applied_by: string | null; rolled_back_at: string | null }[]
  alerts: Alert[]
}

// ---- queries ----
export const useOverview = () => useQuery({ queryKey: ["pricing", "overview"], queryFn: () => get<{ overview: Overview }>("/overview").then((r) => r.overview) })
export const useRegistry = () => useQuery({ queryKey: ["pricing", "strategies"], queryFn: () => get<Registry>("/strategies"), staleTime: Infinity })
export const useSettings = () => useQuery({ queryKey: ["pricing", "settings"], queryFn: () => get<{ settings: Settings }>("/settings").then((r) => r.settings) })
export const useAssignments = (q: Q) => useQuery({ queryKey: ["pricing", "assignments", q], queryFn: () => get<Page<"assignments", Assignment>>("/assignments", q), placeholderData: keepPreviousData })
export const useBatches = (q: Q) => useQuery({ queryKey: ["pricing", "batches", q], queryFn: () => get<Page<"batches", Batch>>("/batches", q), placeholderData: keepPreviousData })
export const useBatch = (id: string | null | undefined) => useQuery({ queryKey: ["pricing", "batch", id], enabled: !!id, queryFn: () => get<{ batch: Batch }>(`/batches/${id}`).then((r) => r.batch) })
export const useProposals = (batchId: string | null | undefined, q: Q) =>
  useQuery({ queryKey: ["pricing", "proposals", batchId, q], enabled: !!batchId, queryFn: () => get<Page<"proposals", Proposal>>(`/batches/${batchId}/proposals`, q), placeholderData: keepPreviousData })
export const useBatchEffect = (id: string | null) => useQuery({ queryKey: ["pricing", "effect", id], enabled: !!id, queryFn: () => get<{ effect: Effect }>(`/batches/${id}/effect`).then((r) => r.effect) })
export const useAlerts = (q: Q) => useQuery({ queryKey: ["pricing", "alerts", q], queryFn: () => get<Page<"alerts", Alert>>("/alerts", q), placeholderData: keepPreviousData })
export const usePriceIndex = (q: Q) =>
  useQuery({ queryKey: ["pricing", "price-index", q], queryFn: () => get<{ price_index: { currency_code: string | null; anchor: string; max_age_days: number; categories: CategoryIndex[] }; products: ProductIndexRow[]; count: number; offset: number; limit: number }>("/price-index", q), placeholderData: keepPreviousData })
export const useCompetitors = (q: Q) => useQuery({ queryKey: ["pricing", "competitors", q], queryFn: () => get<Page<"competitors", Competitor>>("/competitors", q), placeholderData: keepPreviousData })
export const useResponseRules = (q: Q) => useQuery({ queryKey: ["pricing", "response-rules", q], queryFn: () => get<Page<"response_rules", ResponseRule>>("/response-rules", q), placeholderData: keepPreviousData })
export const useProductPricing = (id: string, q: Q) => useQuery({ queryKey: ["pricing", "product", id, q], queryFn: () => get<{ product_pricing: ProductPricing }>(`/products/${id}`, q).then((r) => r.product_pricing) })
export const useProductEffect = (id: string) => useQuery({ queryKey: ["pricing", "product-effect", id], queryFn: () => get<{ effect: Effect }>(`/products/${id}/effect`).then((r) => r.effect) })

// ---- mutations (every one refreshes the pricing queries) ----
function useAction<I>(fn: (input: I) => Promise<unknown>) {
  const qc = useQueryClient()
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: ["pricing"] }) })
}
export const useSaveSettings = () => useAction((s: Partial<Settings>) => post("/settings", s as Q))
export const useKillSwitch = () => useAction((b: { enabled: boolean; reason?: string }) => post("/kill-switch", b))
export const useSaveAssignment = () => useAction(({ id, ...b }: Q & { id?: string }) => post(id ? `/assignments/${id}` : "/assignments", b))
export const useDeleteAssignment = () => useAction((id: string) => del(`/assignments/${id}`))
export const useDecide = () => useAction(({ batchId, decision, ids, note }: { batchId: string; decision: "approve" | "reject"; ids?: string[]; note?: string }) => post(`/batches/${batchId}/${decision}`, { ...(ids ? { proposal_ids: ids } : {}), ...(note ? { note } : {}) }))
export const useBatchAction = () => useAction(({ batchId, action }: { batchId: string; action: "apply" | "rollback" | "discard" }) => post<{ applied?: number; restored?: number }>(`/batches/${batchId}/${action}`))
export const useAcknowledge = () => useAction((id: string) => post(`/alerts/${id}/acknowledge`))
export const useSaveCompetitor = () => useAction(({ id, ...b }: Q & { id?: string }) => post(id ? `/competitors/${id}` : "/competitors", b))
export const useSaveResponseRule = () => useAction(({ id, ...b }: Q & { id?: string }) => post(id ? `/response-rules/${id}` : "/response-rules", b))
export const useDeleteResponseRule = () => useAction((id: string) => del(`/response-rules/${id}`))

// ---- jobs (for StartJobButton: each answers { job }) ----
export const startReprice = () => post<{ job: Job }>("/reprice", {})
export const startElasticity = () => post<{ job: Job }>("/elasticity", {})
export const startAlerts = () => post<{ job: Job }>("/alerts/run", {})
export const startFetch = () => post<{ job: Job }>("/fetch", {})
