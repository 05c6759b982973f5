import { Badge, Container, Heading, Text, Tooltip, clx } from "@medusajs/ui"
import { Stat, StatGrid, formatMoney, formatNumber, formatPercent } from "@finesse/core/admin-kit"
import type { PersonaCard } from "../../hooks/personas"

export const PERSONA_COLOURS = [
  "var(--tag-blue-icon)",
  "var(--tag-purple-icon)",
  "var(--tag-green-icon)",
  "var(--tag-orange-icon)",
  "var(--tag-red-icon)",
  "var(--fg-interactive)",
  "var(--tag-neutral-icon)",
  "var(--fg-muted)",
]

const FEATURE_LABEL: Record<string, string> = {
  recency_days: "days since last order",
  orders: "orders",
  monetary: "spend",
  avg_order_value: "order value",
  tenure_days: "tenure",
  mean_gap_days: "gap between orders",
  items_per_order: "items per order",
  discounted_share: "discounted orders",
  avg_discount_rate: "discount depth",
}

/** One card per persona: generated name and description, size, key figures and what makes it stand out. */
export const PersonaCards = ({
  cards,
  currency,
  selected,
  onSelect,
}: {
  cards: PersonaCard[]
  currency: string | null
  selected?: string
  onSelect?: (id: string | undefined) => void
}) => (
  <div className="grid grid-cols-1 gap-3 md:grid-cols-2 2xl:grid-cols-4" data-testid="persona-cards">
    {cards.map((c, i) => (
      <Container
        key={c.id}
        role="button"
        tabIndex={0}
        onClick={() => onSelect?.(selected === c.id ? undefined : c.id)}
        onKeyDown={(e) => e.key === "Enter" && onSelect?.(selected === c.id ? undefined : c.id)}
        className={clx("flex cursor-pointer flex-col gap-y-3 px-5 py-4 transition-shadow", selected === c.id && "shadow-borders-interactive-with-focus")}
        data-testid="persona-card"
        data-persona-id={c.id}
      >
        <div className="flex items-start justify-between gap-x-2">
          <div className="flex items-center gap-x-2">
            <span className="inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: PERSONA_COLOURS[i % PERSONA_COLOURS.length] }} />
            <Heading level="h3">{c.name}</Heading>
          </div>
          <Tooltip content={`${c.id}${c.drift != null ? ` · centre moved ${c.drift.toFixed(2)} sd since the last run` : " · new this run"}`}>
            <Badge size="2xsmall" color="grey">
              {formatPercent(c.share, 0)}
            </Badge>
          </Tooltip>
        </div>
        <Text size="small" className="text-ui-fg-subtle min-h-[40px]">
          {c.description}
        </Text>
        <StatGrid columns={3}>
          <Stat size="small" label="Customers" value={formatNumber(c.size)} />
          <Stat size="small" label="Orders" value={formatNumber(c.figures.meanOrders, 1)} />
          <Stat size="small" label="Last order" value={`${formatNumber(c.figures.meanRecencyDays)} d`} />
          <Stat size="small" label="Order value" value={formatMoney(c.figures.meanAovMinor, currency)} />
          <Stat size="small" label="Exp. 12 mo" value={formatMoney(c.value?.mean_expected_value_12m ?? null, currency)} />
          <Stat size="small" label="Buy in 90 d" value={formatPercent(c.value?.mean_p_buy_90d ?? null, 0)} />
        </StatGrid>
        {!!c.standout?.length && (
          <div className="flex flex-wrap gap-1">
            {c.standout.map((s) => (
              <Badge key={s.feature} size="2xsmall" color={s.z > 0 ? "green" : "orange"}>
                {s.z > 0 ? "↑" : "↓"} {FEATURE_LABEL[s.feature] ?? s.feature}
              </Badge>
            ))}
          </div>
        )}
      </Container>
    ))}
  </div>
)
