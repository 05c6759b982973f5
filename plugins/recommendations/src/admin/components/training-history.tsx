import { Button, StatusBadge, Text, Tooltip } from "@medusajs/ui"
import { DataTable, SectionCard, formatDateTime, formatDuration, formatPercent, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useActivateVersion, useVersions, type ModelVersion } from "../hooks/recommendations"

const PAGE = 10
const COLOR = { building: "blue", ready: "green", failed: "red", retired: "grey" } as const

/** NDCG@10 (R-all) of each version as bars: the personal ranker against plain popularity. */
const NdcgChart = ({ versions }: { versions: ModelVersion[] }) => {
  const points = [...versions].filter((v) => v.metrics && !v.metrics.skipped).reverse()
  if (points.length < 1) return null
  const max = Math.max(0.05, ...points.map((v) => v.metrics!.models.for_you.all.ndcg))
  return (
    <div className="flex items-end gap-x-3 px-6 py-4" data-testid="ndcg-chart" aria-label="NDCG@10 per version">
      {points.map((v) => {
        const fy = v.metrics!.models.for_you.all.ndcg
        const pop = v.metrics!.models.popularity.all.ndcg
        return (
          <Tooltip key={v.id} content={`v${v.number}: for you ${fy.toFixed(3)}, popularity ${pop.toFixed(3)}`}>
            <div className="flex flex-col items-center gap-y-1">
              <div className="flex h-24 items-end gap-x-0.5">
                <div className="bg-ui-fg-interactive w-3 rounded-t" style={{ height: `${(96 * fy) / max}px` }} />
                <div className="bg-ui-tag-neutral-icon w-3 rounded-t" style={{ height: `${(96 * pop) / max}px` }} />
              </div>
              <Text size="xsmall" className="text-ui-fg-muted">
                v{v.number}
              </Text>
            </div>
          </Tooltip>
        )
      })}
      <Text size="xsmall" className="text-ui-fg-subtle ml-4">
        NDCG@10 on the last 30 days (blue: for you, grey: popularity)
      </Text>
    </div>
  )
}

/** The for-you ranker's offline metrics of a version, unless its holdout was too small to measure. */
const forYou = (v: ModelVersion) => (v.metrics && !v.metrics.skipped ? v.metrics.models?.for_you : undefined)

/** Every training run: status, when, data, offline metrics; a ready version can be served again (rollback). */
export const TrainingHistory = () => {
  const page = usePagedList(PAGE)
  const { data } = useVersions(page.query)
  const activate = useActivateVersion()
  const columns: Column<ModelVersion>[] = [
    {
      key: "version",
      header: "Version",
      cell: (v) => (
        <div className="flex items-center gap-x-2">
          <Text size="small" weight="plus">
            v{v.number}
          </Text>
          {v.serving && <StatusBadge color="green">serving</StatusBadge>}
        </div>
      ),
    },
    {
      key: "status",
      header: "Status",
      cell: (v) => (
        <>
          <StatusBadge color={COLOR[v.status]}>{v.status}</StatusBadge>
          {v.error && (
            <Tooltip content={v.error}>
              <Text size="xsmall" className="text-ui-fg-error truncate">
                {v.error}
              </Text>
            </Tooltip>
          )}
        </>
      ),
    },
    { key: "trained", header: "Trained", cell: (v) => formatDateTime(v.finished_at ?? v.started_at) },
    { key: "duration", header: "Duration", cell: (v) => formatDuration(v.duration_ms) },
    { key: "hr", header: "HR@10", cell: (v) => (forYou(v) ? formatPercent(forYou(v)!.all.hr) : "–") },
    { key: "recall", header: "Recall@10", cell: (v) => (forYou(v) ? formatPercent(forYou(v)!.all.recall) : "–") },
    {
      key: "ndcg",
      header: "NDCG@10 all / new",
      className: "tabular-nums",
      cell: (v) => {
        const m = forYou(v)
        return m ? `${m.all.ndcg.toFixed(3)} / ${m.new.ndcg.toFixed(3)}` : v.metrics?.skipped ? "too little data" : "–"
      },
    },
    {
      key: "actions",
      header: "Actions",
      align: "right",
      cell: (v) =>
        v.status === "ready" &&
        !v.serving && (
          <Button size="small" variant="secondary" onClick={() => runWithToast(() => activate.mutateAsync(v.id), `Version ${v.number} serves now`)}>
            Serve this version
          </Button>
        ),
    },
  ]
  return (
    <SectionCard testId="training-history" title="Training history" subtitle="Offline evaluation on a time holdout of this store's own orders, kept for every version">
      {data && <NdcgChart versions={data.versions} />}
      <DataTable
        columns={columns}
        rows={data?.versions}
        rowTestId="version-row"
        rowProps={(v) => ({ "data-version": v.number, "data-serving": v.serving })}
        empty="No training run yet: “Train now” above starts one."
        pager={page.pager(data?.count)}
      />
    </SectionCard>
  )
}
