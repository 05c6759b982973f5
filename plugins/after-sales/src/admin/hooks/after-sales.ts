import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { cleanQuery, sdk } from "@finesse/core/admin-kit"

const A = "/admin/finesse/after-sales"

export type SlaView = { state: string | null; due_at: string | null; first_response: { state: string | null; due_at: string | null }; resolution: { state: string | null; due_at: string | null } }
export type CaseItem = {
  id: string
  rma_number: string
  kind: string
  status: string
  priority: string
  channel: string
  subject: string
  reason: string | null
  customer_id: string | null
  order_id: string | null
  order_display_id: number | null
  currency_code: string | null
  order_total: number | null
  assignee_id: string | null
  flags: string[]
  topic: string | null
  sla: SlaView
  message_count: number
  last_message_at: string | null
  last_message_by: string | null
  csat: number | null
  survey_status: string | null
  resolved_at: string | null
  created_at: string
  updated_at: string
}
export type Clock = { state: string; paused: boolean; elapsed_ms: number; target_ms: number; remaining_ms: number; due_at: string | null; warn_at: string | null; hours: string } | null
export type CaseDetail = Omit<CaseItem, "sla"> & {
  messages: Array<{ id: string; visibility: "customer" | "internal"; author_type: string; author_id?: string | null; reply_key?: string | null; body: string; created_at: string }>
  lines: Array<{ id: string; line_item_id: string; product_id: string | null; variant_id: string | null; title: string | null; quantity: number; unit_price: number; condition: string | null; resolution: string | null; reason: string | null; outcome: string | null; decided_by: string | null; decision_message: string | null }>
  decision: any
  remedies: Array<{ id: string; type: string; status: string; return_id: string | null; exchange_id: string | null; claim_id: string | null; currency_code: string | null; refund_amount: number; store_credit_amount: number; refunded_amount: number; medusa: any }>
  repair: { id: string; rma_number: string; status: string; issue: string | null; warranty_status: string; warranty_ends_at: string | null; covered: boolean | null; quote_amount: number | null; currency_code: string | null; history: any[] } | null
  sla: { first_response: Clock; resolution: Clock; state: string | null }
  survey: { status: string; scale: string; sent_at: string | null; answered_at: string | null } | null
  events: Array<{ id: string; action: string; from_status: string | null; to_status: string | null; actor_type: string; actor_id: string | null; data: any; created_at: string }>
  status_history: Array<{ at: string; status: string }>
  allowed_actions: string[]
  reopen_count: number
}
export type InboxQuery = Record<string, string | number | undefined>

export const REPAIR_NEXT: Record<string, string[]> = {
  requested: ["approved", "rejected", "cancelled"],
  approved: ["awaiting_item", "cancelled"],
  awaiting_item: ["received", "cancelled"],
  received: ["diagnosing"],
  diagnosing: ["repairing", "quote_sent", "replaced", "returned_unrepaired"],
  quote_sent: ["repairing", "returned_unrepaired"],
  repairing: ["repaired", "replaced", "returned_unrepaired"],
  repaired: ["shipped_back"],
  shipped_back: ["completed"],
  returned_unrepaired: ["completed"],
}

export function useCases(query: InboxQuery, opts: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ["after-sales-cases", query],
    enabled: opts.enabled ?? true,
    queryFn: () => sdk.client.fetch<{ cases: CaseItem[]; count: number; offset: number; limit: number }>(`${A}/cases`, { query: cleanQuery(query) }),
    refetchInterval: 30_000,
  })
}

export function useCaseCounts() {
  return useQuery({
    queryKey: ["after-sales-counts"],
    queryFn: () => sdk.client.fetch<{ counts: { by_status: Record<string, number>; active_by_sla_state: Record<string, number>; mine: { by_status: Record<string, number> } | null } }>(`${A}/cases/counts`),
    refetchInterval: 30_000,
  })
}

export function useCase(id: string | undefined) {
  return useQuery({ queryKey: ["after-sales-case", id], enabled: !!id, queryFn: () => sdk.client.fetch<{ case: CaseDetail }>(`${A}/cases/${id}`) })
}

/** Every write on a case answers the fresh case; the list and counts refresh too. */
function useCaseWrite<B>(id: string, path: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: B) => sdk.client.fetch<{ case: CaseDetail } & Record<string, any>>(`${A}/cases/${id}${path}`, { method: "POST", body: body as any }),
    onSuccess: (r) => {
      qc.setQueryData(["after-sales-case", id], { case: r.case })
      qc.invalidateQueries({ queryKey: ["after-sales-cases"] })
      qc.invalidateQueries({ queryKey: ["after-sales-counts"] })
    },
  })
}

export const useSendMessage = (id: string) => useCaseWrite<{ body: string; visibility: "customer" | "internal"; reply_key?: string | null; then?: "request_info" | "resolve" }>(id, "/messages")
export const useCaseAction = (id: string) => useCaseWrite<{ action: string; note?: string | null }>(id, "/actions")
export const useUpdateCase = (id: string) => useCaseWrite<{ assignee_id?: string | null; priority?: string }>(id, "")
export const useApprove = (id: string) => useCaseWrite<{ line_ids?: string[]; override_refusals?: boolean; resolutions?: Record<string, string>; note?: string | null }>(id, "/approve")
export const useRefund = (id: string) => useCaseWrite<{ amount?: number; remedy_id?: string }>(id, "/refund")
export const useRepairStatus = (id: string) => useCaseWrite<{ status: string; note?: string | null; quote_amount?: number | null }>(id, "/repair")

export type Suggestion = { source: string; reply_key: string | null; title: string; body: string; missing: string[]; score: number; support: number; similar_case_ids: string[] }
export function useSuggestions(id: string | undefined) {
  return useQuery({
    queryKey: ["after-sales-suggestions", id],
    enabled: !!id,
    queryFn: () => sdk.client.fetch<{ suggestions: Suggestion[]; index_version: number | null; indexed_cases: number }>(`${A}/cases/${id}/suggestions`),
  })
}

export function useAdminUsers() {
  return useQuery({
    queryKey: ["after-sales-users"],
    queryFn: () => sdk.client.fetch<{ users: Array<{ id: string; email: string; first_name: string | null; last_name: string | null }> }>("/admin/users", { query: { limit: 200 } }),
    staleTime: 60_000,
  })
}

export const userName = (u: { email: string; first_name: string | null; last_name: string | null }) => [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email

export function useWorkload() {
  return useQuery({ queryKey: ["after-sales-workload"], queryFn: () => sdk.client.fetch<{ workload: any[] }>(`${A}/workload`), refetchInterval: 60_000 })
}

export function usePolicy() {
  return useQuery({ queryKey: ["after-sales-policy"], queryFn: () => sdk.client.fetch<{ policy: any }>(`${A}/policy`) })
}

export function useSavePolicy() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => sdk.client.fetch<{ policy: any; saved: any[] }>(`${A}/policy`, { method: "POST", body }),
    onSuccess: (r) => qc.setQueryData(["after-sales-policy"], { policy: r.policy }),
  })
}

export function usePreview() {
  return useMutation({ mutationFn: (body: Record<string, unknown>) => sdk.client.fetch<{ decision: any; warranty: any }>(`${A}/policy/preview`, { method: "POST", body }) })
}

export function useReplies(query: InboxQuery) {
  return useQuery({ queryKey: ["after-sales-replies", query], queryFn: () => sdk.client.fetch<{ replies: any[]; count: number }>(`${A}/replies`, { query: cleanQuery(query) }) })
}

export function useSaveReply(id?: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => sdk.client.fetch<{ reply: any }>(id ? `${A}/replies/${id}` : `${A}/replies`, { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["after-sales-replies"] }),
  })
}

export function useDeleteReply() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`${A}/replies/${id}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["after-sales-replies"] }),
  })
}

export function useWarrantyTerms() {
  return useQuery({ queryKey: ["after-sales-warranty"], queryFn: () => sdk.client.fetch<{ warranty_terms: any[] }>(`${A}/warranty-terms`) })
}

export function useSaveTerm(id?: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => sdk.client.fetch(id ? `${A}/warranty-terms/${id}` : `${A}/warranty-terms`, { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["after-sales-warranty"] }),
  })
}

export function useDeleteTerm() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`${A}/warranty-terms/${id}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["after-sales-warranty"] }),
  })
}

export function useSatisfaction(query: InboxQuery) {
  return useQuery({ queryKey: ["after-sales-satisfaction", query], queryFn: () => sdk.client.fetch<{ satisfaction: any }>(`${A}/satisfaction`, { query: cleanQuery(query) }) })
}

export function useComplaints() {
  return useQuery({ queryKey: ["after-sales-complaints"], queryFn: () => sdk.client.fetch<{ complaints: any }>(`${A}/complaints`) })
}

export const startComplaintAnalysis = (windowDays: number) => sdk.client.fetch<{ job: any }>(`${A}/complaints/analyze`, { method: "POST", body: { window_days: windowDays } })
export const startIndexUpdate = (rebuild: boolean) => sdk.client.fetch<{ job: any }>(`${A}/replies-index`, { method: "POST", body: { rebuild } })
