import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type JobState = "queued" | "active" | "retrying" | "completed" | "failed" | "cancelled"

export type Job = {
  id: string
  kind: string
  queue: string
  state: JobState
  progress: number
  message: string | null
  attempts: number
  max_attempts: number
  payload: Record<string, unknown>
  result: Record<string, unknown> | null
  error: string | null
  worker: string | null
  cancel_requested: boolean
  queued_at: string
  started_at: string | null
  finished_at: string | null
  created_at: string
  updated_at: string
}

export type JobKind = {
  kind: string
  queue: string
  description: string | null
  attempts: number
  backoff_ms: number
  concurrency: number
  schedule: string | null
}

export type JobsQuery = { kind?: string; state?: string; limit: number; offset: number }

const OPEN: JobState[] = ["queued", "active", "retrying"]

export function useJobs(query: JobsQuery) {
  return useQuery({
    queryKey: ["finesse-jobs", query],
    queryFn: () =>
      sdk.client.fetch<{ jobs: Job[]; count: number; offset: number; limit: number }>("/admin/finesse/jobs", {
        query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")),
      }),
    // live while anything runs, calmer otherwise
    refetchInterval: (q) => (q.state.data?.jobs.some((j) => OPEN.includes(j.state)) ? 1000 : 5000),
  })
}

export function useJobKinds() {
  return useQuery({
    queryKey: ["finesse-job-kinds"],
    queryFn: () =>
      sdk.client.fetch<{ job_kinds: JobKind[]; backend: string; count: number }>("/admin/finesse/job-kinds"),
  })
}

function useJobAction(path: (id: string) => string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch<{ job: Job }>(path(id), { method: "POST", body: {} }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["finesse-jobs"] }),
  })
}

export const useRetryJob = () => useJobAction((id) => `/admin/finesse/jobs/${encodeURIComponent(id)}/retry`)
export const useCancelJob = () => useJobAction((id) => `/admin/finesse/jobs/${encodeURIComponent(id)}/cancel`)

export function useEnqueueJob() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: { kind: string; payload: Record<string, unknown>; job_id?: string }) =>
      sdk.client.fetch<{ job: Job }>("/admin/finesse/jobs", { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["finesse-jobs"] }),
  })
}
