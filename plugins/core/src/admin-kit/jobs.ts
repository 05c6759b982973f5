import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { cleanQuery, sdk } from "./sdk"

/** A job record of core's runtime (`GET /admin/finesse/jobs/:id`). */
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
  result: Record<string, any> | null
  error: string | null
  worker: string | null
  cancel_requested: boolean
  queued_at: string
  started_at: string | null
  finished_at: string | null
  created_at: string
  updated_at: string
}

/** A registered job kind (`GET /admin/finesse/job-kinds`). */
export type JobKind = {
  kind: string
  queue: string
  description: string | null
  attempts: number
  backoff_ms: number
  concurrency: number
  schedule: string | null
}

/** What a progress display needs of a job; a plugin's status route may answer just this much. */
export type JobSnapshot = Pick<Job, "state" | "progress" | "message" | "error"> & { cancel_requested?: boolean }

/** The states of a job that has not finished yet. */
export const OPEN_JOB_STATES: JobState[] = ["queued", "active", "retrying"]
/** True while the job is queued, running or waiting to retry. */
export const isOpenJob = (job: Pick<Job, "state"> | null | undefined) => !!job && OPEN_JOB_STATES.includes(job.state)

/** The colour of a job's progress bar: red when it failed, green when it completed. */
export const jobTone = (state: JobState): "default" | "error" | "done" => (state === "failed" ? "error" : state === "completed" ? "done" : "default")

/** Filters and page of the jobs list. */
export type JobsQuery = { kind?: string; state?: string; q?: string; limit: number; offset: number }

/** The jobs list, polled every second while any job on the page is open. */
export function useJobs(query: JobsQuery) {
  return useQuery({
    queryKey: ["finesse-jobs", query],
    queryFn: () =>
      sdk.client.fetch<{ jobs: Job[]; count: number; offset: number; limit: number }>("/admin/finesse/jobs", {
        query: cleanQuery(query),
      }),
    // live while anything runs, calmer otherwise
    refetchInterval: (q) => (q.state.data?.jobs.some((j) => isOpenJob(j)) ? 1000 : 5000),
  })
}

/** One job, polled every second while it is open. */
export function useJob(id: string | null | undefined) {
  return useQuery({
    queryKey: ["finesse-job", id],
    enabled: !!id,
    queryFn: () => sdk.client.fetch<{ job: Job }>(`/admin/finesse/jobs/${encodeURIComponent(id!)}`),
    refetchInterval: (q) => (isOpenJob(q.state.data?.job) ? 1000 : false),
  })
}

/** Every registered job kind and the backend (BullMQ or in process). */
export function useJobKinds() {
  return useQuery({
    queryKey: ["finesse-job-kinds"],
    queryFn: () => sdk.client.fetch<{ job_kinds: JobKind[]; backend: string; count: number }>("/admin/finesse/job-kinds"),
  })
}

function useJobAction(path: (id: string) => string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch<{ job: Job }>(path(id), { method: "POST", body: {} }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["finesse-jobs"] }),
  })
}

/** Queues a failed or cancelled job again. */
export const useRetryJob = () => useJobAction((id) => `/admin/finesse/jobs/${encodeURIComponent(id)}/retry`)
/** Asks an open job to stop. */
export const useCancelJob = () => useJobAction((id) => `/admin/finesse/jobs/${encodeURIComponent(id)}/cancel`)

/** Starts a job of any kind with a JSON payload (validated by the server). */
export function useEnqueueJob() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: { kind: string; payload: Record<string, unknown>; job_id?: string }) =>
      sdk.client.fetch<{ job: Job }>("/admin/finesse/jobs", { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["finesse-jobs"] }),
  })
}
