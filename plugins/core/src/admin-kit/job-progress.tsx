import { ArrowPath } from "@medusajs/icons"
import { Button, StatusBadge, Text, clx, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef, useState, type ReactNode } from "react"
import { isOpenJob, jobTone, useJob, type Job, type JobSnapshot, type JobState } from "./jobs"
import { ProgressBar } from "./progress-bar"
import { errorMessage } from "./sdk"

/** The badge colour of each job state. */
export const JOB_STATE_COLOR: Record<JobState, "grey" | "blue" | "orange" | "green" | "red"> = {
  queued: "grey",
  active: "blue",
  retrying: "orange",
  completed: "green",
  failed: "red",
  cancelled: "grey",
}

/** The state of a job as a coloured badge ("cancelling" while a cancel is pending). */
export const JobStateBadge = ({ job }: { job: Pick<JobSnapshot, "state" | "cancel_requested"> }) => (
  <StatusBadge color={JOB_STATE_COLOR[job.state]}>{job.cancel_requested && job.state === "active" ? "cancelling" : job.state}</StatusBadge>
)

/**
 * What a long job shows while it runs: its state badge (unless `badge` is false, e.g. in a table with a state
 * column), the progress bar with its percent, and its last message, or the error once it failed; `note` follows it.
 */
export const JobProgress = ({ job, badge = true, width, note }: { job: JobSnapshot; badge?: boolean; width?: number; note?: ReactNode }) => {
  const failed = job.state === "failed"
  const line = failed && job.error ? job.error : (job.message ?? job.state)
  return (
    <div className="flex min-w-0 flex-col gap-y-1" style={width ? { width } : undefined} data-testid="job-progress">
      <div className="flex items-center gap-x-2">
        {badge && <JobStateBadge job={job} />}
        <ProgressBar value={job.progress} tone={jobTone(job.state)} showValue />
      </div>
      <Text size="xsmall" className={clx("truncate", failed ? "text-ui-fg-error" : "text-ui-fg-subtle")} title={line}>
        {line}
        {note ? <> · {note}</> : null}
      </Text>
    </div>
  )
}

/**
 * A button that starts a job (through the plugin's own route, which answers `{ job }`), then follows it with a
 * progress bar until it ends; on the end it refreshes the given queries and says how it went. An open job passed
 * as `latest` (e.g. from a status route) is followed too, so a reload shows the running job.
 */
export const StartJobButton = ({
  label,
  runningLabel,
  start,
  latest,
  refresh = [],
  done,
  icon = <ArrowPath />,
  variant = "secondary",
  testId,
}: {
  label: ReactNode
  runningLabel?: ReactNode
  start: () => Promise<{ job: Job }>
  latest?: Job | null
  refresh?: unknown[][]
  done?: (job: Job) => string
  icon?: ReactNode
  variant?: "primary" | "secondary"
  testId?: string
}) => {
  const qc = useQueryClient()
  const [jobId, setJobId] = useState<string | null>(null)
  const [starting, setStarting] = useState(false)
  const followed = jobId ?? (isOpenJob(latest) ? latest!.id : null)
  const job = useJob(followed).data?.job
  const open = isOpenJob(job)
  const announced = useRef<string | null>(null)

  useEffect(() => {
    if (!job || open || announced.current === job.id) return
    announced.current = job.id
    for (const key of refresh) qc.invalidateQueries({ queryKey: key })
    if (job.state === "completed") toast.success(done ? done(job) : "Done")
    else if (job.state === "failed") toast.error(`Failed: ${job.error ?? "unknown error"}`)
  }, [job?.id, job?.state])

  const run = async () => {
    setStarting(true)
    try {
      const r = await start()
      announced.current = null
      setJobId(r.job.id)
    } catch (e) {
      toast.error(errorMessage(e))
    } finally {
      setStarting(false)
    }
  }

  return (
    <div className="flex flex-col items-end gap-y-1.5" style={{ minWidth: 260 }} data-testid={testId}>
      <Button size="small" variant={variant} onClick={run} isLoading={starting} disabled={open}>
        {icon}
        {open ? runningLabel ?? label : label}
      </Button>
      {job && open && <JobProgress job={job} width={260} />}
    </div>
  )
}
