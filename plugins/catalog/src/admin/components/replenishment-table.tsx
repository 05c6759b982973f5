import { ArrowDownTray } from "@medusajs/icons"
import { Badge, Button, Input, Switch, Label, Tooltip } from "@medusajs/ui"
import { DataTable, FilterSelect, SectionCard, TitleCell, formatMoney, formatNumber, formatPercent, usePagedList, type Column } from "@finesse/core/admin-kit"
import { replenishmentExportUrl, useReplenishment, type ReplenishmentRow } from "../hooks/catalog"

const risk = (r: number) => (r >= 0.5 ? "red" : r >= 0.2 ? "orange" : "green")

const COLUMNS: Column<ReplenishmentRow>[] = [
  { key: "variant", header: "Variant", cell: (r) => <TitleCell title={r.title ?? r.variant_id} detail={[r.sku, r.supplier].filter(Boolean).join(" · ")} />, className: "max-w-[260px]" },
  { key: "location", header: "Location", cell: (r) => r.location_name ?? r.location_id },
  { key: "available", header: "Available", align: "right", cell: (r) => <TitleCell title={formatNumber(r.available)} detail={r.incoming ? `+${formatNumber(r.incoming)} incoming` : r.reserved ? `${formatNumber(r.reserved)} reserved` : undefined} /> },
  { key: "demand", header: "Demand / day", align: "right", cell: (r) => <span className="tabular-nums">{formatNumber(r.mean_per_day, 2)}</span> },
  { key: "cover", header: "Cover", align: "right", cell: (r) => <span className="tabular-nums">{r.days_of_cover === null ? "–" : `${formatNumber(r.days_of_cover, 0)} d`}</span> },
  { key: "rop", header: "Reorder point", align: "right", cell: (r) => <TitleCell title={formatNumber(r.reorder_point)} detail={`safety ${formatNumber(r.safety_stock, 1)}`} /> },
  { key: "qty", header: "Order", align: "right", cell: (r) => <TitleCell title={r.suggested_qty ? formatNumber(r.suggested_qty) : "–"} detail={r.order_value ? formatMoney(r.order_value, r.currency_code) : undefined} /> },
  {
    key: "risk",
    header: "Stock-out risk",
    align: "right",
    cell: (r) => (
      <Tooltip content={r.reason} maxWidth={420}>
        <Badge size="2xsmall" color={risk(r.stockout_risk)} data-testid="stockout-risk">
          {formatPercent(r.stockout_risk, 0)}
        </Badge>
      </Tooltip>
    ),
  },
]

/** What to reorder, per variant and location, most urgent first; the filtered list exports as CSV. */
export const ReplenishmentTable = ({ locations, onSelect, selected }: { locations: { id: string; name: string }[]; onSelect: (variantId: string) => void; selected: string | null }) => {
  const list = usePagedList<{ reorder?: string; location_id?: string; q?: string }>(15, { reorder: "true" })
  const { data, error } = useReplenishment(list.query)
  const s = data?.summary
  return (
    <SectionCard
      testId="replenishment"
      title="Replenishment"
      subtitle={s ? `${formatNumber(s.reorder)} of ${formatNumber(s.rows)} variant × location pairs to reorder · ${formatNumber(s.at_risk)} at ≥ 50 % stock-out risk · order value ${formatMoney(s.order_value, s.currency_code)} · hover a risk for the reason` : "Reorder point, safety stock and order quantity per variant and location"}
      actions={
        <>
          <div className="flex items-center gap-x-2">
            <Switch id="reorder-only" checked={list.filters.reorder === "true"} onCheckedChange={(v) => list.set({ reorder: v ? "true" : undefined })} />
            <Label htmlFor="reorder-only" size="small">
              To reorder only
            </Label>
          </div>
          <Input size="small" type="search" placeholder="SKU or product" className="w-[180px]" {...list.search("q")} />
          {locations.length > 1 && <FilterSelect className="w-[180px]" allLabel="All locations" {...list.select("location_id")} options={locations.map((l) => ({ value: l.id, label: l.name }))} />}
          <Button size="small" variant="secondary" asChild>
            <a href={replenishmentExportUrl({ reorder: list.filters.reorder ?? "false", location_id: list.filters.location_id, q: list.filters.q })} download data-testid="export-csv">
              <ArrowDownTray />
              Export CSV
            </a>
          </Button>
        </>
      }
    >
      <DataTable
        columns={COLUMNS}
        rows={data?.replenishment}
        error={error}
        pager={list.pager(data?.count)}
        rowTestId="replenishment-row"
        rowProps={(r) => ({ "data-variant": r.variant_id, "data-reorder": r.reorder, className: r.variant_id === selected ? "bg-ui-bg-highlight" : undefined })}
        onRowClick={(r) => onSelect(r.variant_id)}
        empty={s?.rows ? "Nothing matches: every variant here is covered." : "No plan yet: run the forecast (replenishment follows it) or “Plan now”."}
      />
    </SectionCard>
  )
}
