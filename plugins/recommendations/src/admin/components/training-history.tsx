import { Button, Container, Heading, StatusBadge, Table, Text, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import { useActivateVersion, useVersions, type ModelVersion } from "../hooks/recommendations"
import { formatDateTime, formatDuration, formatPercent, runWithToast, TablePager } from "@finesse/core/admin-kit"

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

/** Every training run: status, when, data, offline metrics; a ready version can be served again (rollback). */
export const TrainingHistory = () => {
  const [page, setPage] = useState(0)
  const { data } = useVersions({ limit: PAGE, offset: page * PAGE })
  const activate = useActivateVersion()
  return (
    <Container className="divide-y p-0" data-testid="training-history">
      <div className="px-6 py-4">
        <Heading level="h2">Training history</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Offline evaluation on a time holdout of this store's own orders, kept for every version
        </Text>
      </div>
      {data && <NdcgChart versions={data.versions} />}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Version</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Trained</Table.HeaderCell>
            <Table.HeaderCell>Duration</Table.HeaderCell>
            <Table.HeaderCell>HR@10</Table.HeaderCell>
            <Table.HeaderCell>Recall@10</Table.HeaderCell>
            <Table.HeaderCell>NDCG@10 all / new</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Actions</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data?.versions.map((v) => {
            const m = v.metrics && !v.metrics.skipped ? v.metrics.models?.for_you : undefined
            return (
              <Table.Row key={v.id} data-testid="version-row" data-version={v.number} data-serving={v.serving}>
                <Table.Cell>
                  <Text size="small" weight="plus">
                    v{v.number} {v.serving && <StatusBadge color="green">serving</StatusBadge>}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={COLOR[v.status]}>{v.status}</StatusBadge>
                  {v.error && (
                    <Tooltip content={v.error}>
                      <Text size="xsmall" className="text-ui-fg-error truncate">
                        {v.error}
                      </Text>
                    </Tooltip>
                  )}
                </Table.Cell>
                <Table.Cell>{formatDateTime(v.finished_at ?? v.started_at)}</Table.Cell>
                <Table.Cell>{formatDuration(v.duration_ms)}</Table.Cell>
                <Table.Cell>{m ? formatPercent(m.all.hr) : "–"}</Table.Cell>
                <Table.Cell>{m ? formatPercent(m.all.recall) : "–"}</Table.Cell>
                <Table.Cell className="tabular-nums">{m ? `${m.all.ndcg.toFixed(3)} / ${m.new.ndcg.toFixed(3)}` : (v.metrics?.skipped ? "too little data" : "–")}</Table.Cell>
                <Table.Cell className="text-right">
                  {v.status === "ready" && !v.serving && (
                    <Button
                      size="small"
                      variant="secondary"
                      onClick={() => runWithToast(() => activate.mutateAsync(v.id), `Version ${v.number} serves now`)}
                    >
                      Serve this version
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      <TablePager count={data?.count ?? 0} offset={page * PAGE} pageSize={PAGE} onOffset={(o) => setPage(Math.floor(o / PAGE))} />
    </Container>
  )
}
