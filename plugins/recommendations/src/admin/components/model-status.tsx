import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useRollback, useStatus, useTrain } from "../hooks/recommendations"
import { JobStateBadge, ProgressBar, formatDateTime, formatDuration, formatNumber, formatPercent, isOpenJob, runWithToast } from "@finesse/core/admin-kit"

/** Which model version serves, what it learned from, its offline score, and the training job with progress. */
export const ModelStatus = () => {
  const { data, isLoading } = useStatus()
  const train = useTrain()
  const rollback = useRollback()
  const status = data?.status
  const v = status?.serving
  const job = status?.training
  const running = isOpenJob(job)
  // a holdout with too few customers has no meaningful figures
  const fy = v?.metrics && !v.metrics.skipped ? v.metrics.models?.for_you : undefined
  return (
    <Container className="divide-y p-0" data-testid="model-status">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Model</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {isLoading ? "Loading…" : v ? `Version ${v.number} serves since ${formatDateTime(v.activated_at)}` : "No model trained yet: widgets show new and trending products"}
          </Text>
        </div>
        <div className="flex gap-x-2">
          <Button
            size="small"
            variant="secondary"
            disabled={!status?.rollback_to || rollback.isPending}
            onClick={() => runWithToast(() => rollback.mutateAsync(undefined as never), `Rolled back to version ${status?.rollback_to?.number}`)}
            data-testid="rollback-button"
          >
            {status?.rollback_to ? `Roll back to v${status.rollback_to.number}` : "Roll back"}
          </Button>
          <Button size="small" disabled={running || train.isPending} isLoading={train.isPending} onClick={() => runWithToast(() => train.mutateAsync({}), "Training queued")} data-testid="train-button">
            Train now
          </Button>
        </div>
      </div>
      {job && (
        <div className="flex flex-col gap-y-1 px-6 py-3" data-testid="training-job" data-state={job.state}>
          <div className="flex items-center gap-x-3">
            <Text size="small" weight="plus" className="w-32">
              Last training
            </Text>
            <JobStateBadge job={{ state: job.state, cancel_requested: false }} />
            <div className="flex-1">
              <ProgressBar value={job.progress} tone={job.state === "failed" ? "error" : job.state === "completed" ? "done" : "default"} />
            </div>
            <Text size="xsmall" className="w-10 text-right tabular-nums">
              {job.progress}%
            </Text>
          </div>
          <Text size="xsmall" className={job.error ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
            {job.error ?? job.message ?? ""} {job.finished_at ? `· finished ${formatDateTime(job.finished_at)}` : ""}
          </Text>
        </div>
      )}
      {v && (
        <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
          <Figure label="Trained on" value={`${formatNumber(v.counts?.orders)} orders · ${formatNumber(v.counts?.customers)} customers`} hint={`${formatNumber(v.counts?.interactions)} views and cart adds`} />
          <Figure label="Products" value={`${formatNumber(v.counts?.products_bought)} bought of ${formatNumber(v.counts?.catalog_products)}`} hint={`${formatNumber(v.counts?.rules)} co-purchase rules`} />
          <Figure
            label="NDCG@10 (R-all / R-new)"
            value={fy ? `${fy.all.ndcg.toFixed(3)} / ${fy.new.ndcg.toFixed(3)}` : v.metrics?.skipped ? "too little data" : "–"}
            hint={v.metrics?.skipped ?? (fy ? `HR@10 ${formatPercent(fy.all.hr)} · popularity ${v.metrics!.models.popularity.all.ndcg.toFixed(3)}` : "")}
          />
          <Figure label="Training time" value={formatDuration(v.duration_ms)} hint={`${formatNumber((v.artefact_bytes ?? 0) / 1024)} KB of models`} />
        </div>
      )}
    </Container>
  )
}

const Figure = ({ label, value, hint }: { label: string; value: string; hint?: string }) => (
  <div className="flex flex-col">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="large" weight="plus" className="tabular-nums">
      {value}
    </Text>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </div>
)
