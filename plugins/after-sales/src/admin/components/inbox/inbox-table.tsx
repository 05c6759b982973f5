import { DataTable, FilterSelect, TitleCell, asOptions, formatDateTime, formatMoney, usePagedList, type Column } from "@finesse/core/admin-kit"
import { Input, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { PriorityBadge, SlaBadge, StatusBadge, words } from "../badges"
import { useAdminUsers, useCases, userName, type CaseItem } from "../../hooks/after-sales"

const PAGE = 20
const STATUS_OPTIONS = [
  { value: "active", label: "Active (to work)" },
  { value: "new", label: "New" },
  { value: "open", label: "Open" },
  { value: "waiting_on_customer", label: "Waiting on customer" },
  { value: "approved", label: "Approved" },
  { value: "refused", label: "Refused" },
  { value: "resolved", label: "Resolved" },
  { value: "closed", label: "Closed" },
  { value: "cancelled", label: "Cancelled" },
]

/** The inbox list: most urgent first (breached, at risk, then by due time), filters, search by RMA or order number. */
export const InboxTable = ({ fixed }: { fixed?: Record<string, string | undefined> }) => {
  const list = usePagedList(PAGE, { status: "active", sort: "urgency" } as Record<string, string | undefined>)
  const { data, isLoading } = useCases({ ...list.query, ...(fixed ?? {}) })
  const users = useAdminUsers().data?.users ?? []
  const names = new Map(users.map((u) => [u.id, userName(u)]))
  const navigate = useNavigate()
  const columns: Column<CaseItem>[] = [
    { key: "case", header: "Case", className: "max-w-[340px] whitespace-normal", cell: (c) => <TitleCell title={c.subject} detail={`${c.rma_number} · ${words(c.kind)}${c.reason ? ` · ${words(c.reason)}` : ""}`} /> },
    { key: "status", header: "Status", cell: (c) => <StatusBadge status={c.status} /> },
    { key: "priority", header: "Priority", cell: (c) => <PriorityBadge priority={c.priority} /> },
    { key: "sla", header: "SLA", cell: (c) => <SlaBadge state={c.sla.state} dueAt={c.sla.due_at} testId="case-sla" /> },
    { key: "due", header: "Due", cell: (c) => (c.sla.due_at ? formatDateTime(c.sla.due_at) : "–") },
    { key: "order", header: "Order", cell: (c) => (c.order_display_id ? <TitleCell title={`#${c.order_display_id}`} detail={c.order_total != null ? formatMoney(c.order_total, c.currency_code) : undefined} /> : "–") },
    { key: "assignee", header: "Assignee", cell: (c) => (c.assignee_id ? names.get(c.assignee_id) ?? c.assignee_id : <Text size="small" className="text-ui-fg-muted">unassigned</Text>) },
    { key: "last", header: "Last message", cell: (c) => (c.last_message_at ? <TitleCell title={formatDateTime(c.last_message_at)} detail={c.last_message_by ?? undefined} /> : "–") },
  ]
  return (
    <>
      <div className="flex flex-wrap items-center gap-2 px-6 py-3" data-testid="inbox-filters">
        <Input size="small" type="search" placeholder="RMA, #order or case number" className="w-[220px]" {...list.search("q")} data-testid="inbox-search" />
        <FilterSelect allLabel="Every status" options={STATUS_OPTIONS} className="w-[190px]" {...list.select("status")} testId="filter-status" />
        <FilterSelect allLabel="Every kind" options={asOptions(["question", "return", "exchange", "claim", "repair"])} className="w-[140px]" {...list.select("kind")} testId="filter-kind" />
        <FilterSelect allLabel="Every priority" options={asOptions(["urgent", "high", "normal", "low"])} className="w-[140px]" {...list.select("priority")} />
        <FilterSelect
          allLabel="Every SLA state"
          options={[
            { value: "breached", label: "Breached" },
            { value: "warning", label: "At risk" },
            { value: "ok", label: "On time" },
            { value: "paused", label: "Waiting on customer" },
          ]}
          className="w-[170px]"
          {...list.select("sla_state")}
          testId="filter-sla"
        />
        <FilterSelect
          allLabel="Anyone's"
          options={[{ value: "me", label: "Mine" }, { value: "unassigned", label: "Unassigned" }, ...users.map((u) => ({ value: u.id, label: userName(u) }))]}
          className="w-[170px]"
          {...list.select("assignee_id")}
        />
        <FilterSelect
          allLabel="Most urgent first"
          options={[
            { value: "newest", label: "Newest first" },
            { value: "oldest", label: "Oldest first" },
            { value: "updated", label: "Recently updated" },
          ]}
          className="w-[170px]"
          value={list.filters.sort === "urgency" ? undefined : list.filters.sort}
          onChange={(v) => list.set({ sort: v ?? "urgency" })}
        />
      </div>
      <DataTable
        columns={columns}
        rows={data?.cases}
        isLoading={isLoading}
        pager={list.pager(data?.count)}
        rowTestId="inbox-row"
        rowProps={(c) => ({ "data-case-id": c.id, "data-sla": c.sla.state ?? "none" })}
        onRowClick={(c) => navigate(`/finesse/after-sales/cases/${c.id}`)}
        empty="No case matches: customers open cases from their account, or agents from a phone call (New case)."
      />
    </>
  )
}
