import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { cleanQuery, isOpenJob, sdk, type JobSnapshot } from "@finesse/core/admin-kit"

export type Metrics = { k: number; users: number; hr: number; recall: number; ndcg: number }
export type Evaluation = {
  k: number
  cut: string
  until: string
  train_purchases: number
  test_purchases: number
  models: Record<"for_you" | "popularity", { all: Metrics; new: Metrics }>
  skipped?: string
}

export type ModelVersion = {
  id: string
  number: number
  status: "building" | "ready" | "failed" | "retired"
  serving: boolean
  trigger: string
  job_id: string | null
  started_at: string
  finished_at: string | null
  duration_ms: number | null
  data_until: string | null
  counts: Record<string, number> | null
  metrics: Evaluation | null
  artefact_bytes: number
  error: string | null
  activated_at: string | null
}

export type Status = {
  serving: ModelVersion | null
  rollback_to: { id: string; number: number } | null
  training: (JobSnapshot & { id: string; queued_at: string; finished_at: string | null }) | null
  engine: { model_version: number; cache: Record<string, number>; rules: number; running_experiments: number }
  settings: Settings
}

export type Settings = {
  attribution_window_hours: number
  attribution_basis: "click" | "impression"
  margin_boost_strength: number
  max_per_category: number | null
  push: {
    quiet_hours: { start: number; end: number }
    caps: { per_day: number; per_week: number }
    default_utc_offset_minutes: number
    consent_mode: "opt_in" | "opt_out"
    storefront_url: string
    backend_url: string
  }
}

export type Meta = {
  placements: { value: string; label: string; anchor: "product_id" | "cart_id" | "order_id" | null }[]
  strategies: { value: string; label: string; description: string }[]
  rule_actions: string[]
  rule_targets: string[]
  triggers: string[]
}

export type RecommendedProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  variant: { id: string; title: string | null; sku: string | null; inventory_quantity: number | null }
  calculated_price: { calculated_amount: number; original_amount: number; currency_code: string }
  rank: number
  score: number
  reasons: string[]
  pinned: boolean
}

export type Recommendation = {
  recommendation_id: string
  placement: string
  strategy: string
  model_version: number
  experiment: { id: string; number: number; variant: "a" | "b" } | null
  currency_code: string
  products: RecommendedProduct[]
}

export type Rule = {
  id: string
  name: string
  action: "pin" | "boost" | "bury" | "block"
  target_type: "product" | "category" | "collection" | "tag"
  target_id: string
  placement: string | null
  weight: number | null
  position: number | null
  starts_at: string | null
  ends_at: string | null
  enabled: boolean
}

export type Comparison = { rateA: number; rateB: number; difference: number; interval: [number, number]; pValue: number; verdict: string }
export type Arm = { visitors: number; clickers: number; converters: number; impressions: number; clicks: number; orders: number; revenueMinor: number; ctr: number }
export type Experiment = {
  id: string
  number: number
  name: string
  placement: string
  strategy_a: string
  strategy_b: string
  traffic_b: number
  status: "draft" | "running" | "stopped"
  started_at: string | null
  stopped_at: string | null
  results: { a: Arm; b: Arm; click_through: Comparison; conversion: Comparison; summary: string }
}

export type PerformanceRow = { key: string; impressions: number; clicks: number; ctr: number; add_to_carts: number; orders: number; conversion_rate: number; revenue: Record<string, number> }
export type Performance = {
  from: string
  to: string
  group_by: string
  attribution_window_hours: number
  rows: PerformanceRow[]
  totals: { impressions: number; clicks: number; ctr: number; add_to_carts: number; orders: number; revenue: Record<string, number> }
  series: { day: string; impressions: number; clicks: number; orders: number }[]
}

const base = "/admin/finesse/recommendations"

export function useStatus() {
  return useQuery({
    queryKey: ["finesse-recs-status"],
    queryFn: () => sdk.client.fetch<{ status: Status }>(`${base}/status`),
    refetchInterval: (q) => (isOpenJob(q.state.data?.status.training) ? 1000 : 10_000),
  })
}

export function useMeta() {
  return useQuery({ queryKey: ["finesse-recs-meta"], queryFn: () => sdk.client.fetch<{ meta: Meta }>(`${base}/meta`), staleTime: Infinity })
}

export function useVersions(page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ["finesse-recs-versions", page],
    queryFn: () => sdk.client.fetch<{ versions: ModelVersion[]; count: number }>(`${base}/versions`, { query: page }),
    refetchInterval: 5000,
  })
}

function useAction<B, R>(fn: (body: B) => Promise<R>, keys: string[][] = []) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      for (const k of [["finesse-recs-status"], ["finesse-recs-versions"], ...keys]) qc.invalidateQueries({ queryKey: k })
    },
  })
}

export const useTrain = () => useAction((body: Record<string, unknown> = {}) => sdk.client.fetch<{ job: { id: string } }>(`${base}/train`, { method: "POST", body }))
export const useActivateVersion = () => useAction((id: string) => sdk.client.fetch<{ version: ModelVersion }>(`${base}/versions/${id}/activate`, { method: "POST", body: {} }))
export const useRollback = () => useAction(() => sdk.client.fetch<{ version: ModelVersion }>(`${base}/rollback`, { method: "POST", body: {} }))
export const useRefreshFeedback = () => useAction(() => sdk.client.fetch<{ job: { id: string } }>(`${base}/feedback`, { method: "POST", body: {} }), [["finesse-recs-performance"], ["finesse-recs-experiments"]])

export function usePreview(query: Record<string, unknown> | null) {
  return useQuery({
    queryKey: ["finesse-recs-preview", query],
    queryFn: () => sdk.client.fetch<{ recommendation: Recommendation }>(`${base}/preview`, { query: cleanQuery(query ?? {}) }),
    enabled: !!query,
    retry: false,
  })
}

export function useRules(page: { limit: number; offset: number }) {
  return useQuery({ queryKey: ["finesse-recs-rules", page], queryFn: () => sdk.client.fetch<{ rules: Rule[]; count: number }>(`${base}/rules`, { query: page }) })
}
export const useCreateRule = () => useAction((body: Record<string, unknown>) => sdk.client.fetch<{ rule: Rule }>(`${base}/rules`, { method: "POST", body }), [["finesse-recs-rules"]])
export const useUpdateRule = () => useAction(({ id, ...body }: { id: string } & Record<string, unknown>) => sdk.client.fetch<{ rule: Rule }>(`${base}/rules/${id}`, { method: "POST", body }), [["finesse-recs-rules"]])
export const useDeleteRule = () => useAction((id: string) => sdk.client.fetch(`${base}/rules/${id}`, { method: "DELETE" }), [["finesse-recs-rules"]])

export function useExperiments(page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ["finesse-recs-experiments", page],
    queryFn: () => sdk.client.fetch<{ experiments: Experiment[]; count: number }>(`${base}/experiments`, { query: page }),
    refetchInterval: 15_000,
  })
}
export const useCreateExperiment = () => useAction((body: Record<string, unknown>) => sdk.client.fetch<{ experiment: Experiment }>(`${base}/experiments`, { method: "POST", body }), [["finesse-recs-experiments"]])
export const useExperimentAction = () =>
  useAction(({ id, action }: { id: string; action: "start" | "stop" }) => sdk.client.fetch<{ experiment: Experiment }>(`${base}/experiments/${id}/${action}`, { method: "POST", body: {} }), [["finesse-recs-experiments"]])

export function usePerformance(query: { from?: string; to?: string; group_by: string }) {
  return useQuery({
    queryKey: ["finesse-recs-performance", query],
    queryFn: () => sdk.client.fetch<{ performance: Performance }>(`${base}/performance`, { query: cleanQuery(query) }),
  })
}

export const useUpdateSettings = () => useAction((body: Record<string, unknown>) => sdk.client.fetch<{ settings: Settings }>(`${base}/settings`, { method: "POST", body }))

export function useProductRecommendations(productId: string) {
  return useQuery({
    queryKey: ["finesse-recs-product", productId],
    queryFn: () =>
      sdk.client.fetch<{ product_recommendations: { model_version: number; bought_together: Recommendation; similar: Recommendation } }>(`${base}/products/${productId}`),
    retry: false,
  })
}
