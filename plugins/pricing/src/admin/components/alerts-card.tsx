import { Button, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { DataTable, FilterSelect, SectionCard, StartJobButton, formatDateTime, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { startAlerts, useAcknowledge, useAlerts, type Alert } from "../hooks/pricing"
import { Severity } from "./status"

const CODES = [
  { value: "price_war", label: "Price wars" },
  { value: "undercut", label: "Undercuts" },
  { value: "competitor_out_of_stock", label: "Competitor out of stock" },
]
const TITLE: Record<string, string> = { price_war: "Price war", undercut: "Undercut", competitor_out_of_stock: "Competitor out of stock" }

/** Open alerts (critical first): price wars, undercuts and competitors out of stock, as the alert job raised them. */
export const AlertsCard = () => {
  const page = usePagedList<{ code?: string }>(8)
  const { data, isLoading, error } = useAlerts(page.query)
  const ack = useAcknowledge()
  const columns: Column<Alert>[] = [
    { key: "severity", header: "", cell: (a) => <Severity severity={a.severity} /> },
    { key: "what", header: "Alert", cell: (a) => <Text size="small" weight="plus">{TITLE[a.code] ?? a.code}</Text> },
    {
      key: "product",
      header: "Product",
      cell: (a) => (
        <Link to={`/products/${a.product_id}`} className="text-ui-fg-interactive txt-small">
          {a.product_title ?? a.product_id}
        </Link>
      ),
    },
    { key: "message", header: "What happened", className: "whitespace-normal max-w-[520px]", cell: (a) => <Text size="small">{a.message}</Text> },
    { key: "raised", header: "Raised", cell: (a) => <Text size="xsmall">{formatDateTime(a.raised_at)}</Text> },
    {
      key: "actions",
      header: "",
      align: "right",
      cell: (a) =>
        a.status === "open" ? (
          <Button size="small" variant="transparent" onClick={() => runWithToast(() => ack.mutateAsync(a.id), "Acknowledged")}>
            Acknowledge
          </Button>
        ) : (
          <Text size="xsmall" className="text-ui-fg-muted">
            {a.status}
          </Text>
        ),
    },
  ]
  return (
    <SectionCard
      testId="pricing-alerts"
      title="Alerts"
      subtitle="Competitors undercutting us, price wars (three or more alternating undercuts within 14 days) and competitors out of stock; new ones also go to the notification feed"
      actions={
        <>
          <FilterSelect {...page.select("code")} options={CODES} allLabel="All alerts" className="w-[200px]" />
          <StartJobButton label="Check now" start={startAlerts} refresh={[["pricing"]]} done={(j) => `${(j.result as any)?.new_alerts ?? 0} new alert(s)`} />
        </>
      }
    >
      <DataTable
        columns={columns}
        rows={data?.alerts}
        isLoading={isLoading}
        error={error}
        pager={page.pager(data?.count)}
        rowTestId="pricing-alert-row"
        rowProps={(a) => ({ "data-code": a.code, "data-severity": a.severity })}
        empty="No open alerts. Alerts appear once competitor prices are observed (admin API, CSV import or a fetcher) and one undercuts us, goes out of stock or starts a price war."
      />
    </SectionCard>
  )
}
