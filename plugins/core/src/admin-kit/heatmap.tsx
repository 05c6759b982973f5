import { Tooltip, clx } from "@medusajs/ui"
import type { HTMLAttributes, ReactNode } from "react"
import { heatStyle, type HeatScale } from "./heat"

export type HeatmapColumn = { key: string | number; label: ReactNode; align?: "left" | "right" | "center"; className?: string }

/**
 * A grid of coloured cells (retention cohorts, the RFM grid): a header row, then the caller's rows of
 * HeatmapLabels and HeatmapCells; it scrolls sideways when it is wider than its card.
 */
export const Heatmap = ({ columns, children }: { columns: readonly HeatmapColumn[]; children: ReactNode }) => (
  <div className="overflow-x-auto px-6 py-4">
    <table className="w-full" style={{ borderCollapse: "separate", borderSpacing: 3 }}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th
              key={c.key}
              className={clx(
                "txt-compact-xsmall-plus text-ui-fg-subtle font-normal",
                c.align === "left" && "pr-3 text-left",
                c.align === "right" && "pr-3 text-right",
                (c.align ?? "center") === "center" && "text-center",
                c.className
              )}
            >
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  </div>
)

/** A row's label cell: `strong` names the row (a cohort), `figure` is a number beside it, `axis` a score. */
export const HeatmapLabel = ({ children, tone = "axis" }: { children: ReactNode; tone?: "strong" | "figure" | "axis" }) => (
  <td
    className={clx(
      "whitespace-nowrap pr-3",
      tone === "strong" && "txt-compact-small-plus text-ui-fg-base",
      tone === "figure" && "txt-compact-small text-ui-fg-subtle text-right tabular-nums",
      tone === "axis" && "txt-compact-xsmall-plus text-ui-fg-subtle"
    )}
  >
    {children}
  </td>
)

/**
 * One coloured cell: its share of the whole sets the colour (see heatStyle), the tooltip says what it counts. A
 * share of null is a cell without a value ("–"). Extra props (data-*) go to the cell.
 */
export const HeatmapCell = ({
  share,
  tooltip,
  children,
  className,
  full,
  calm,
  ...rest
}: HeatScale & {
  share: number | null
  tooltip?: ReactNode
  children?: ReactNode
  className?: string
} & Omit<HTMLAttributes<HTMLTableCellElement>, "children" | "className">) => {
  if (share == null) {
    return (
      <td className={clx("bg-ui-bg-subtle txt-compact-xsmall text-ui-fg-muted rounded text-center", className)} {...rest}>
        –
      </td>
    )
  }
  const cell = (
    <td className={clx("rounded text-center align-middle tabular-nums", className)} style={heatStyle(share, { full, calm })} {...rest}>
      {children}
    </td>
  )
  return tooltip ? <Tooltip content={tooltip}>{cell}</Tooltip> : cell
}
