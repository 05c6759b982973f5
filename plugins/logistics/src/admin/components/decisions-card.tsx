import { Badge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { DataTable, FilterSelect, SectionCard, TitleCell, formatDateTime, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useDecisions, type Decision } from "../hooks/logistics"

const COLUMNS: Column<Decision>[] = [
  { key: "order", header: "Order", cell: (d) => <Link to={`/orders/${d.order_id}`} className="text-ui-fg-interactive">{d.display_id ? `#${d.display_id}` : d.order_id}</Link> },
  {
    key: "from",
    header: "Ships from",
    cell: (d) => <TitleCell title={d.shipments.map((s) => s.location_name).join(" + ") || "—"} detail={`${d.shipments.reduce((a, s) => a + s.units, 0)} unit${d.shipments.reduce((a, s) => a + s.units, 0) === 1 ? "" : "s"}`} />,
  },
  {
    key: "status",
    header: "",
    cell: (d) => (
      <div className="flex gap-x-1">
        {d.split && <Badge size="2xsmall" color="orange">split</Badge>}
        {d.status !== "routed" && <Badge size="2xsmall" color={d.status === "override" ? "blue" : "red"}>{d.status}</Badge>}
        {d.source === "reroute" && <Badge size="2xsmall" color="purple">re-routed</Badge>}
      </div>
    ),
  },
  { key: "why", header: "Why", className: "whitespace-normal max-w-[520px]", cell: (d) => <Text size="xsmall">{d.summary}</Text> },
  { key: "at", header: "Decided", cell: (d) => formatDateTime(d.created_at) },
]

/** The latest routing decisions with their reasons; filters for splits, overrides and re-routes. */
export const DecisionsCard = () => {
  const list = usePagedList<{ split?: string; status?: string; source?: string }>(15)
  const { data, error } = useDecisions(list.query)
  return (
    <SectionCard
      testId="routing-decisions"
      title="Routing decisions"
      subtitle="Where each order ships from and why, newest first"
      actions={
        <>
          <FilterSelect {...list.select("split")} allLabel="All orders" options={[{ value: "true", label: "Split only" }, { value: "false", label: "Single shipment" }]} className="w-[160px]" />
          <FilterSelect {...list.select("source")} allLabel="Any source" options={[{ value: "placement", label: "At placement" }, { value: "override", label: "Overridden" }, { value: "reroute", label: "Re-routed" }, { value: "demo", label: "Demo history" }]} className="w-[160px]" />
        </>
      }
    >
      <DataTable columns={COLUMNS} rows={data?.decisions} error={error} pager={list.pager(data?.count)} rowTestId="decision-row" empty="No routing decisions yet: they appear as orders are placed." />
    </SectionCard>
  )
}
