import { Text } from "@medusajs/ui"
import { DataTable, EmptyNote, SectionCard, formatDate, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useRings, type Ring } from "../hooks/risk"

const columns: Column<Ring>[] = [
  { key: "accounts", header: "Accounts", align: "right", cell: (r) => `${r.accounts} (${r.new_accounts} new)` },
  {
    key: "shared",
    header: "Linked by",
    cell: (r) =>
      [r.shared.device && `${r.shared.device} devices`, r.shared.card && `${r.shared.card} cards`, r.shared.address && `${r.shared.address} addresses`].filter(Boolean).join(", "),
  },
  { key: "orders", header: "Orders", align: "right", cell: (r) => r.order_ids.length },
  { key: "held", header: "Held now", align: "right", cell: (r) => r.held_order_ids.length },
  { key: "span", header: "Active", cell: (r) => `${formatDate(r.first_order_at)} – ${formatDate(r.last_order_at)}` },
]

/** Groups of new accounts linked by shared devices, cards or addresses: rings, including orders placed before the link showed. */
export const RingsTable = () => {
  const list = usePagedList(5)
  const { data, error } = useRings()
  const rows = data?.rings.slice(list.offset, list.offset + list.limit)
  return (
    <SectionCard title="Linked account groups" subtitle="New accounts sharing devices, cards or addresses in the last 90 days (the shape of a fraud ring)" testId="risk-rings">
      <DataTable
        columns={columns}
        rows={rows}
        error={error}
        pager={list.pager(data?.count)}
        rowTestId="risk-ring-row"
        rowKey={(r) => r.customer_ids.join(",")}
        empty={
          <EmptyNote title="No linked groups">
            <Text size="small">No new accounts share a device, card or address. Groups appear here as orders are scored.</Text>
          </EmptyNote>
        }
      />
    </SectionCard>
  )
}
