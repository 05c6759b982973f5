import { Container, Skeleton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { SectionCard } from "./section"

/** Chart colours from the admin's theme tokens, so charts follow light and dark mode. */
export const CHART = {
  primary: "var(--fg-interactive)",
  secondary: "var(--tag-purple-icon)",
  green: "var(--tag-green-icon)",
  orange: "var(--tag-orange-icon)",
  red: "var(--tag-red-icon)",
  blue: "var(--tag-blue-icon)",
  grey: "var(--fg-muted)",
  grid: "var(--border-base)",
  axis: "var(--fg-muted)",
  cursor: "var(--bg-base-hover)",
}

/** Tick labels of every chart axis: small, muted. */
export const AXIS_TICK = { fill: "var(--fg-muted)", fontSize: 11 }

/** A legend entry: a line (dashed or solid) or a box in the series colour. */
export type LegendItem = { label: string; color: string; dashed?: boolean; kind?: "line" | "box" }

/** The legend of a chart card, in the header beside the title. */
export const ChartLegend = ({ items }: { items: LegendItem[] }) => (
  <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
    {items.map((i) => (
      <div key={i.label} className="flex items-center gap-x-1.5">
        {i.kind === "box" ? (
          <span className="inline-block rounded-sm" style={{ background: i.color, width: 10, height: 10 }} />
        ) : (
          <span
            className="inline-block w-3.5 border-t-2"
            style={{ height: 0, borderColor: i.color, borderTopStyle: i.dashed ? "dashed" : "solid" }}
          />
        )}
        <Text size="xsmall" className="text-ui-fg-subtle">
          {i.label}
        </Text>
      </div>
    ))}
  </div>
)

/** A card with a title, an optional subtitle, legend and actions, and a chart (or any body) below. */
export const ChartCard = ({
  title,
  subtitle,
  legend,
  actions,
  children,
  testId,
}: {
  title: ReactNode
  subtitle?: ReactNode
  legend?: LegendItem[]
  actions?: ReactNode
  children: ReactNode
  testId?: string
}) => (
  <SectionCard
    title={title}
    subtitle={subtitle}
    testId={testId}
    actions={
      (legend || actions) && (
        <>
          {legend && <ChartLegend items={legend} />}
          {actions}
        </>
      )
    }
  >
    <div className="px-3 pb-3 pt-4">{children}</div>
  </SectionCard>
)

/** The tooltip box of every chart: the bucket as a title, then one row per series. */
export const ChartTooltipBox = ({ title, rows }: { title: string; rows: { label: string; value: string; color?: string }[] }) => (
  <div className="bg-ui-bg-base shadow-elevation-tooltip flex flex-col gap-y-1 rounded-lg px-3 py-2" style={{ minWidth: 180 }}>
    <Text size="xsmall" weight="plus" className="text-ui-fg-base">
      {title}
    </Text>
    {rows.map((r) => (
      <div key={r.label} className="flex items-center justify-between gap-x-4">
        <div className="flex items-center gap-x-1.5">
          {r.color && <span className="inline-block h-2 w-2 rounded-full" style={{ background: r.color }} />}
          <Text size="xsmall" className="text-ui-fg-subtle">
            {r.label}
          </Text>
        </div>
        <Text size="xsmall" weight="plus" className="text-ui-fg-base tabular-nums">
          {r.value}
        </Text>
      </div>
    ))}
  </div>
)

/** A chart card while its data loads. */
export const ChartSkeleton = ({ height = 260 }: { height?: number }) => (
  <Container className="flex flex-col gap-y-4 px-6 py-4">
    <Skeleton className="h-5 w-[160px]" />
    <Skeleton className="w-full" style={{ height }} />
  </Container>
)

type TooltipArgs = { active?: boolean; label?: unknown; payload?: readonly { payload?: unknown }[] }

/**
 * A recharts tooltip `content` drawn from the hovered point (recharts hands it over in payload[0].payload) and the
 * axis label, typically as a ChartTooltipBox.
 */
export function pointTooltip<P>(render: (point: P, label: string) => ReactNode) {
  return function PointTooltip({ active, payload, label }: TooltipArgs) {
    const p = payload?.[0]?.payload as P | undefined
    if (!active || !p) return null
    return <>{render(p, String(label ?? ""))}</>
  }
}
