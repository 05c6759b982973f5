import { Badge, Input } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { DataTable, FilterSelect, SectionCard, asOptions, formatDays, formatMoney, formatNumber, formatPercent, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useProfiles, type PersonaCard, type Profile } from "../../hooks/personas"

const PAGE = 20
const CHURN_COLOR = { low: "green", medium: "orange", high: "red" } as const

/** A customer's name, else e-mail, linking to the customer page. */
const customerName = (p: Pick<Profile, "customer_id" | "first_name" | "last_name" | "email">) =>
  [p.first_name, p.last_name].filter(Boolean).join(" ") || p.email || p.customer_id

const columns = (currency: string | null): Column<Profile>[] => [
  {
    key: "customer",
    header: "Customer",
    cell: (p) => (
      <Link to={`/customers/${p.customer_id}`} className="text-ui-fg-base hover:text-ui-fg-interactive">
        {customerName(p)}
      </Link>
    ),
  },
  { key: "persona", header: "Persona", cell: (p) => p.persona_name ?? "–" },
  { key: "rfm", header: "RFM", cell: (p) => p.rfm_segment ?? "–" },
  { key: "orders", header: "Orders", align: "right", cell: (p) => formatNumber(p.order_count) },
  { key: "spent", header: "Spent", align: "right", cell: (p) => formatMoney(p.monetary, currency) },
  { key: "last", header: "Last order", align: "right", cell: (p) => formatDays(p.recency_days) },
  { key: "buy", header: "Buy in 90 d", align: "right", cell: (p) => formatPercent(p.p_buy_90d, 0) },
  {
    key: "churn",
    header: "Churn risk",
    cell: (p) =>
      p.churn_risk ? (
        <Badge size="2xsmall" color={CHURN_COLOR[p.churn_risk]}>
          {p.churn_risk}
        </Badge>
      ) : (
        "–"
      ),
  },
]

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
  const list = usePagedList<{ rfm_segment?: string; q?: string }>(PAGE)
  const { data } = useProfiles({ ...list.query, persona_id: personaId, order: "-monetary" })
  return (
    <SectionCard
      testId="profiles-table"
      title="Customers"
      subtitle="Profiles by spend; pick a persona card above to filter"
      actions={
        <>
          <Input size="small" type="search" placeholder="Search e-mail or name" {...list.search("q")} />
          {/* the persona filter is the page's: a persona card selects it too */}
          <FilterSelect
            ariaLabel="Persona"
            allLabel="All personas"
            value={personaId}
            onChange={(v) => (onPersona(v), list.reset())}
            options={cards.map((c) => ({ value: c.id, label: c.name }))}
            className="w-[180px]"
          />
          <FilterSelect ariaLabel="RFM segment" allLabel="All RFM segments" {...list.select("rfm_segment")} options={asOptions(segments)} className="w-[170px]" />
        </>
      }
    >
      <DataTable
        columns={columns(currency)}
        rows={data?.profiles}
        rowKey={(p) => p.customer_id}
        rowTestId="profile-row"
        empty="No customers match"
        pager={list.pager(data?.count)}
      />
    </SectionCard>
  )
}
