import { Badge, Text } from "@medusajs/ui"
import { useState } from "react"
import { DataTable, Heatmap, HeatmapCell, HeatmapLabel, SectionCard, TitleCell, formatMoney, formatNumber, formatPercent, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useClasses, useMatrix, type ClassRow } from "../hooks/catalog"

const ABC = { A: "top 80 % of sales value", B: "next 15 %", C: "last 5 %" }
const XYZ = { X: "steady (CV ≤ 0.5)", Y: "variable (≤ 1)", Z: "erratic (> 1)" }

const COLUMNS: Column<ClassRow>[] = [
  { key: "variant", header: "Variant", cell: (r) => <TitleCell title={r.title ?? r.variant_id} detail={r.sku ?? undefined} />, className: "max-w-[240px]" },
  { key: "class", header: "Class", cell: (r) => <Badge size="2xsmall">{`${r.abc}${r.xyz}`}</Badge> },
  { key: "value", header: "Sales value", align: "right", cell: (r) => <TitleCell title={formatMoney(r.revenue, null)} detail={formatPercent(r.share, 2)} /> },
  { key: "stock", header: "On hand", align: "right", cell: (r) => <TitleCell title={formatNumber(r.on_hand)} detail={r.stock_status} /> },
  { key: "why", header: "Why", cell: (r) => <Text size="xsmall" className="text-ui-fg-subtle whitespace-normal">{(r.reasons ?? []).join("; ") || "–"}</Text>, className: "max-w-[360px] whitespace-normal" },
]

/** ABC (share of sales value) × XYZ (variability of weekly demand), the variants of a cell, and drop candidates. */
export const AbcXyzMatrix = ({ currency }: { currency: string | null }) => {
  const { data } = useMatrix()
  const [cell, setCell] = useState<{ abc?: string; xyz?: string; drop?: string }>({ drop: "true" })
  const list = usePagedList(10)
  const { data: rows, error } = useClasses({ ...cell, ...list.query, order: cell.drop ? "-drop_score" : "-revenue" })
  const m = data?.matrix
  const total = m?.totals.variants ?? 0
  const pick = (next: typeof cell) => {
    setCell(next)
    list.reset()
  }
  return (
    <SectionCard
      testId="abc-xyz"
      title="ABC / XYZ"
      subtitle={m ? `${formatNumber(total)} variants over the last 52 weeks · ${formatNumber(m.totals.dead)} dead and ${formatNumber(m.totals.slow)} slow stock · ${formatNumber(m.totals.drop_candidates)} candidates to drop` : "Sales value classes × demand variability"}
    >
      <Heatmap columns={[{ key: "label", label: "", align: "left" }, ...(["X", "Y", "Z"] as const).map((x) => ({ key: x, label: `${x} · ${XYZ[x]}` }))]}>
        {(["A", "B", "C"] as const).map((a) => (
          <tr key={a}>
            <HeatmapLabel tone="strong">
              {a} · {ABC[a]}
            </HeatmapLabel>
            {(["X", "Y", "Z"] as const).map((x) => {
              const c = m?.cells.find((v) => v.abc === a && v.xyz === x)
              return (
                <HeatmapCell
                  key={x}
                  share={c && total ? c.variants / total : null}
                  tooltip={c ? `${c.variants} variants · ${formatMoney(c.revenue, currency)} sales · ${formatMoney(c.stock_value, currency)} in stock` : undefined}
                  className="cursor-pointer px-2 py-3"
                  data-testid={`matrix-${a}${x}`}
                  onClick={() => pick({ abc: a, xyz: x })}
                >
                  <div className="txt-compact-small-plus">{formatNumber(c?.variants ?? 0)}</div>
                  <div className="txt-compact-xsmall">{c ? formatMoney(c.revenue, currency) : ""}</div>
                </HeatmapCell>
              )
            })}
          </tr>
        ))}
      </Heatmap>
      <div className="flex items-center gap-x-2 px-6 py-2">
        <Text size="small" weight="plus">
          {cell.drop ? "Candidates to drop" : `Class ${cell.abc}${cell.xyz}`}
        </Text>
        {!cell.drop && (
          <button className="txt-compact-small text-ui-fg-interactive" onClick={() => pick({ drop: "true" })}>
            show candidates to drop
          </button>
        )}
      </div>
      <DataTable columns={COLUMNS} rows={rows?.variants} error={error} pager={list.pager(rows?.count)} rowTestId="class-row" empty={cell.drop ? "No candidate to drop: every C item sells, has margin or no stock." : "No variant in this cell."} />
    </SectionCard>
  )
}
