import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "@finesse/core/admin-kit"

export type FieldType = "number" | "string" | "boolean" | "date" | "string_list"
export type FieldInfo = { field: string; type: FieldType; label: string; group: "profile" | "trait" | "survey"; values?: string[]; unit?: string }
export type ScoreBand = { field: string; enter: number; exit: number }
export type RuleNode = { all: RuleNode[] } | { any: RuleNode[] } | { field: string; op: string; value?: unknown }

export type Segment = {
  id: string
  name: string
  description: string | null
  rules: RuleNode
  score: ScoreBand | null
  sync_enabled: boolean
  auto_sync: boolean
  customer_group_id: string | null
  customer_group_name: string | null
  member_count: number
  evaluated_at: string | null
  synced_at: string | null
  created_at: string
  updated_at: string
}

export type Preview = {
  count: number
  total_profiles: number
  share: number
  monetary: number
  by_persona: { name: string; customers: number }[]
  by_rfm_segment: { name: string; customers: number }[]
  sample: {
    customer_id: string
    email: string | null
    first_name: string | null
    last_name: string | null
    persona_name: string | null
    rfm_segment: string | null
    order_count: number
    monetary: number
    churn_risk: string | null
    score: number | null
  }[]
}

type Person = { customer_id: string; email: string | null; first_name: string | null; last_name: string | null }

export type SyncDiff = {
  segment_id: string
  customer_group_id: string | null
  customer_group_name: string
  creates_group: boolean
  member_count: number
  add_count: number
  remove_count: number
  unchanged_count: number
  entering_segment: number
  leaving_segment: number
  add: Person[]
  remove: Person[]
}

export type SegmentSync = {
  id: string
  segment_id: string
  customer_group_id: string
  triggered_by: string
  triggered_by_email?: string | null
  trigger: "manual" | "job"
  added_count: number
  removed_count: number
  added: string[]
  removed: string[]
  group_created: boolean
  member_count: number
  duration_ms: number
  created_at: string
}

export type Member = Person & {
  entered_at: string
  score: number | null
  persona_name: string | null
  rfm_segment: string | null
  monetary: number | null
  order_count: number | null
  churn_risk: string | null
}

export function useFields() {
  return useQuery({
    queryKey: ["personas-fields"],
    queryFn: () =>
      sdk.client.fetch<{ fields: FieldInfo[]; operators: Record<FieldType, string[]>; personas: { id: string; name: string }[] }>(
        "/admin/finesse/personas/fields"
      ),
    staleTime: 60_000,
  })
}

export function useSegments(query: { q?: string; limit: number; offset: number }) {
  return useQuery({
    queryKey: ["personas-segments", query],
    queryFn: () =>
      sdk.client.fetch<{ segments: Segment[]; count: number; limit: number; offset: number }>("/admin/finesse/personas/segments", {
        query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")),
      }),
    refetchInterval: (q) => (q.state.data?.segments.some((s) => !s.evaluated_at) ? 1500 : false),
  })
}

export function useSegment(id: string | undefined) {
  return useQuery({
    queryKey: ["personas-segment", id],
    enabled: !!id,
    queryFn: () => sdk.client.fetch<{ segment: Segment }>(`/admin/finesse/personas/segments/${id}`),
    refetchInterval: (q) => (q.state.data && !q.state.data.segment.evaluated_at ? 1500 : false),
  })
}

export function usePreview(body: { rules: RuleNode; score?: ScoreBand | null; segment_id?: string } | null) {
  return useQuery({
    queryKey: ["personas-preview", body],
    enabled: !!body,
    retry: false,
    queryFn: () =>
      sdk.client.fetch<{ preview: Preview }>("/admin/finesse/personas/segments/preview", {
        method: "POST",
        body: { ...body, score: body?.score ?? null, sample_size: 8 },
      }),
    placeholderData: (prev) => prev,
  })
}

export type SegmentBody = Partial<Pick<Segment, "name" | "description" | "rules" | "score" | "sync_enabled" | "auto_sync" | "customer_group_name">>

export function useSaveSegment(id?: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: SegmentBody) =>
      sdk.client.fetch<{ segment: Segment }>(id ? `/admin/finesse/personas/segments/${id}` : "/admin/finesse/personas/segments", {
        method: "POST",
        body,
      }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ["personas-segments"] })
      qc.invalidateQueries({ queryKey: ["personas-segment"] })
    },
  })
}

export function useDeleteSegment() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/finesse/personas/segments/${id}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["personas-segments"] }),
  })
}

export function useDryRun(id: string) {
  return useMutation({
    mutationFn: () => sdk.client.fetch<{ diff: SyncDiff }>(`/admin/finesse/personas/segments/${id}/sync`, { method: "POST", body: { dry_run: true } }),
  })
}

export function useSyncNow(id: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch<{ sync: SegmentSync }>(`/admin/finesse/personas/segments/${id}/sync`, { method: "POST", body: { dry_run: false } }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ["personas-syncs", id] })
      qc.invalidateQueries({ queryKey: ["personas-segment", id] })
      qc.invalidateQueries({ queryKey: ["personas-members", id] })
    },
  })
}

export function useSyncs(id: string, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ["personas-syncs", id, page],
    queryFn: () =>
      sdk.client.fetch<{ syncs: SegmentSync[]; count: number; limit: number; offset: number }>(`/admin/finesse/personas/segments/${id}/syncs`, {
        query: page,
      }),
  })
}

export function useMembers(id: string, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ["personas-members", id, page],
    queryFn: () =>
      sdk.client.fetch<{ members: Member[]; count: number; limit: number; offset: number }>(`/admin/finesse/personas/segments/${id}/members`, {
        query: page,
      }),
  })
}
