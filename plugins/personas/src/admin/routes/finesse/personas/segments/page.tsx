import { Badge, Button, Input, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { DataTable, EmptyNote, formatDateTime, formatNumber, usePagedList, type Column } from "@finesse/core/admin-kit"
import { PersonasHeader } from "../../../../components/personas-header"
import { useSegments, type Segment } from "../../../../hooks/segments"

const PAGE = 20

const COLUMNS: Column<Segment>[] = [
  {
    key: "segment",
    header: "Segment",
    cell: (s) => (
      <>
        <Link to={`/finesse/personas/segments/${s.id}`} className="text-ui-fg-base hover:text-ui-fg-interactive">
          {s.name}
        </Link>
        {s.score && (
          <Badge size="2xsmall" color="purple" className="ml-2">
            thresholds
          </Badge>
        )}
      </>
    ),
  },
  { key: "members", header: "Members", align: "right", cell: (s) => (s.evaluated_at ? formatNumber(s.member_count) : "…") },
  {
    key: "group",
    header: "Customer group",
    cell: (s) =>
      s.sync_enabled ? (
        <Badge size="2xsmall" color={s.customer_group_id ? "green" : "orange"}>
          {s.customer_group_id ? (s.customer_group_name ?? "synced") : "not synced yet"}
        </Badge>
      ) : (
        <Text size="small" className="text-ui-fg-muted">
          –
        </Text>
      ),
  },
  { key: "evaluated", header: "Evaluated", cell: (s) => formatDateTime(s.evaluated_at) },
  { key: "synced", header: "Last sync", cell: (s) => formatDateTime(s.synced_at) },
]

/** Segments: rule-based groups of customers, each optionally mirrored into a Medusa customer group. */
const SegmentsPage = () => {
  const list = usePagedList<{ q?: string }>(PAGE)
  const { data } = useSegments(list.query)
  const navigate = useNavigate()
  return (
    <div className="flex flex-col gap-y-3" data-testid="segments-page">
      <PersonasHeader
        title="Segments"
        subtitle="Rules over profiles, traits and survey answers; synced segments become customer groups that promotions and price lists can target"
        actions={
          <>
            <Input size="small" type="search" placeholder="Search segments" {...list.search("q")} />
            <Button size="small" onClick={() => navigate("/finesse/personas/segments/new")} data-testid="segment-create">
              Create segment
            </Button>
          </>
        }
      >
        <DataTable
          columns={COLUMNS}
          rows={data?.segments}
          rowTestId="segment-row"
          onRowClick={(s) => navigate(`/finesse/personas/segments/${s.id}`)}
          pager={list.pager(data?.count)}
          empty={
            <EmptyNote title={list.filters.q ? "No segments match" : "No segments yet"}>
              Create one from persona, RFM segment, predicted value, churn risk, computed traits or survey answers.
            </EmptyNote>
          }
        />
      </PersonasHeader>
    </div>
  )
}

export default SegmentsPage
