import { InformationCircle } from "@medusajs/icons"
import { Container, Text, Tooltip, clx } from "@medusajs/ui"
import type { HTMLAttributes, ReactNode } from "react"

export type StatProps = {
  label: ReactNode
  value: ReactNode
  /** a muted line below the value: the base it is measured on, a comparison */
  hint?: ReactNode
  /** what the figure means, behind an (i) next to the label */
  help?: string
  /** small inside dense cards, base in a card's figure row, large in a tile */
  size?: "small" | "base" | "large"
  align?: "left" | "right"
  /** next to the value, on its line (a secondary figure) */
  aside?: ReactNode
  valueTestId?: string
  testId?: string
  /** more lines under the hint: a change badge, a note */
  children?: ReactNode
} & Omit<HTMLAttributes<HTMLDivElement>, "children">

const VALUE_SIZE = { small: "small", base: "large", large: "xlarge" } as const

/** One figure with its label above and an optional hint below: the unit of every summary row and tile. */
export const Stat = ({ label, value, hint, help, size = "base", align = "left", aside, valueTestId, testId, children, className, ...rest }: StatProps) => (
  <div
    className={clx("flex min-w-0 flex-col", size === "large" && "gap-y-1", align === "right" && "items-end text-right", className)}
    data-testid={testId}
    {...rest}
  >
    <div className="flex items-center gap-x-1">
      <Text size={size === "large" ? "small" : "xsmall"} leading="compact" className="text-ui-fg-subtle truncate">
        {label}
      </Text>
      {help && (
        <Tooltip content={help}>
          <InformationCircle className="text-ui-fg-muted shrink-0" />
        </Tooltip>
      )}
    </div>
    <div className="flex flex-wrap gap-x-2" style={{ alignItems: "baseline" }}>
      <Text size={VALUE_SIZE[size]} weight="plus" className="tabular-nums" data-testid={valueTestId}>
        {value}
      </Text>
      {aside}
    </div>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted truncate">
        {hint}
      </Text>
    )}
    {children}
  </div>
)

/** A figure on its own card, for a page's headline numbers (KPIs, totals); extra props (data-*) go to the card. */
export const StatTile = ({ label, value, hint, help, align, aside, valueTestId, children, testId, className, ...card }: Omit<StatProps, "size">) => (
  <Container className={clx("flex min-w-0 flex-col px-5 py-4", className)} data-testid={testId} {...card}>
    <Stat size="large" label={label} value={value} hint={hint} help={help} align={align} aside={aside} valueTestId={valueTestId}>
      {children}
    </Stat>
  </Container>
)

/**
 * A grid of Stats or StatTiles: 3 columns inside a small card, or as many columns of at least 240 px as fit ("auto",
 * for tiles and a wide card's figures). `inset` pads it like a card's body row.
 */
export const StatGrid = ({ columns = "auto", inset, testId, children }: { columns?: 3 | "auto"; inset?: boolean; testId?: string; children: ReactNode }) => (
  <div
    className={clx("grid", columns === 3 ? "grid-cols-3 gap-x-3 gap-y-2" : "gap-3", inset && "px-6 py-4")}
    // as many 240 px columns as fit (four on a laptop, two on a tablet), stretched to the width
    style={columns === 3 ? undefined : { gridTemplateColumns: "repeat(auto-fit, minmax(min(240px, 100%), 1fr))" }}
    data-testid={testId}
  >
    {children}
  </div>
)
