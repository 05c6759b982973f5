import { ArrowPath } from "@medusajs/icons"
import { Button, Text, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef, useState } from "react"
import { useJob, useRecompute, type Job } from "../../hooks/personas"
import { errorMessage } from "../../lib/sdk"
import { ProgressBar } from "../chart-card"

const OPEN = ["queued", "active", "retrying"]

/**
 * "Recompute": starts the personas.recompute job (or follows the one already running) and shows its progress until
 * it finishes; the page's data refreshes then.
 */
export const RecomputeButton = ({ latest }: { latest: Job | null }) => {
  const recompute = useRecompute()
  const qc = useQueryClient()
  const [jobId, setJobId] = useState<string | null>(null)
  const followed = jobId ?? (latest && OPEN.includes(latest.state) ? latest.id : null)
  const { data } = useJob(followed)
  const job = data?.job
  const open = !!job && OPEN.includes(job.state)
  const announced = useRef<string | null>(null)

  useEffect(() => {
    if (!job || OPEN.includes(job.state) || announced.current === job.id) return
    announced.current = job.id
    qc.invalidateQueries({ queryKey: ["personas-overview"] })
    qc.invalidateQueries({ queryKey: ["personas-profiles"] })
    if (job.state === "completed") toast.success(job.result?.version ? `Personas recomputed (model v${job.result.version})` : "Nothing to recompute yet")
    else if (job.state === "failed") toast.error(`Recompute failed: ${job.error ?? "unknown error"}`)
  }, [job?.id, job?.state])

  const start = async () => {
    try {
      const r = await recompute.mutateAsync()
      setJobId(r.job.id)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  return (
    <div className="flex min-w-[260px] flex-col items-end gap-y-1.5" data-testid="recompute">
      <Button size="small" variant="secondary" onClick={start} isLoading={recompute.isPending} disabled={open}>
        <ArrowPath />
        {open ? "Recomputing…" : "Recompute"}
      </Button>
      {job && open && (
        <div className="flex w-[260px] flex-col gap-y-1" data-testid="recompute-progress">
          <ProgressBar value={job.progress} />
          <Text size="xsmall" className="text-ui-fg-subtle truncate">
            {Math.round(job.progress)}% · {job.message ?? job.state}
          </Text>
        </div>
      )}
    </div>
  )
}
