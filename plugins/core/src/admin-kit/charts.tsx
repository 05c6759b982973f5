import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

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

export const AXIS_TICK = { fill: "var(--fg-muted)", fontSize: 11 }

export type LegendItem = { label: string; color: string; dashed?: boolean; kind?: "line" | "box" }

export const ChartLegend = ({ items }: { items: LegendItem[] }) => (
  <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
    {items.map((i) => (
      <div key={i.label} className="flex items-center gap-x-1.5">
        {i.kind === "box" ? (
          <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: i.color }} />
        ) : (
          <span
            className="inline-block h-0 w-3.5 border-t-2"
            style={{ borderColor: i.color, borderTopStyle: i.dashed ? "dashed" : "solid" }}
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
  title: string
  subtitle?: ReactNode
  legend?: LegendItem[]
  actions?: ReactNode
  children: ReactNode
  testId?: string
}) => (
  <Container className="flex min-w-0 flex-col divide-y p-0" data-testid={testId}>
    <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 px-6 py-4">
      <div>
        <Heading level="h2">{title}</Heading>
        {subtitle && (
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        )}
      </div>
      {(legend || actions) && (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          {legend && <ChartLegend items={legend} />}
          {actions}
        </div>
      )}
    </div>
    <div className="px-3 pb-3 pt-4">{children}</div>
  </Container>
)

/** The tooltip box of every chart: the bucket as a title, then one row per series. */
export const ChartTooltipBox = ({ title, rows }: { title: string; rows: { label: string; value: string; color?: string }[] }) => (
  <div className="bg-ui-bg-base shadow-elevation-tooltip flex min-w-[180px] flex-col gap-y-1 rounded-lg px-3 py-2">
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

export const ChartSkeleton = ({ height = 260 }: { height?: number }) => (
  <Container className="flex flex-col gap-y-4 px-6 py-4">
    <Skeleton className="h-5 w-40" />
    <Skeleton className="w-full" style={{ height }} />
  </Container>
)
