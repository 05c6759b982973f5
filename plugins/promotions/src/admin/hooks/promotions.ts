import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { cleanQuery, sdk, type Job } from "@finesse/core/admin-kit"

const P = "/admin/finesse/promotions"

export type CheckStatus = "pass" | "warn" | "fail"
export type Phase = "draft" | "scheduled" | "running" | "ended" | "inactive"

export type CalendarEntry = {
  promotion_id: string
  code: string
  name: string
  status: string
  is_automatic: boolean
  campaign_name: string | null
  starts_at: string | null
  ends_at: string | null
  template: string | null
  plan_status: string | null
  check_status: CheckStatus | null
  experiment_id: string | null
  phase: Phase
  lane: number
  overlaps: string[]
}

export type Plan = {
  id: string
  promotion_id: string
  promotion_ids: string[] | null
  code: string
  name: string
  template: string
  args: Record<string, unknown> | null
  audience_group_id: string | null
  currency_code: string
  starts_at: string | null
  ends_at: string | null
  expected_uplift: number
  status: "planned" | "launched" | "ended" | "cancelled"
  launched_at: string | null
  launched_by: string | null
  experiment_id: string | null
  check_status: CheckStatus | null
  checked_at: string | null
}

export type CheckResult = { id: string; code: string; status: CheckStatus; message: string; figures: Record<string, unknown>; run_at: string }

export type ReplaySummary = {
  orders: number
  affectedOrders: number
  affectedCustomers: number
  discountCost: number
  subtotal: number
  netBefore: number
  netAfter: number
  marginBefore: number
  marginAfter: number
  marginRateBefore: number | null
  marginRateAfter: number | null
  linesWithoutCost: number
  threshold: null | { threshold: number; qualifying: number; nearMiss: number; averageShortfall: number; nearMissCostIfCrossed: number }
  topProducts: { productId: string; discount: number; affectedOrders: number }[]
}

export type Simulation = { id: string; days: number; currency_code: string; since: string; until: string; orders: ReplaySummary; carts: ReplaySummary | null; computed_at: string; job_id: string | null }

export type Diff = { estimator: string; diff: number; ciLow: number | null; ciHigh: number | null; p: number | null; relative: number | null; se: number | null; nTreatment: number; nControl: number; meanTreatment: number; meanControl: number }
export type Effect = { perCustomer: Diff; perCustomerUnadjusted: Diff; total: number; totalLow: number | null; totalHigh: number | null; probabilityBetter: number | null }

export type PromotionReport = {
  code: string
  design: "holdout" | "matched"
  periods: { preFrom: number; start: number; end: number; postEnd: number }
  postPeriodComplete: boolean
  audience: { treatment: number; control: number; unmatchedTreatment: number; srm: { p: number; mismatch: boolean } | null; balance: { smd: number } | null }
  incrementalOrders: Effect
  incrementalGmv: Effect
  incrementalMargin: Effect | null
  conversion: Diff & { probabilityBetter: number }
  aov: Diff
  promotionOrders: { orders: number; gmv: number; discount: number; newCustomerOrders: number; newCustomerShare: number | null }
  acquisition: {
    promotionAcquired: number
    otherNew: number
    retention: { days: number; promotion: { eligible: number; retained: number; rate: number | null }; baseline: { eligible: number; retained: number; rate: number | null }; diff: Diff }[]
  }
  pullForward: Effect & { givenBackShare: number }
  cannibalisation: Effect & { cannibalisedShare: number }
  netEffect: Effect & { basis: "net_margin" | "net_gmv" }
  discountCost: number
  discountPerIncrementalOrder: number | null
  budget: { type: string; limit: number; used: number; share: number; projected: number; exhaustsAt: number | null } | null
  verdict: { outcome: "paid_off" | "lost_margin" | "inconclusive"; basis: string; reasons: string[] }
}

export type MetricLine = { metric: string; estimator: string; diff: number; relative: number | null; ciLow: number | null; ciHigh: number | null; p: number | null; pHolm: number | null; probabilityBetter: number | null; welch?: { diff: number; ciLow: number | null; ciHigh: number | null; p: number | null } }
export type ExperimentReport = {
  srm: { p: number; mismatch: boolean; observed: number[]; expected: number[] } | null
  arms: { code: string; n: number; designedShare: number | null }[]
  window: { start: number; end: number }
  comparisons: {
    treatment: string
    control: string
    nTreatment: number
    nControl: number
    metrics: MetricLine[]
    sequential: { looks: number; p: number; ciLow: number | null; ciHigh: number | null; stop: boolean; series: { look: number; days: number; diff: number; ciLow: number | null; ciHigh: number | null; p: number }[] }
    decision: "treatment_better" | "treatment_worse" | "keep_running"
  }[]
}

export type Evaluation = {
  id: string
  promotion_id: string
  code: string
  experiment_id: string | null
  design: string
  status: "ready" | "no_control" | "failed"
  message: string | null
  currency_code: string | null
  verdict: "paid_off" | "lost_margin" | "inconclusive" | null
  net_effect: number | null
  net_effect_low: number | null
  net_effect_high: number | null
  as_of: string
  report?: { currencies: Record<string, PromotionReport>; primary: string; experiment: ExperimentReport | null; arm: string | null } | null
}

export type Arm = { id: string; code: string; weight: number; promotion_id: string | null; promotion_code?: string | null; customer_group_id: string | null; member_count: number }
export type Experiment = {
  id: string
  name: string
  kind: "holdout" | "ab"
  holdout_share: number
  audience_group_id: string | null
  status: "running" | "stopped"
  started_at: string | null
  stopped_at: string | null
  member_count: number
  synced_at: string | null
  currency_code: string | null
  arms: Arm[]
}

export type MedusaPromotion = {
  id: string
  code: string
  type: string
  status: string
  is_automatic: boolean
  application_method: { type: string; target_type: string; value: number; currency_code: string | null; target_rules: Rule[]; buy_rules: Rule[] }
  rules: Rule[]
  campaign: { id: string; name: string; starts_at: string | null; ends_at: string | null; budget: { type: string; limit: number | null; used: number | null; currency_code: string | null } | null } | null
}
export type Rule = { id: string; attribute: string; operator: string; values: string[] }

export type PromotionDetail = {
  promotion: MedusaPromotion
  plan: Plan | null
  checks: { run_id: string; run_at: string; results: CheckResult[] } | null
  simulation: Simulation | null
  evaluation: Evaluation | null
  experiment: Experiment | null
}

export type RoiRow = { channel: string; spend: number; orders: number; revenue: number; margin: number; newCustomers: number; roas: number | null; roi: number | null; cpa: number | null; costPerOrder: number | null }
export type AttributionRun = {
  id: string
  model: string
  currency_code: string
  since: string
  until: string
  orders: number
  untouched_orders: number
  touches: number
  by_channel: { channel: string; orders: number; revenue: number; margin: number; newCustomers: number }[]
  by_campaign: { channel: string; campaign: string | null; orders: number; revenue: number; margin: number; newCustomers: number }[]
  roi: RoiRow[]
  computed_at: string
}
export type Spend = { id: string; channel: string; campaign: string | null; amount: number; currency_code: string; starts_at: string; ends_at: string; source: string; note: string | null }
export type Credit = { order_id: string; customer_id: string | null; channel: string; campaign: string | null; weight: number; revenue: number; margin: number; new_customer: boolean; placed_at: string }
export type Audience = { id: string; name: string; persona_segment_id: string | null }

type Page<K extends string, T> = { [k in K]: T[] } & { count: number; offset: number; limit: number }

const get = <T,>(path: string, query?: Record<string, unknown>) => sdk.client.fetch<T>(path, { query: query ? cleanQuery(query) : undefined })
const post = <T,>(path: string, body: unknown) => sdk.client.fetch<T>(path, { method: "POST", body: body as Record<string, unknown> })

export const useCalendar = (range: { from: string; to: string }) =>
  useQuery({ queryKey: ["finesse-promotions", "calendar", range], queryFn: () => get<{ calendar: CalendarEntry[]; range: { from: string; to: string; now: string } }>(`${P}/calendar`, range), placeholderData: keepPreviousData })

export const usePlans = (q: Record<string, unknown>) =>
  useQuery({ queryKey: ["finesse-promotions", "plans", q], queryFn: () => get<Page<"plans", Plan>>(`${P}/plans`, q), placeholderData: keepPreviousData })

export const usePromotionDetail = (id: string | undefined) =>
  useQuery({ queryKey: ["finesse-promotions", "detail", id], queryFn: () => get<PromotionDetail>(`${P}/plans/${id}`), enabled: !!id, retry: (n, e: any) => e?.status !== 404 && n < 2 })

export const useEvaluations = (q: Record<string, unknown>) =>
  useQuery({ queryKey: ["finesse-promotions", "evaluations", q], queryFn: () => get<Page<"evaluations", Evaluation>>(`${P}/evaluations`, q), placeholderData: keepPreviousData })

export const useEvaluation = (id: string | null | undefined) =>
  useQuery({ queryKey: ["finesse-promotions", "evaluation", id], queryFn: () => get<{ evaluation: Evaluation }>(`${P}/evaluations/${id}`), enabled: !!id })

export const useExperiments = (q: Record<string, unknown>) =>
  useQuery({ queryKey: ["finesse-promotions", "experiments", q], queryFn: () => get<Page<"experiments", Experiment>>(`${P}/experiments`, q), placeholderData: keepPreviousData })

export const useExperiment = (id: string | null | undefined) =>
  useQuery({ queryKey: ["finesse-promotions", "experiment", id], queryFn: () => get<{ experiment: Experiment; report: ExperimentReport | null; evaluations: Evaluation[] }>(`${P}/experiments/${id}`), enabled: !!id })

export const useChannels = (model: string) =>
  useQuery({ queryKey: ["finesse-promotions", "channels", model], queryFn: () => get<{ currency_code: string; model: string; run: AttributionRun | null; models: { model: string; computed_at: string; orders: number }[] }>(`${P}/channels`, { model }) })

export const useChannelOrders = (q: Record<string, unknown>) =>
  useQuery({ queryKey: ["finesse-promotions", "channel-orders", q], queryFn: () => get<Page<"orders", Credit>>(`${P}/channels/orders`, q), placeholderData: keepPreviousData })

export const useSpend = (q: Record<string, unknown>) =>
  useQuery({ queryKey: ["finesse-promotions", "spend", q], queryFn: () => get<Page<"spend", Spend>>(`${P}/channels/spend`, q), placeholderData: keepPreviousData })

export const useAudiences = () => useQuery({ queryKey: ["finesse-promotions", "audiences"], queryFn: () => get<Page<"audiences", Audience>>(`${P}/audiences`, { limit: 200 }) })

export const useTemplates = () =>
  useQuery({ queryKey: ["finesse-promotions", "templates"], queryFn: () => get<{ templates: { code: string; title: string; description: string }[]; checks: { code: string; title: string; description: string }[] }>(`${P}/templates`), staleTime: Infinity })

/** A write that refreshes every promotions query afterwards. */
function useWrite<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient()
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: ["finesse-promotions"] }) })
}

export const useCreatePlan = () => useWrite((body: Record<string, unknown>) => post<{ plan: Plan }>(`${P}/plans`, body))
export const useUpdatePlan = (id: string) => useWrite((body: Record<string, unknown>) => post<{ plan: Plan }>(`${P}/plans/${id}`, body))
export const useRunChecks = (id: string) => useWrite((_: void) => post<{ checks: { status: CheckStatus; results: CheckResult[] } }>(`${P}/plans/${id}/checks`, {}))
export const useLaunch = (id: string) => useWrite((body: { holdout_share: number; audience_group_id?: string | null }) => post<{ launched: string[]; experiment: Experiment | null }>(`${P}/plans/${id}/launch`, body))
export const useCreateExperiment = () => useWrite((body: Record<string, unknown>) => post<{ experiment: Experiment }>(`${P}/experiments`, body))
export const useSyncExperiment = (id: string) => useWrite((_: void) => post<{ sync: { new_assignments: number } }>(`${P}/experiments/${id}/sync`, {}))
export const useStopExperiment = (id: string) => useWrite((body: { deactivate_promotions: boolean }) => post<{ experiment: Experiment }>(`${P}/experiments/${id}/stop`, body))
export const useCreateSpend = () => useWrite((body: Record<string, unknown>) => post<{ spend: Spend }>(`${P}/channels/spend`, body))
export const useImportSpend = () => useWrite((body: { csv: string; currency_code: string }) => post<{ imported: number; errors: { lineNo: number; reason: string }[] }>(`${P}/channels/spend/import`, body))
export const useDeleteSpend = () => useWrite((id: string) => sdk.client.fetch(`${P}/channels/spend/${id}`, { method: "DELETE" }))

export const startSimulation = (id: string, days: number) => post<{ job: Job }>(`${P}/plans/${id}/simulate`, { days })
export const startEvaluation = (id: string) => post<{ job: Job }>(`${P}/plans/${id}/evaluate`, {})
export const startAttribution = (days: number) => post<{ job: Job }>(`${P}/channels/attribute`, { days })
