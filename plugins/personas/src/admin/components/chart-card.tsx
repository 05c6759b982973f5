import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** Chart colours from the admin's theme tokens (the Insights page's), so charts follow light and dark mode. */
export const CHART = {
  primary: "var(--fg-interactive)",
  secondary: "var(--tag-purple-icon)",
  green: "var(--tag-green-icon)",
  orange: "var(--tag-orange-icon)",
  red: "var(--tag-red-icon)",
  grid: "var(--border-base)",
  axis: "var(--fg-muted)",
  cursor: "var(--bg-base-hover)",
}

export const AXIS_TICK = { fill: "var(--fg-muted)", fontSize: 11 }

export const ChartCard = ({
  title,
  subtitle,
  actions,
  children,
  testId,
}: {
  title: string
  subtitle?: ReactNode
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
      {actions}
    </div>
    <div className="px-3 pb-3 pt-4">{children}</div>
  </Container>
)

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

export const ChartSkeleton = ({ height = 240 }: { height?: number }) => (
  <Container className="flex flex-col gap-y-4 px-6 py-4">
    <Skeleton className="h-5 w-40" />
    <Skeleton className="w-full" style={{ height }} />
  </Container>
)

/** A thin progress bar (the admin's UI kit has none); the Jobs page uses the same look. */
export const ProgressBar = ({ value, tone = "default" }: { value: number; tone?: "default" | "error" | "done" }) => {
  const pct = Math.max(0, Math.min(100, value))
  const colour = tone === "error" ? "bg-ui-tag-red-icon" : tone === "done" ? "bg-ui-tag-green-icon" : "bg-ui-fg-interactive"
  return (
    <div
      role="progressbar"
      aria-valuenow={Math.round(pct)}
      aria-valuemin={0}
      aria-valuemax={100}
      className="bg-ui-bg-subtle border-ui-border-base h-2 w-full overflow-hidden rounded-full border"
    >
      <div className={`h-full transition-[width] duration-500 ${colour}`} style={{ width: `${pct}%` }} />
    </div>
  )
}

/** Paging footer of every list: "1–20 of 130" with previous/next. */
export const Pager = ({
  count,
  offset,
  limit,
  onPage,
}: {
  count: number
  offset: number
  limit: number
  onPage: (offset: number) => void
}) => (
  <div className="flex items-center justify-between px-6 py-3">
    <Text size="small" className="text-ui-fg-subtle tabular-nums">
      {count === 0 ? "0 results" : `${offset + 1}–${Math.min(count, offset + limit)} of ${count}`}
    </Text>
    <div className="flex gap-x-2">
      <button
        className="txt-compact-small-plus text-ui-fg-subtle hover:text-ui-fg-base disabled:text-ui-fg-disabled"
        disabled={offset === 0}
        onClick={() => onPage(Math.max(0, offset - limit))}
      >
        Prev
      </button>
      <button
        className="txt-compact-small-plus text-ui-fg-subtle hover:text-ui-fg-base disabled:text-ui-fg-disabled"
        disabled={offset + limit >= count}
        onClick={() => onPage(offset + limit)}
      >
        Next
      </button>
    </div>
  </div>
)
