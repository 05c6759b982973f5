import { Button, Text } from "@medusajs/ui"
import { JobProgress, SectionCard, Stat, StatGrid, formatDateTime, formatDuration, formatNumber, formatPercent, isOpenJob, runWithToast } from "@finesse/core/admin-kit"
import { useRollback, useStatus, useTrain } from "../hooks/recommendations"

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
    <SectionCard
      testId="model-status"
      title="Model"
      subtitle={isLoading ? "Loading…" : v ? `Version ${v.number} serves since ${formatDateTime(v.activated_at)}` : "No model trained yet: widgets show new and trending products"}
      actions={
        <>
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
        </>
      }
    >
      {job && (
        <div className="flex items-start gap-x-3 px-6 py-3" data-testid="training-job" data-state={job.state}>
          <Text size="small" weight="plus" className="w-32 shrink-0">
            Last training
          </Text>
          <div className="min-w-0 flex-1">
            <JobProgress job={job} note={job.finished_at ? `finished ${formatDateTime(job.finished_at)}` : undefined} />
          </div>
        </div>
      )}
      {v && (
        <StatGrid inset>
          <Stat label="Trained on" value={`${formatNumber(v.counts?.orders)} orders · ${formatNumber(v.counts?.customers)} customers`} hint={`${formatNumber(v.counts?.interactions)} views and cart adds`} />
          <Stat label="Products" value={`${formatNumber(v.counts?.products_bought)} bought of ${formatNumber(v.counts?.catalog_products)}`} hint={`${formatNumber(v.counts?.rules)} co-purchase rules`} />
          <Stat
            label="NDCG@10 (R-all / R-new)"
            value={fy ? `${fy.all.ndcg.toFixed(3)} / ${fy.new.ndcg.toFixed(3)}` : v.metrics?.skipped ? "too little data" : "–"}
            hint={v.metrics?.skipped ?? (fy ? `HR@10 ${formatPercent(fy.all.hr)} · popularity ${v.metrics!.models.popularity.all.ndcg.toFixed(3)}` : "")}
          />
          <Stat label="Training time" value={formatDuration(v.duration_ms)} hint={`${formatNumber((v.artefact_bytes ?? 0) / 1024)} KB of models`} />
        </StatGrid>
      )}
    </SectionCard>
  )
}
