import { Text } from "@medusajs/ui"
import { DataTable, EmptyNote, FilterSelect, TitleCell, formatDate, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useNavigate } from "react-router-dom"
import { VerdictBadge, withInterval } from "../../../../components/labels"
import { PromotionsHeader } from "../../../../components/promotions-header"
import { useEvaluations, type Evaluation } from "../../../../hooks/promotions"

const DESIGN: Record<string, string> = { holdout: "holdout", matched_customer_group: "matched control (group)", matched_region: "matched control (region)", none: "–" }

const COLUMNS: Column<Evaluation>[] = [
  { key: "promotion", header: "Promotion", cell: (e) => <TitleCell title={e.code} detail={`${DESIGN[e.design] ?? e.design} · as of ${formatDate(e.as_of)}`} /> },
  { key: "verdict", header: "Verdict", cell: (e) => <VerdictBadge evaluation={e} /> },
  {
    key: "net",
    header: "Net incremental margin (95 % interval)",
    align: "right",
    cell: (e) => (e.status === "ready" ? <span data-testid="report-row-net">{withInterval(e.net_effect, e.net_effect_low, e.net_effect_high, e.currency_code)}</span> : "–"),
  },
  { key: "note", header: "Note", className: "whitespace-normal max-w-[360px]", cell: (e) => <Text size="xsmall" className="text-ui-fg-subtle">{e.message ?? ""}</Text> },
]

/** Every promotion's latest evaluation: did it pay off against its holdout (or matched control)? */
const ReportsPage = () => {
  const navigate = useNavigate()
  const list = usePagedList<{ verdict?: string }>(20)
  const { data, error, isFetching } = useEvaluations(list.query)
  return (
    <div className="flex flex-col gap-y-3" data-testid="promotion-reports-page">
      <PromotionsHeader
        title="Promotion reports"
        subtitle="Incremental orders, GMV and margin against the holdout or a matched control, with pull-forward, cannibalisation and retention; made nightly from core's order facts"
        busy={isFetching}
        actions={
          <FilterSelect
            {...list.select("verdict")}
            allLabel="All verdicts"
            options={[
              { value: "paid_off", label: "Paid off" },
              { value: "lost_margin", label: "Lost margin" },
              { value: "inconclusive", label: "Inconclusive" },
            ]}
            className="w-[180px]"
          />
        }
      >
        <DataTable
          columns={COLUMNS}
          rows={data?.evaluations}
          error={error}
          rowTestId="report-row"
          rowProps={(e) => ({ "data-code": e.code, "data-verdict": e.verdict ?? e.status })}
          onRowClick={(e) => navigate(`/finesse/promotions/${e.promotion_id}`)}
          pager={list.pager(data?.count)}
          empty={<EmptyNote title="No report yet">A promotion is evaluated once it has started: nightly, or with "Evaluate now" on its page. Launch with a holdout for a report that can be trusted.</EmptyNote>}
        />
      </PromotionsHeader>
    </div>
  )
}

export default ReportsPage
