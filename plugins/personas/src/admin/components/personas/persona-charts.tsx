import type { ReactNode } from "react"
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { PersonaCard } from "../../hooks/personas"
import { AXIS_TICK, CHART, ChartCard, ChartTooltipBox, formatMoney, formatMoneyCompact, formatNumber, formatPercent, pointTooltip } from "@finesse/core/admin-kit"
import { PERSONA_COLOURS } from "./persona-cards"

type Row = { name: string; size: number; share: number; value: number; total: number; pBuy: number; colour: string }

const rows = (cards: PersonaCard[]): Row[] =>
  cards.map((c, i) => ({
    name: c.name,
    size: c.size,
    share: c.share,
    value: c.value?.mean_expected_value_12m ?? 0,
    total: c.value?.total_monetary ?? 0,
    pBuy: c.value?.mean_p_buy_90d ?? 0,
    colour: PERSONA_COLOURS[i % PERSONA_COLOURS.length],
  }))

const height = (n: number) => Math.max(160, 36 * n + 30)

/** One horizontal bar per persona in its colour: `dataKey` the bar's length, `tick` the axis labels. */
const PersonaBars = ({
  data,
  dataKey,
  tick,
  tip,
}: {
  data: Row[]
  dataKey: "size" | "value"
  tick: (v: number) => string
  tip: (p: Row) => ReactNode
}) => (
  <ResponsiveContainer width="100%" height={height(data.length)}>
    <BarChart data={data} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 8 }}>
      <CartesianGrid horizontal={false} stroke={CHART.grid} strokeDasharray="3 3" />
      <XAxis type="number" tick={AXIS_TICK} tickLine={false} axisLine={false} tickFormatter={tick} />
      <YAxis type="category" dataKey="name" tick={AXIS_TICK} tickLine={false} axisLine={false} width={150} />
      <Tooltip cursor={{ fill: CHART.cursor }} content={pointTooltip<Row>(tip)} />
      <Bar dataKey={dataKey} radius={[0, 4, 4, 0]} isAnimationActive={false}>
        {data.map((d) => (
          <Cell key={d.name} fill={d.colour} />
        ))}
      </Bar>
    </BarChart>
  </ResponsiveContainer>
)

/** How many customers each persona holds. */
export const PersonaSizeChart = ({ cards }: { cards: PersonaCard[] }) => (
  <ChartCard title="Persona sizes" subtitle="Customers per persona" testId="chart-persona-size">
    <PersonaBars
      data={rows(cards)}
      dataKey="size"
      tick={(v) => formatNumber(v)}
      tip={(p) => <ChartTooltipBox title={p.name} rows={[{ label: "Customers", value: `${formatNumber(p.size)} (${formatPercent(p.share, 0)})`, color: p.colour }]} />}
    />
  </ChartCard>
)

/** What a customer of each persona is expected to spend in the next 12 months (mean), with the chance to buy again. */
export const PersonaValueChart = ({ cards, currency }: { cards: PersonaCard[]; currency: string | null }) => (
  <ChartCard title="Persona value" subtitle="Mean expected spend per customer, next 12 months" testId="chart-persona-value">
    <PersonaBars
      data={rows(cards)}
      dataKey="value"
      tick={(v) => formatMoneyCompact(v, currency)}
      tip={(p) => (
        <ChartTooltipBox
          title={p.name}
          rows={[
            { label: "Expected, 12 months", value: formatMoney(p.value, currency), color: p.colour },
            { label: "Buys again in 90 days", value: formatPercent(p.pBuy, 0) },
            { label: "Spent so far (all)", value: formatMoney(p.total, currency) },
          ]}
        />
      )}
    />
  </ChartCard>
)
