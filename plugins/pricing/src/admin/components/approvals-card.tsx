import { Button, Text, Tooltip } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { DataTable, EmptyNote, FilterSelect, SectionCard, formatDateTime, formatMoney, formatNumber, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useBatch, useBatchAction, useDecide, useProposals, type Overview, type Proposal } from "../hooks/pricing"
import { BatchStatus, PriceMove, ProposalStatus, Step, Violations, fmtPct } from "./status"

const STATUSES = ["pending", "blocked", "auto_approved", "approved", "rejected", "applied", "stale", "expired", "rolled_back"].map((s) => ({ value: s, label: s.replace(/_/g, " ") }))

const Expected = ({ p }: { p: Proposal }) => {
  const e = p.expected
  if (!e) return <Text size="xsmall">–</Text>
  if (e.marginChange === 0 && e.revenueChange === 0) return <Text size="xsmall" className="text-ui-fg-muted">no recent sales</Text>
  return (
    <div className="flex flex-col">
      <Text size="xsmall">volume {e.volumeChangePct == null ? "unknown" : fmtPct(e.volumeChangePct)}</Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        margin {e.marginChange == null ? "–" : `${e.marginChange >= 0 ? "+" : ""}${formatMoney(e.marginChange, p.currency_code)}`}
        {e.volumeChangePct == null && e.marginChange != null ? " (volume held)" : ""}
      </Text>
    </div>
  )
}

/**
 * The approval queue: the open batch's proposals by status (pending first), each with its strategy, reason,
 * expected effect and, for blocked ones, the guardrails and numbers that stopped it; approve or reject one or all,
 * then apply the batch into the price list.
 */
export const ApprovalsCard = ({ overview }: { overview: Overview | undefined }) => {
  const batchId = overview?.open_batch?.id ?? null
  const { data: batch } = useBatch(batchId)
  const page = usePagedList<{ status?: string }>(10, { status: "pending" })
  const { data, isLoading, error } = useProposals(batchId, page.query)
  const decide = useDecide()
  const act = useBatchAction()
  const killed = !!overview?.kill_switch.enabled
  const columns: Column<Proposal>[] = [
    {
      key: "product",
      header: "Product",
      className: "max-w-[220px]",
      cell: (p) => (
        <Link to={`/products/${p.product_id}`} className="text-ui-fg-interactive txt-small truncate">
          {p.product_title ?? p.product_id}
        </Link>
      ),
    },
    { key: "status", header: "Status", cell: (p) => <ProposalStatus status={p.status} /> },
    { key: "strategy", header: "Strategy", cell: (p) => <Text size="xsmall" className="font-mono">{p.strategy ?? "–"}</Text> },
    { key: "price", header: "Price", className: "whitespace-nowrap", cell: (p) => <PriceMove p={p} /> },
    { key: "step", header: "Step", align: "right", className: "whitespace-nowrap", cell: (p) => <Step pct={Number(p.step_pct)} /> },
    { key: "expected", header: "Expected", className: "whitespace-nowrap", cell: (p) => <Expected p={p} /> },
    {
      key: "why",
      header: "Why",
      className: "whitespace-normal max-w-[380px]",
      cell: (p) => (
        <div className="flex flex-col gap-y-0.5">
          <Text size="xsmall">{p.reason}</Text>
          <Violations p={p} />
        </div>
      ),
    },
    {
      key: "actions",
      header: "",
      align: "right",
      cell: (p) =>
        p.status === "pending" ? (
          <div className="flex justify-end gap-x-1">
            <Button size="small" variant="secondary" data-testid="approve-proposal" onClick={() => runWithToast(() => decide.mutateAsync({ batchId: p.batch_id, decision: "approve", ids: [p.id] }), "Approved")}>
              Approve
            </Button>
            <Button size="small" variant="transparent" onClick={() => runWithToast(() => decide.mutateAsync({ batchId: p.batch_id, decision: "reject", ids: [p.id] }), "Rejected")}>
              Reject
            </Button>
          </div>
        ) : null,
    },
  ]
  if (!batchId) {
    return (
      <SectionCard testId="pricing-approvals" title="Proposals to approve" subtitle="The repricing run's proposals that wait for a person">
        <EmptyNote title="No batch waits for approval">Run repricing (top right) to propose prices from the assigned strategies; proposals within the auto-approve step approve themselves.</EmptyNote>
      </SectionCard>
    )
  }
  const s = batch?.proposals ?? overview?.open_batch?.proposals ?? {}
  const applicable = (s.approved ?? 0) + (s.auto_approved ?? 0)
  return (
    <SectionCard
      testId="pricing-approvals"
      data-batch-id={batchId}
      title={
        <span className="flex items-center gap-x-2">
          Batch #{overview?.open_batch?.number} <BatchStatus status={batch?.status ?? "proposed"} />
        </span>
      }
      subtitle={`Proposed ${formatDateTime(overview?.open_batch?.created_at)}: ${formatNumber(s.pending ?? 0)} pending, ${formatNumber(s.auto_approved ?? 0)} auto-approved, ${formatNumber(s.approved ?? 0)} approved, ${formatNumber(s.blocked ?? 0)} blocked by a guardrail${batch?.needs_approver ? ` · largest step ${batch.max_step_pct} %: applying needs an approver (above ${batch.approver_step_pct} %)` : ""}`}
      actions={
        <>
          <FilterSelect {...page.select("status")} options={STATUSES} allLabel="All proposals" className="w-[170px]" />
          <Button size="small" variant="secondary" disabled={!s.pending} isLoading={decide.isPending} onClick={() => runWithToast(() => decide.mutateAsync({ batchId, decision: "approve" }), "All pending proposals approved")}>
            Approve all pending
          </Button>
          <Tooltip content={killed ? "The kill switch is on" : `Writes ${applicable} price(s) into the Finesse price list`}>
            <Button
              size="small"
              variant="primary"
              data-testid="apply-batch"
              disabled={killed || !applicable}
              isLoading={act.isPending}
              onClick={() => runWithToast(() => act.mutateAsync({ batchId, action: "apply" }), (r: any) => `${r.applied} price(s) applied; the storefront shows them now`)}
            >
              Apply {applicable ? `${applicable} price${applicable === 1 ? "" : "s"}` : ""}
            </Button>
          </Tooltip>
          <Button size="small" variant="transparent" onClick={() => runWithToast(() => act.mutateAsync({ batchId, action: "discard" }), "Batch discarded")}>
            Discard
          </Button>
        </>
      }
    >
      <DataTable
        columns={columns}
        rows={data?.proposals}
        isLoading={isLoading}
        error={error}
        pager={page.pager(data?.count)}
        rowTestId="pricing-proposal-row"
        rowProps={(p) => ({ "data-status": p.status, "data-variant": p.variant_id })}
        empty={`No ${page.filters.status ? page.filters.status.replace(/_/g, " ") : ""} proposals in this batch.`}
      />
    </SectionCard>
  )
}
