import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../../admin-kit"

/** The HTTP shape of `GET /admin/finesse/kpis` (see modules/finesse-data/service.ts `kpiReport`); money in minor units. */
export type KpiInterval = "day" | "week" | "month"

export type KpiChange = { value: number | null; previous: number | null; change: number | null }

export type KpiSummaryKey =
  | "gmv"
  | "net_revenue"
  | "orders"
  | "aov"
  | "units"
  | "discounts"
  | "refunds"
  | "gross_margin"
  | "margin_rate"
  | "customers"
  | "new_customers"
  | "returning_customers"
  | "repeat_purchase_rate"
  | "sessions"
  | "visitors"
  | "conversion_rate"
  | "refund_rate"
  | "canceled_orders"
  | "cancellation_rate"

export type KpiPoint = {
  bucket: string
  gmv: number
  net_revenue: number
  orders: number
  aov: number | null
  units: number
  gross_margin: number
  first_orders: number
  repeat_orders: number
  sessions: number
  conversion_rate: number | null
}

export type FunnelStep = "viewed" | "added_to_cart" | "checkout_started" | "ordered"
export type FunnelRow = { step: FunnelStep; count: number; rate: number | null; overall: number | null }

export type CohortRow = { cohort: string; size: number; active: number[]; shares: (number | null)[] }

export type TopProduct = {
  product_id: string | null
  title: string
  handle: string | null
  thumbnail: string | null
  units: number
  revenue: number
  margin: number
  orders: number
}

export type TopCategory = { category_id: string | null; name: string; units: number; revenue: number; margin: number }

export type RejectedEvents = { reason: string; action: "dropped" | "flagged"; count: number }

export type KpiReport = {
  range: { from: string; to: string; interval: KpiInterval; timezone: string }
  previous_range: { from: string; to: string } | null
  currency_code: string
  filters: { sales_channel_id: string | null; region_id: string | null; category_id: string | null }
  summary: Record<KpiSummaryKey, KpiChange>
  series: KpiPoint[]
  top_products: TopProduct[]
  top_categories: TopCategory[]
  funnel: FunnelRow[]
  cohorts: CohortRow[]
  data_quality: { rejected_events: RejectedEvents[] }
  dimensions: {
    currencies: string[]
    sales_channels: { id: string; name: string }[]
    regions: { id: string; name: string; currency_code: string }[]
  }
}

export type KpisQuery = {
  from: string
  to: string
  interval: KpiInterval
  compare: "previous_period" | "none"
  currency_code?: string
  sales_channel_id?: string
  region_id?: string
  category_id?: string
}

export function useKpis(query: KpisQuery) {
  const clean = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")) as KpisQuery
  return useQuery({
    queryKey: ["finesse-kpis", clean],
    queryFn: () => sdk.client.fetch<{ kpis: KpiReport }>("/admin/finesse/kpis", { query: clean }),
    // keep the last report on screen while a new filter loads, instead of flashing skeletons
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  })
}

export type CategoryOption = { id: string; name: string; parent_category_id: string | null }

/** Product categories for the filter (the first 100 by name; an id outside them still works from the URL). */
export function useCategoryOptions() {
  return useQuery({
    queryKey: ["finesse-category-options"],
    queryFn: () =>
      sdk.client.fetch<{ product_categories: CategoryOption[]; count: number }>("/admin/product-categories", {
        query: { fields: "id,name,parent_category_id", limit: 100, order: "name" },
      }),
    staleTime: 5 * 60_000,
  })
}
