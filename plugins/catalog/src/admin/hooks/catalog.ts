import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { cleanQuery, sdk, type Job } from "@finesse/core/admin-kit"

export type { Job }

const P = "/admin/finesse/catalog"
const get = <T>(path: string, query?: Record<string, unknown>) => sdk.client.fetch<T>(`${P}${path}`, query ? { query: cleanQuery(query) } : undefined)

export type ForecastRun = { id: string; granularity: "week" | "day"; horizon: number; as_of: string; status: string; series: number; methods: Record<string, number> | null; classes: Record<string, number> | null; backtest_wape: Record<string, number> | null; finished_at: string | null; timings: Record<string, number> | null }

export type Status = {
  jobs: Record<"forecast" | "replenishment" | "quality" | "categories", Job | null>
  forecast: { week: ForecastRun | null; day: ForecastRun | null }
  quality: { products: number; average_score: number; computed_at: string | null }
  categories: { computed_at: string; summary: CategorySummary } | null
  replenishment: ReplenishmentSummary
  policy: Policy
  locations: { id: string; name: string }[]
}

export type Policy = {
  review: "continuous" | "periodic"
  service_level: number
  service_measure: "cycle" | "fill_rate"
  review_period_days: number
  annual_holding_rate: number
  default_lead_time_days: number
  default_lead_time_sd_days: number
  default_order_cost: number
  forecast_horizon_weeks: number
}

export const useStatus = () => useQuery({ queryKey: ["catalog", "status"], queryFn: () => get<{ status: Status }>("/status"), refetchInterval: 15_000 })

// ---- quality ----
export type QualitySummary = {
  products: number
  average_score: number
  below_70: number
  above_90: number
  computed_at: string | null
  distribution: { from: number; to: number; products: number }[]
  rules: { code: string; label: string; products: number; gain: number }[]
}
export type TodoItem = { id: string; product_id: string; title: string; code: string; label: string; message: string; fix: string; gain: number; priority: number; rank: number; score: number | null; thumbnail: string | null; importance: number }
export type RuleResult = { code: string; label: string; score: number; weight: number; message: string; fix: string }
export type ProductQuality = { product_id: string; title: string; score: number; failed_rules: number; importance: number; results: RuleResult[]; computed_at: string; percentile: number | null }

export const useQualitySummary = () => useQuery({ queryKey: ["catalog", "quality"], queryFn: () => get<{ quality: QualitySummary }>("/quality") })
export const useTodo = (q: { code?: string; q?: string; limit: number; offset: number }) =>
  useQuery({ queryKey: ["catalog", "todo", q], queryFn: () => get<{ todo: TodoItem[]; count: number }>("/quality/todo", q), placeholderData: keepPreviousData })

// ---- categories ----
export type CategorySummary = { categories: number; roots: number; leaves: number; max_depth: number; mean_leaf_depth: number; mean_branching: number; empty: number; overloaded: number; thin: number; uncategorized_products: number; sessions: number; order_sessions: number; days: number }
export type Suggestion =
  | { kind: "merge"; categoryIds: string[]; into: string | null; reason: string }
  | { kind: "split"; categoryId: string; by: string[]; reason: string }
  | { kind: "move"; productId: string; from: string[]; to: string; reason: string }
  | { kind: "reorder"; parentId: string | null; order: { categoryId: string; currentRank: number; suggestedRank: number; conversion: number; adjustedConversion: number }[]; reason: string }
export type CategoryAnalysis = { id: string; computed_at: string; events_since: string; events_until: string; summary: CategorySummary; suggestions: Suggestion[]; order_paths: { count: number; path: string[]; names: string[] }[]; uncategorized: string[] }
export type CategoryHealth = { id: string; category_id: string; name: string; path: string; depth: number; children: number; direct_products: number; total_products: number; products_in_stock: number; flags: string[]; views: number; sessions: number; order_sessions: number; exits: number; conversion: number; exit_rate: number; click_through: number }
export type Gaps = { computed_at: string | null; events_since: string | null; searches: { query: string; searches: number; zeroResultSearches: number; meanResults: number; zeroShare: number }[]; categories: { categoryId: string; path: string; views: number; productsInStock: number; viewsPerProduct: number; ratioToMedian: number | null }[]; drop_candidates: number }

export const useCategories = () => useQuery({ queryKey: ["catalog", "categories"], queryFn: () => get<{ categories: CategoryAnalysis | null }>("/categories") })
export const useCategoryHealth = (q: { flag?: string; q?: string; order?: string; limit: number; offset: number }) =>
  useQuery({ queryKey: ["catalog", "category-health", q], queryFn: () => get<{ categories: CategoryHealth[]; count: number }>("/categories/health", q), placeholderData: keepPreviousData })
export const useGaps = () => useQuery({ queryKey: ["catalog", "gaps"], queryFn: () => get<{ gaps: Gaps }>("/gaps") })

// ---- forecasts ----
export type ForecastPoint = { period_start: string; point: number | null; mean: number | null; lower_80: number | null; upper_80: number | null; lower_95: number | null; upper_95: number | null }
export type LocationForecast = {
  location_id: string
  location_name: string | null
  method: string
  code: string
  demand_class: string
  interval_source: string
  params: Record<string, unknown> | null
  backtest_wape: number | null
  elasticity: number | null
  promo_lift: number | null
  history: { period_start: string; units: number }[]
  forecast: ForecastPoint[]
}
export type VariantForecast = {
  variant: { id: string; sku: string | null; title: string; product_id: string; product_title: string }
  granularity: "week" | "day"
  run: { id: string; as_of: string; finished_at: string; horizon: number } | null
  locations: LocationForecast[]
  total: { history: { period_start: string; units: number }[]; forecast: ForecastPoint[] } | null
}
export type ForecastRow = { id: string; variant_id: string; location_id: string; product_id: string | null; method: string; demand_class: string; horizon_units: number; scale: number; backtest_wape: number | null; sku: string | null; title: string | null; location_name: string | null }

export const useVariantForecast = (variantId: string | null | undefined, granularity: "week" | "day" = "week") =>
  useQuery({ queryKey: ["catalog", "forecast", variantId, granularity], enabled: !!variantId, queryFn: () => get<{ forecast: VariantForecast }>(`/forecasts/variants/${encodeURIComponent(variantId!)}`, { granularity, history: granularity === "week" ? 26 : 28 }) })
export const useForecastList = (q: { q?: string; demand_class?: string; granularity?: string; limit: number; offset: number }) =>
  useQuery({ queryKey: ["catalog", "forecasts", q], queryFn: () => get<{ run: ForecastRun | null; forecasts: ForecastRow[]; count: number }>("/forecasts", q), placeholderData: keepPreviousData })

// ---- supply ----
export type ReplenishmentSummary = { rows: number; reorder: number; at_risk: number; out_of_stock: number; order_value: number; currency_code: string | null; computed_at: string | null }
export type ReplenishmentRow = {
  id: string
  variant_id: string
  location_id: string
  product_id: string | null
  sku: string | null
  title: string | null
  location_name: string | null
  supplier: string | null
  currency_code: string | null
  stocked: number
  reserved: number
  incoming: number
  available: number
  inventory_position: number
  mean_per_day: number
  safety_stock: number
  reorder_point: number
  order_up_to: number
  eoq: number
  suggested_qty: number
  unit_cost: number | null
  order_value: number
  days_of_cover: number | null
  stockout_risk: number
  demand_model: string
  reorder: boolean
  reason: string
  lead_time_days: number
  lead_time_sd_days: number | null
  lead_time_source: string
  demand_class: string | null
  forecast_method: string | null
}
export type ReplenishmentQuery = { reorder?: string; location_id?: string; q?: string; order?: string; limit: number; offset: number }
export const replenishmentExportUrl = (q: Omit<ReplenishmentQuery, "limit" | "offset">) => {
  const qs = new URLSearchParams(Object.entries(cleanQuery({ ...q, reorder: q.reorder ?? "true" })).map(([k, v]) => [k, String(v)])).toString()
  return `${P}/replenishment/export${qs ? `?${qs}` : ""}`
}
export const useReplenishment = (q: ReplenishmentQuery) =>
  useQuery({ queryKey: ["catalog", "replenishment", q], queryFn: () => get<{ replenishment: ReplenishmentRow[]; summary: ReplenishmentSummary; count: number }>("/replenishment", q), placeholderData: keepPreviousData })

export type MatrixCell = { abc: "A" | "B" | "C"; xyz: "X" | "Y" | "Z"; variants: number; revenue: number; stock_value: number }
export const useMatrix = () => useQuery({ queryKey: ["catalog", "abc-xyz"], queryFn: () => get<{ matrix: { cells: MatrixCell[]; totals: { variants: number; dead: number; slow: number; drop_candidates: number; revenue: number } } }>("/abc-xyz") })
export type ClassRow = { id: string; variant_id: string; product_id: string | null; sku: string | null; title: string | null; abc: string; xyz: string; revenue: number; share: number; cv: number | null; units: number; on_hand: number; stock_status: string; days_since_last_sale: number | null; stock_value: number; drop_score: number | null; reasons: string[] | null }
export const useClasses = (q: { abc?: string; xyz?: string; stock_status?: string; drop?: string; order?: string; limit: number; offset: number }) =>
  useQuery({ queryKey: ["catalog", "classes", q], queryFn: () => get<{ variants: ClassRow[]; count: number }>("/abc-xyz/variants", q), placeholderData: keepPreviousData })

export type LeadTime = { id: string; variant_id: string; location_id: string | null; location_name: string | null; sku: string | null; title: string | null; supplier: string | null; lead_time_days: number; lead_time_sd_days: number | null; pack_size: number | null; moq: number | null; order_cost: number | null; currency_code: string | null; source: string; updated_at: string }
export const useLeadTimes = (q: { q?: string; limit: number; offset: number }) =>
  useQuery({ queryKey: ["catalog", "lead-times", q], queryFn: () => get<{ lead_times: LeadTime[]; count: number; default: { lead_time_days: number; lead_time_sd_days: number } }>("/lead-times", q), placeholderData: keepPreviousData })

export type ImportResult = { imported: number; replaced: number; lines: number; errors: { line: number; field: string; message: string }[]; columns: string[] }
export function useImportLeadTimes() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: { csv: string; filename?: string }) => sdk.client.fetch<ImportResult>(`${P}/lead-times/import`, { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["catalog", "lead-times"] }),
  })
}

/** Starts a catalog job through its route (`{ job }`). */
export const startCatalogJob = (path: "quality/run" | "categories/run" | "forecasts/run" | "replenishment/run", body: Record<string, unknown> = {}) =>
  sdk.client.fetch<{ job: Job }>(`${P}/${path}`, { method: "POST", body })

// ---- product widget ----
export type ProductCatalog = {
  id: string
  title: string
  quality: ProductQuality | null
  forecast: { as_of: string; horizon: number; variants: { variant_id: string; title: string | null; sku: string | null; methods: string[]; horizon_units: number; point: number[]; lower_80: (number | null)[]; upper_80: (number | null)[] }[] } | null
  replenishment: ReplenishmentRow[]
  classes: { variant_id: string; abc: string; xyz: string; stock_status: string; drop_score: number | null }[]
}
export const useProductCatalog = (id: string) => useQuery({ queryKey: ["catalog", "product", id], queryFn: () => get<{ product: ProductCatalog }>(`/products/${encodeURIComponent(id)}`) })
