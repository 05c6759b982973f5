import { useQuery } from "@tanstack/react-query"
import { isOpenJob, sdk, type Job } from "@finesse/core/admin-kit"

export type { Job }

export type PersonaCard = {
  id: string
  name: string
  archetype: string
  description: string
  cluster: number | null
  size: number
  share: number
  active: boolean
  figures: {
    meanRecencyDays: number
    meanOrders: number
    meanMonetaryMinor: number
    meanAovMinor: number
    meanTenureDays: number
    meanGapDays: number
    meanItemsPerOrder: number
    shareDiscounted: number
  }
  value: { mean_expected_value_12m: number; mean_p_buy_90d: number; total_monetary: number } | null
  standout: { feature: string; z: number }[] | null
  drift: number | null
  first_version: number
  model_version: number
}

export type Overview = {
  model: {
    id: string
    version: number
    as_of: string
    customers: number
    orders: number
    k: number
    method: string
    silhouette: number | null
    stats: { seconds?: Record<string, number>; silhouette_by_k?: { k: number; silhouette: number }[] } | null
  } | null
  currency_code: string | null
  cards: PersonaCard[]
  totals: { profiles: number; buyers: number; monetary: number; expected_value_12m: number; mean_p_buy_90d: number; last_computed_at: string | null }
  rfm_grid: { r: number; fm: number; customers: number; monetary: number; segment: string }[]
  rfm_segments: { segment: string; customers: number; monetary: number; expected_value_12m: number }[]
  churn_risk: { churn_risk: string; customers: number }[]
  spend_levels: { spend_level: string; customers: number }[]
  latest_job: Job | null
}

export type Profile = {
  customer_id: string
  order_count: number
  item_count: number
  first_order_at: string | null
  last_order_at: string | null
  recency_days: number | null
  tenure_days: number | null
  monetary: number
  avg_order_value: number
  mean_inter_purchase_days: number | null
  discounted_share: number
  avg_discount: number
  avg_discount_rate: number
  preferred_weekday: number | null
  preferred_hour: number | null
  category_affinities: { category: string; weight: number }[]
  top_categories: string[]
  r: number | null
  f: number | null
  m: number | null
  rfm_segment: string | null
  p_buy_30d: number | null
  p_buy_90d: number | null
  expected_value_12m: number | null
  p_alive: number | null
  churn_risk: "low" | "medium" | "high" | null
  prediction_method: string | null
  spend_level: string
  tags: string[]
  persona_id: string | null
  persona_name: string | null
  traits: Record<string, unknown>
  survey_answers: Record<string, unknown>
  model_version: number | null
  computed_at: string
  email?: string | null
  first_name?: string | null
  last_name?: string | null
}

export type CustomerProfile = Profile & {
  persona: { id: string; name: string; description: string; archetype: string; active: boolean } | null
  segments: { id: string; name: string; customer_group_id: string | null; sync_enabled: boolean }[]
  survey_responses: { id: string; survey_id: string; created_at: string; promotion_code: string | null }[]
  currency_code: string | null
  category_names: Record<string, string>
}


export function useOverview() {
  return useQuery({
    queryKey: ["personas-overview"],
    queryFn: () => sdk.client.fetch<{ overview: Overview }>("/admin/finesse/personas/overview"),
    refetchInterval: (q) => (q.state.data && isOpenJob(q.state.data.overview.latest_job) ? 1500 : false),
  })
}

/** Polls a job while it is open. */
export type ProfilesQuery = { persona_id?: string; rfm_segment?: string; churn_risk?: string; q?: string; order?: string; limit: number; offset: number }

export function useProfiles(query: ProfilesQuery) {
  return useQuery({
    queryKey: ["personas-profiles", query],
    queryFn: () =>
      sdk.client.fetch<{ profiles: Profile[]; count: number; limit: number; offset: number }>("/admin/finesse/personas/profiles", {
        query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")),
      }),
  })
}

export function useCustomerProfile(customerId: string) {
  return useQuery({
    queryKey: ["personas-profile", customerId],
    retry: false,
    queryFn: () => sdk.client.fetch<{ profile: CustomerProfile }>(`/admin/finesse/personas/profiles/${encodeURIComponent(customerId)}`),
  })
}
