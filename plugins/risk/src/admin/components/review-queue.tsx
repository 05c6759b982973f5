import { Text } from "@medusajs/ui"
import { useState } from "react"
import { DataTable, EmptyNote, SectionCard, TitleCell, formatDateTime, formatMoney, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useAssessments, type Assessment } from "../hooks/risk"
import { ReviewDrawer } from "./review-drawer"
import { ScoreBadge } from "./score-badge"

const columns: Column<Assessment>[] = [
  { key: "order", header: "Order", cell: (a) => <TitleCell title={a.order?.display_id ? `#${a.order.display_id}` : "—"} detail={a.order?.email ?? a.customer_id ?? ""} /> },
  { key: "placed", header: "Placed", cell: (a) => formatDateTime(a.placed_at) },
  { key: "amount", header: "Amount", align: "right", cell: (a) => formatMoney(a.amount, a.currency_code) },
  { key: "score", header: "Score", cell: (a) => <ScoreBadge score={a.score} decision={a.decision} /> },
  {
    key: "why",
    header: "Why",
    className: "max-w-[420px] whitespace-normal",
    cell: (a) => (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {a.reasons.slice(0, 2).join(" · ") || "—"}
      </Text>
    ),
  },
]

/**
 * A list of assessments (the review queue: `review_status: pending`; refused checkouts: `refused`), opening each in
 * the review drawer.
 */
export const AssessmentTable = ({ title, subtitle, filter, empty, testId }: { title: string; subtitle: string; filter: Record<string, string>; empty: string; testId: string }) => {
  const list = usePagedList(10)
  const { data, error } = useAssessments({ ...filter, ...list.query })
  const [open, setOpen] = useState<Assessment | null>(null)
  return (
    <SectionCard title={title} subtitle={subtitle} testId={testId}>
      <DataTable
        columns={columns}
        rows={data?.assessments}
        error={error}
        pager={list.pager(data?.count)}
        rowTestId={`${testId}-row`}
        onRowClick={setOpen}
        empty={<EmptyNote title="Nothing here">{empty}</EmptyNote>}
      />
      <ReviewDrawer assessment={open} onClose={() => setOpen(null)} />
    </SectionCard>
  )
}
