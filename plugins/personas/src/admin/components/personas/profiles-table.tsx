import { Badge, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useProfiles, type PersonaCard } from "../../hooks/personas"
import { formatDays, formatMoney, formatNumber, formatPercent, TablePager } from "@finesse/core/admin-kit"

const PAGE = 20
const CHURN_COLOR = { low: "green", medium: "orange", high: "red" } as const

/** Every profiled customer, filterable by persona and RFM segment, linking to the customer page. */
export const ProfilesTable = ({
  cards,
  currency,
  personaId,
  onPersona,
  segments,
}: {
  cards: PersonaCard[]
  currency: string | null
  personaId?: string
  onPersona: (id: string | undefined) => void
  segments: string[]
}) => {
  const [rfm, setRfm] = useState<string>("all")
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const { data, isLoading } = useProfiles({
    persona_id: personaId,
    rfm_segment: rfm === "all" ? undefined : rfm,
    q: q || undefined,
    order: "-monetary",
    limit: PAGE,
    offset,
  })
  return (
    <Container className="divide-y p-0" data-testid="profiles-table">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h2">Customers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Profiles by spend; pick a persona card above to filter
          </Text>
        </div>
        <div className="flex flex-wrap gap-2">
          <Input size="small" type="search" placeholder="Search e-mail or name" value={q} onChange={(e) => (setQ(e.target.value), setOffset(0))} />
          <Select size="small" value={personaId ?? "all"} onValueChange={(v) => (onPersona(v === "all" ? undefined : v), setOffset(0))}>
            <Select.Trigger className="w-[180px]">
              <Select.Value placeholder="Persona" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All personas</Select.Item>
              {cards.map((c) => (
                <Select.Item key={c.id} value={c.id}>
                  {c.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Select size="small" value={rfm} onValueChange={(v) => (setRfm(v), setOffset(0))}>
            <Select.Trigger className="w-[170px]">
              <Select.Value placeholder="RFM segment" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All RFM segments</Select.Item>
              {segments.map((s) => (
                <Select.Item key={s} value={s}>
                  {s}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Customer</Table.HeaderCell>
            <Table.HeaderCell>Persona</Table.HeaderCell>
            <Table.HeaderCell>RFM</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Spent</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Last order</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Buy in 90 d</Table.HeaderCell>
            <Table.HeaderCell>Churn risk</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.profiles ?? []).map((p) => (
            <Table.Row key={p.customer_id} data-testid="profile-row">
              <Table.Cell>
                <Link to={`/customers/${p.customer_id}`} className="text-ui-fg-base hover:text-ui-fg-interactive">
                  {[p.first_name, p.last_name].filter(Boolean).join(" ") || p.email || p.customer_id}
                </Link>
              </Table.Cell>
              <Table.Cell>{p.persona_name ?? "–"}</Table.Cell>
              <Table.Cell>{p.rfm_segment ?? "–"}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatNumber(p.order_count)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatMoney(p.monetary, currency)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatDays(p.recency_days)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatPercent(p.p_buy_90d, 0)}</Table.Cell>
              <Table.Cell>
                {p.churn_risk ? (
                  <Badge size="2xsmall" color={CHURN_COLOR[p.churn_risk]}>
                    {p.churn_risk}
                  </Badge>
                ) : (
                  "–"
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {!isLoading && data?.count === 0 && (
        <div className="px-6 py-8 text-center">
          <Text size="small" className="text-ui-fg-subtle">
            No customers match
          </Text>
        </div>
      )}
      <TablePager count={data?.count ?? 0} offset={offset} pageSize={PAGE} onOffset={setOffset} />
    </Container>
  )
}
