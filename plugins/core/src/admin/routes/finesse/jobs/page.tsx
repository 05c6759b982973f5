import { defineRouteConfig } from "@medusajs/admin-sdk"
import { QueueList } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useMemo } from "react"
import {
  DataTable,
  EmptyNote,
  FilterSelect,
  JOB_STATE_COLOR,
  JobProgress,
  JobStateBadge,
  PageHeader,
  RunJobDrawer,
  TitleCell,
  asOptions,
  formatDateTime,
  formatDuration,
  runWithToast,
  useCancelJob,
  useJobKinds,
  useJobs,
  usePagedList,
  useRetryJob,
  type Column,
  type Job,
} from "../../../../admin-kit"

const PAGE_SIZE = 20
const STATE_OPTIONS = asOptions(Object.keys(JOB_STATE_COLOR))

function duration(job: Job, now: number) {
  if (!job.started_at) return null
  const end = job.finished_at ? new Date(job.finished_at).getTime() : job.state === "active" ? now : null
  return end == null ? null : end - new Date(job.started_at).getTime()
}

/** Background work of every Finesse plugin: filter by kind and state, follow progress, retry or cancel, run one by hand. */
const JobsPage = () => {
  const list = usePagedList<{ kind?: string; state?: string }>(PAGE_SIZE)
  const { data, error } = useJobs(list.query)
  const kinds = useJobKinds()
  const retry = useRetryJob()
  const cancel = useCancelJob()
  const now = useMemo(() => Date.now(), [data])
  const kindOptions = asOptions(kinds.data?.job_kinds.map((k) => k.kind) ?? [])

  const columns: Column<Job>[] = [
    {
      key: "job",
      header: "Job",
      cell: (job) => <TitleCell title={job.kind} detail={job.id} mono />,
    },
    { key: "state", header: "State", cell: (job) => <JobStateBadge job={job} /> },
    { key: "progress", header: "Progress", className: "w-[280px] max-w-[280px]", cell: (job) => <JobProgress job={job} badge={false} /> },
    { key: "attempts", header: "Attempts", cell: (job) => `${job.attempts}/${job.max_attempts}` },
    { key: "started", header: "Started", cell: (job) => formatDateTime(job.started_at) },
    { key: "duration", header: "Duration", cell: (job) => formatDuration(duration(job, now)) },
    {
      key: "actions",
      header: "Actions",
      align: "right",
      cell: (job) => (
        <>
          {(job.state === "failed" || job.state === "cancelled") && (
            <Button size="small" variant="secondary" onClick={() => runWithToast(() => retry.mutateAsync(job.id), "Job queued again")}>
              Retry
            </Button>
          )}
          {(job.state === "queued" || job.state === "retrying" || job.state === "active") && !job.cancel_requested && (
            <Button size="small" variant="transparent" onClick={() => runWithToast(() => cancel.mutateAsync(job.id), "Job cancelled")}>
              Cancel
            </Button>
          )}
        </>
      ),
    },
  ]

  return (
    <PageHeader
      title="Jobs"
      subtitle={`Background work of the Finesse plugins${kinds.data ? ` · ${kinds.data.backend === "bullmq" ? "BullMQ on Redis" : "in process (no Redis)"}` : ""}`}
      actions={
        <>
          <FilterSelect ariaLabel="Kind" allLabel="All kinds" {...list.select("kind")} options={kindOptions} className="w-[220px]" />
          <FilterSelect ariaLabel="State" allLabel="All states" {...list.select("state")} options={STATE_OPTIONS} className="w-[150px]" />
          <RunJobDrawer />
        </>
      }
    >
      <DataTable
        columns={columns}
        error={error}
        rows={data?.jobs}
        rowTestId="job-row"
        rowProps={(job) => ({ "data-job-id": job.id, "data-state": job.state })}
        pager={list.pager(data?.count)}
        empty={
          <EmptyNote title={`No jobs ${list.filters.state || list.filters.kind ? "match these filters" : "yet"}`}>
            Jobs appear here when a plugin starts background work: backfills, model training, imports, scheduled rollups.
            Use “Run a job” to start one by hand.
          </EmptyNote>
        }
      />
    </PageHeader>
  )
}

export const config = defineRouteConfig({
  label: "Jobs",
  icon: QueueList,
})

export default JobsPage
