import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { DataTable, FilterSelect, SectionCard, formatDateTime, formatNumber, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useBatchAction, useBatchEffect, useBatches, type Batch } from "../hooks/pricing"
import { EffectView } from "./batch-effect"
import { BatchStatus } from "./status"

const STATUSES = ["proposed", "applied", "rolled_back", "discarded", "failed"].map((s) => ({ value: s, label: s.replace(/_/g, " ") }))

/** Every repricing batch: what it proposed, who applied or rolled it back and when, and what its changes did. */
export const BatchesCard = () => {
  const page = usePagedList<{ status?: string }>(8)
  const { data, isLoading, error } = useBatches(page.query)
  const act = useBatchAction()
  const [shown, setShown] = useState<string | null>(null)
  const effect = useBatchEffect(shown)
  const columns: Column<Batch>[] = [
    { key: "number", header: "Batch", cell: (b) => <Text size="small" weight="plus">#{b.number}</Text> },
    { key: "status", header: "Status", cell: (b) => <BatchStatus status={b.status} /> },
    { key: "created", header: "Proposed", cell: (b) => <Text size="xsmall">{formatDateTime(b.created_at)} · {b.trigger}</Text> },
    {
      key: "summary",
      header: "Proposals",
      cell: (b) => {
        const s = b.summary?.byStatus ?? {}
        if (!b.summary) return <Text size="xsmall">–</Text>
        if (b.trigger === "demo") return <Text size="xsmall">{formatNumber(b.summary.total)} prices from the demo history</Text>
        return (
          <Text size="xsmall">
            {formatNumber(b.summary?.targets ?? b.summary?.total ?? 0)} price{(b.summary?.targets ?? b.summary?.total) === 1 ? "" : "s"}: {formatNumber(s.pending ?? 0)} pending, {formatNumber(s.auto_approved ?? 0)} auto, {formatNumber(s.blocked ?? 0)} blocked
          </Text>
        )
      },
    },
    {
      key: "applied",
      header: "Applied",
      cell: (b) =>
        b.applied_at ? (
          <Text size="xsmall">
            {formatNumber(b.applied_count)} changes, {formatDateTime(b.applied_at)}
            {b.rolled_back_at ? ` · rolled back ${formatDateTime(b.rolled_back_at)}` : ""}
          </Text>
        ) : (
          <Text size="xsmall" className="text-ui-fg-muted">
            {b.discarded_by ? `discarded (${b.discarded_by})` : "–"}
          </Text>
        ),
    },
    { key: "step", header: "Largest step applied", align: "right", cell: (b) => `${Number(b.max_step_pct).toFixed(1)} %` },
    {
      key: "actions",
      header: "",
      align: "right",
      cell: (b) => (
        <div className="flex justify-end gap-x-1">
          {(b.status === "applied" || b.status === "rolled_back") && (
            <Button size="small" variant="transparent" onClick={() => setShown(shown === b.id ? null : b.id)}>
              {shown === b.id ? "Hide effect" : "Effect"}
            </Button>
          )}
          {b.status === "applied" && (
            <Button
              size="small"
              variant="secondary"
              data-testid="rollback-batch"
              isLoading={act.isPending && act.variables?.batchId === b.id}
              onClick={() => runWithToast(() => act.mutateAsync({ batchId: b.id, action: "rollback" }), (r: any) => `${r.restored} price(s) restored to what they were`)}
            >
              Roll back
            </Button>
          )}
        </div>
      ),
    },
  ]
  return (
    <SectionCard
      testId="pricing-batches"
      title="Batches"
      subtitle="Each repricing run is a batch: approved and applied together, rolled back together (every price back to exactly what it was)"
      actions={<FilterSelect {...page.select("status")} options={STATUSES} allLabel="All batches" className="w-[170px]" />}
    >
      <DataTable
        columns={columns}
        rows={data?.batches}
        isLoading={isLoading}
        error={error}
        pager={page.pager(data?.count)}
        rowTestId="pricing-batch-row"
        rowProps={(b) => ({ "data-status": b.status, "data-number": b.number })}
        empty="No repricing batch yet. Assign a strategy (Rules tab) and run repricing."
      />
      {shown && <EffectView effect={effect.data} testId="pricing-batch-effect" />}
    </SectionCard>
  )
}
