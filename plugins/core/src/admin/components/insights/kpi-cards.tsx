import { ArrowDownMini, ArrowUpMini } from "@medusajs/icons"
import { Badge, Container, Skeleton, Text, Tooltip } from "@medusajs/ui"
import type { ReactNode } from "react"
import { StatGrid, StatTile, formatChange, formatMoney, formatNumber, formatPercent } from "../../../admin-kit"
import type { KpiChange, KpiReport, KpiSummaryKey } from "../../hooks/kpis"

type Kind = "money" | "count" | "rate"

type CardSpec = {
  key: KpiSummaryKey
  /** kebab-case id for data-testid="kpi-<id>" */
  id: string
  label: string
  kind: Kind
  /** a rise is bad news (refund rate) */
  upIsBad?: boolean
  help: string
  secondary?: { key: KpiSummaryKey; id: string; label: string; kind: Kind; upIsBad?: boolean }
}

export const KPI_CARDS: CardSpec[] = [
  { key: "gmv", id: "gmv", label: "GMV", kind: "money", help: "Total of orders that were not canceled: goods after discounts, plus shipping and tax." },
  { key: "net_revenue", id: "net-revenue", label: "Net revenue", kind: "money", help: "GMV less refunds." },
  { key: "orders", id: "orders", label: "Orders", kind: "count", help: "Orders placed in the range, canceled orders excluded." },
  { key: "aov", id: "aov", label: "Average order value", kind: "money", help: "GMV per order." },
  { key: "units", id: "units", label: "Units sold", kind: "count", help: "Items sold across all orders." },
  {
    key: "gross_margin",
    id: "gross-margin",
    label: "Gross margin",
    kind: "money",
    help: "Goods revenue after discounts and refunds, less the unit costs of the items sold. An item without a unit cost counts at zero cost.",
  },
  {
    key: "margin_rate",
    id: "margin-rate",
    label: "Margin %",
    kind: "rate",
    help: "Margin over goods revenue, counting only orders whose every line has a unit cost.",
  },
  {
    key: "new_customers",
    id: "new-customers",
    label: "New vs returning customers",
    kind: "count",
    help: "New: the customer's first order ever is in this range. Returning: ordered before too.",
    secondary: { key: "returning_customers", id: "returning-customers", label: "returning", kind: "count" },
  },
  {
    key: "repeat_purchase_rate",
    id: "repeat-purchase-rate",
    label: "Repeat-purchase rate",
    kind: "rate",
    help: "Share of this range's customers who had at least two orders by its end.",
  },
  { key: "sessions", id: "sessions", label: "Sessions", kind: "count", help: "Storefront sessions with at least one event." },
  {
    key: "conversion_rate",
    id: "conversion-rate",
    label: "Conversion rate",
    kind: "rate",
    help: "Sessions with an order over all sessions.",
  },
  { key: "refund_rate", id: "refund-rate", label: "Refund rate", kind: "rate", upIsBad: true, help: "Refunds over GMV." },
]

export function formatKpi(value: number | null, kind: Kind, currency: string): string {
  if (value == null) return "–"
  if (kind === "money") return formatMoney(value, currency)
  if (kind === "rate") return formatPercent(value)
  return formatNumber(value)
}

/** The change against the previous period: a green or red arrow with the percent, "no base" without one. */
export const ChangeBadge = ({ change, upIsBad, size = "2xsmall" }: { change: KpiChange; upIsBad?: boolean; size?: "2xsmall" | "xsmall" }) => {
  if (change.previous == null) return null
  if (change.change == null) {
    return (
      <Tooltip content="The previous period had no value to compare with">
        <Badge size={size} color="grey" data-testid="kpi-change">
          no base
        </Badge>
      </Tooltip>
    )
  }
  const up = change.change > 0
  const flat = Math.abs(change.change) < 0.0005
  const good = flat ? null : up !== !!upIsBad
  return (
    <Badge
      size={size}
      color={good == null ? "grey" : good ? "green" : "red"}
      className="gap-x-0.5 tabular-nums"
      data-testid="kpi-change"
      data-change={change.change}
    >
      {!flat && (up ? <ArrowUpMini /> : <ArrowDownMini />)}
      {formatChange(change.change)}
    </Badge>
  )
}

const Card = ({ spec, report, blank, children }: { spec: CardSpec; report: KpiReport; blank?: boolean; children?: ReactNode }) => {
  const cur = report.currency_code
  const c = report.summary[spec.key]
  const sec = spec.secondary ? report.summary[spec.secondary.key] : null
  // without any unit cost the "margin" is the whole goods revenue: show it as unknown
  const value = blank ? "–" : formatKpi(c.value, spec.kind, cur)
  return (
    <StatTile
      testId={`kpi-${spec.id}`}
      data-raw-value={c.value ?? ""}
      label={spec.label}
      help={spec.help}
      value={value}
      valueTestId={`kpi-${spec.id}-value`}
      aside={
        sec &&
        spec.secondary && (
          <Text size="small" className="text-ui-fg-subtle tabular-nums" data-testid={`kpi-${spec.secondary.id}`} data-raw-value={sec.value ?? ""}>
            new · {formatKpi(sec.value, spec.secondary.kind, cur)} {spec.secondary.label}
          </Text>
        )
      }
    >
      <div className="flex min-h-5 flex-wrap items-center gap-x-1.5 gap-y-1">
        {!blank && <ChangeBadge change={c} upIsBad={spec.upIsBad} />}
        {!blank && c.previous != null && (
          <Text size="xsmall" className="text-ui-fg-muted truncate tabular-nums">
            vs {formatKpi(c.previous, spec.kind, cur)}
            {sec && spec.secondary && sec.previous != null ? ` new · ${formatKpi(sec.previous, spec.secondary.kind, cur)} returning` : ""}
          </Text>
        )}
      </div>
      {children}
    </StatTile>
  )
}

export const KpiCards = ({ report, noCosts }: { report: KpiReport; noCosts: boolean }) => (
  <StatGrid testId="kpi-cards">
    {KPI_CARDS.map((spec) => (
      <Card key={spec.key} spec={spec} report={report} blank={noCosts && spec.key === "gross_margin"}>
        {noCosts && (spec.key === "gross_margin" || spec.key === "margin_rate") && (
          <Text size="xsmall" className="text-ui-fg-muted">
            No unit costs yet
          </Text>
        )}
      </Card>
    ))}
  </StatGrid>
)

export const KpiCardsSkeleton = () => (
  <StatGrid>
    {KPI_CARDS.map((spec) => (
      <Container key={spec.key} className="flex flex-col gap-y-3 px-5 py-4">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-7 w-32" />
        <Skeleton className="h-4 w-20" />
      </Container>
    ))}
  </StatGrid>
)
