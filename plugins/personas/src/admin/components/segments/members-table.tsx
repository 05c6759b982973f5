import { Link } from "react-router-dom"
import { DataTable, SectionCard, formatDateTime, formatMoney, formatNumber, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useMembers, type Member } from "../../hooks/segments"

const PAGE = 20

const columns = (currency: string | null): Column<Member>[] => [
  {
    key: "customer",
    header: "Customer",
    cell: (m) => (
      <Link to={`/customers/${m.customer_id}`} className="hover:text-ui-fg-interactive">
        {m.email ?? m.customer_id}
      </Link>
    ),
  },
  { key: "persona", header: "Persona", cell: (m) => m.persona_name ?? "–" },
  { key: "rfm", header: "RFM", cell: (m) => m.rfm_segment ?? "–" },
  { key: "orders", header: "Orders", align: "right", cell: (m) => formatNumber(m.order_count ?? 0) },
  { key: "spent", header: "Spent", align: "right", cell: (m) => formatMoney(m.monetary ?? 0, currency) },
  { key: "since", header: "Member since", cell: (m) => formatDateTime(m.entered_at) },
]

/** The segment's members now, with their persona, RFM segment and spend. */
export const MembersTable = ({ segmentId, currency }: { segmentId: string; currency: string | null }) => {
  const page = usePagedList(PAGE)
  const { data } = useMembers(segmentId, page.query)
  return (
    <SectionCard testId="segment-members" title="Members" subtitle="Kept current by the segments job and after every order">
      <DataTable
        columns={columns(currency)}
        rows={data?.members}
        rowKey={(m) => m.customer_id}
        empty="No customer matches the rules yet"
        pager={page.pager(data?.count)}
      />
    </SectionCard>
  )
}
