import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useMembers } from "../../hooks/segments"
import { formatDateTime, formatMoney, formatNumber, TablePager } from "@finesse/core/admin-kit"

const PAGE = 20

export const MembersTable = ({ segmentId, currency }: { segmentId: string; currency: string | null }) => {
  const [offset, setOffset] = useState(0)
  const { data } = useMembers(segmentId, { limit: PAGE, offset })
  return (
    <Container className="divide-y p-0" data-testid="segment-members">
      <div className="px-6 py-4">
        <Heading level="h2">Members</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Kept current by the segments job and after every order
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Customer</Table.HeaderCell>
            <Table.HeaderCell>Persona</Table.HeaderCell>
            <Table.HeaderCell>RFM</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Spent</Table.HeaderCell>
            <Table.HeaderCell>Member since</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.members ?? []).map((m) => (
            <Table.Row key={m.customer_id}>
              <Table.Cell>
                <Link to={`/customers/${m.customer_id}`} className="hover:text-ui-fg-interactive">
                  {m.email ?? m.customer_id}
                </Link>
              </Table.Cell>
              <Table.Cell>{m.persona_name ?? "–"}</Table.Cell>
              <Table.Cell>{m.rfm_segment ?? "–"}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatNumber(m.order_count ?? 0)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatMoney(m.monetary ?? 0, currency)}</Table.Cell>
              <Table.Cell>{formatDateTime(m.entered_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <TablePager count={data?.count ?? 0} offset={offset} pageSize={PAGE} onOffset={setOffset} />
    </Container>
  )
}
