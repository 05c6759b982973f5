import { SectionCard, DataTable, formatDateTime, formatNumber, type Column } from "@finesse/core/admin-kit"
import { Badge } from "@medusajs/ui"
import { useWorkload } from "../../hooks/after-sales"

type Row = { agent_id: string | null; agent_name: string; active: number; waiting_on_customer: number; breached: number; warning: number; load: number; next_due_at: string | null; by_priority: Record<string, number> }

/** Active cases per agent with SLA pressure: who is overloaded, who is free, what waits unassigned. */
export const WorkloadCard = () => {
  const { data } = useWorkload()
  const rows = (data?.workload as Row[] | undefined)?.filter((w) => w.active > 0 || w.agent_id !== null)
  const columns: Column<Row>[] = [
    { key: "agent", header: "Agent", cell: (r) => r.agent_name },
    { key: "active", header: "Active", align: "right", cell: (r) => formatNumber(r.active) },
    { key: "urgent", header: "Urgent / high", align: "right", cell: (r) => `${r.by_priority.urgent ?? 0} / ${r.by_priority.high ?? 0}` },
    { key: "waiting", header: "Waiting on customer", align: "right", cell: (r) => formatNumber(r.waiting_on_customer) },
    {
      key: "sla",
      header: "SLA",
      cell: (r) => (
        <div className="flex gap-1">
          {r.breached > 0 && <Badge size="2xsmall" color="red">{r.breached} breached</Badge>}
          {r.warning > 0 && <Badge size="2xsmall" color="orange">{r.warning} at risk</Badge>}
          {!r.breached && !r.warning && <span className="text-ui-fg-muted txt-small">on time</span>}
        </div>
      ),
    },
    { key: "load", header: "Load", align: "right", cell: (r) => formatNumber(r.load, 1) },
    { key: "due", header: "Next due", cell: (r) => (r.next_due_at ? formatDateTime(r.next_due_at) : "–") },
  ]
  return (
    <SectionCard title="Agent workload" subtitle="Active cases per agent; load weighs urgent cases 4, high 2, normal 1, low ½, and halves cases waiting on the customer" testId="after-sales-workload">
      <DataTable columns={columns} rows={rows} rowKey={(r) => r.agent_id ?? "unassigned"} rowTestId="workload-row" empty="No active cases: nobody has work waiting." />
    </SectionCard>
  )
}
