import { Badge, Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { PersonasNav } from "../../../../components/personas-nav"
import { useSegments } from "../../../../hooks/segments"
import { formatDateTime, formatNumber, TablePager } from "@finesse/core/admin-kit"

const PAGE = 20

/** Segments: rule-based groups of customers, each optionally mirrored into a Medusa customer group. */
const SegmentsPage = () => {
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const { data, isLoading } = useSegments({ q: q || undefined, limit: PAGE, offset })
  const navigate = useNavigate()
  return (
    <div className="flex flex-col gap-y-3" data-testid="segments-page">
      <Container className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-2">
          <div>
            <Heading level="h1">Segments</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Rules over profiles, traits and survey answers; synced segments become customer groups that promotions and price lists can target
            </Text>
          </div>
          <PersonasNav />
        </div>
        <Button size="small" onClick={() => navigate("/finesse/personas/segments/new")} data-testid="segment-create">
          Create segment
        </Button>
      </Container>
      <Container className="divide-y p-0">
        <div className="flex justify-end px-6 py-3">
          <Input size="small" type="search" placeholder="Search segments" value={q} onChange={(e) => (setQ(e.target.value), setOffset(0))} />
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Segment</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Members</Table.HeaderCell>
              <Table.HeaderCell>Customer group</Table.HeaderCell>
              <Table.HeaderCell>Evaluated</Table.HeaderCell>
              <Table.HeaderCell>Last sync</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.segments ?? []).map((s) => (
              <Table.Row key={s.id} className="cursor-pointer" onClick={() => navigate(`/finesse/personas/segments/${s.id}`)} data-testid="segment-row">
                <Table.Cell>
                  <Link to={`/finesse/personas/segments/${s.id}`} className="text-ui-fg-base hover:text-ui-fg-interactive">
                    {s.name}
                  </Link>
                  {s.score && (
                    <Badge size="2xsmall" color="purple" className="ml-2">
                      thresholds
                    </Badge>
                  )}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{s.evaluated_at ? formatNumber(s.member_count) : "…"}</Table.Cell>
                <Table.Cell>
                  {s.sync_enabled ? (
                    <Badge size="2xsmall" color={s.customer_group_id ? "green" : "orange"}>
                      {s.customer_group_id ? (s.customer_group_name ?? "synced") : "not synced yet"}
                    </Badge>
                  ) : (
                    <Text size="small" className="text-ui-fg-muted">
                      –
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>{formatDateTime(s.evaluated_at)}</Table.Cell>
                <Table.Cell>{formatDateTime(s.synced_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {!isLoading && data?.count === 0 && (
          <div className="flex flex-col items-center gap-y-1 px-6 py-10 text-center">
            <Text size="small" weight="plus">
              No segments yet
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              Create one from persona, RFM segment, predicted value, churn risk, computed traits or survey answers.
            </Text>
          </div>
        )}
        <TablePager count={data?.count ?? 0} offset={offset} pageSize={PAGE} onOffset={setOffset} />
      </Container>
    </div>
  )
}

export default SegmentsPage
