import type { ReactNode } from "react"
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { PersonaCard } from "../../hooks/personas"
import { formatMoney, formatMoneyCompact, formatNumber, formatPercent } from "../../lib/format"
import { AXIS_TICK, CHART, ChartCard, ChartTooltipBox } from "../chart-card"
import { PERSONA_COLOURS } from "./persona-cards"

type TooltipArgs = { active?: boolean; payload?: readonly { payload?: unknown }[] }
const tooltip = <P,>(render: (p: P) => ReactNode) =>
  function PointTooltip({ active, payload }: TooltipArgs) {
    const p = payload?.[0]?.payload as P | undefined
    return active && p ? <>{render(p)}</> : null
  }

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

/** How many customers each persona holds. */
export const PersonaSizeChart = ({ cards }: { cards: PersonaCard[] }) => {
  const data = rows(cards)
  return (
    <ChartCard title="Persona sizes" subtitle="Customers per persona" testId="chart-persona-size">
      <ResponsiveContainer width="100%" height={height(data.length)}>
        <BarChart data={data} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 8 }}>
          <CartesianGrid horizontal={false} stroke={CHART.grid} strokeDasharray="3 3" />
          <XAxis type="number" tick={AXIS_TICK} tickLine={false} axisLine={false} tickFormatter={(v: number) => formatNumber(v)} />
          <YAxis type="category" dataKey="name" tick={AXIS_TICK} tickLine={false} axisLine={false} width={150} />
          <Tooltip
            cursor={{ fill: CHART.cursor }}
            content={tooltip<Row>((p) => (
              <ChartTooltipBox title={p.name} rows={[{ label: "Customers", value: `${formatNumber(p.size)} (${formatPercent(p.share, 0)})`, color: p.colour }]} />
            ))}
          />
          <Bar dataKey="size" radius={[0, 4, 4, 0]} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.name} fill={d.colour} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}

/** What a customer of each persona is expected to spend in the next 12 months (mean), with the chance to buy again. */
export const PersonaValueChart = ({ cards, currency }: { cards: PersonaCard[]; currency: string | null }) => {
  const data = rows(cards)
  return (
    <ChartCard title="Persona value" subtitle="Mean expected spend per customer, next 12 months" testId="chart-persona-value">
      <ResponsiveContainer width="100%" height={height(data.length)}>
        <BarChart data={data} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 8 }}>
          <CartesianGrid horizontal={false} stroke={CHART.grid} strokeDasharray="3 3" />
          <XAxis type="number" tick={AXIS_TICK} tickLine={false} axisLine={false} tickFormatter={(v: number) => formatMoneyCompact(v, currency)} />
          <YAxis type="category" dataKey="name" tick={AXIS_TICK} tickLine={false} axisLine={false} width={150} />
          <Tooltip
            cursor={{ fill: CHART.cursor }}
            content={tooltip<Row>((p) => (
              <ChartTooltipBox
                title={p.name}
                rows={[
                  { label: "Expected, 12 months", value: formatMoney(p.value, currency), color: p.colour },
                  { label: "Buys again in 90 days", value: formatPercent(p.pBuy, 0) },
                  { label: "Spent so far (all)", value: formatMoney(p.total, currency) },
                ]}
              />
            ))}
          />
          <Bar dataKey="value" radius={[0, 4, 4, 0]} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.name} fill={d.colour} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}
