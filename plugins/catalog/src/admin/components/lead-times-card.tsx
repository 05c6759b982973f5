import { Button, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { DataTable, SectionCard, TitleCell, errorMessage, formatDate, formatMoney, formatNumber, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useImportLeadTimes, useLeadTimes, type ImportResult, type LeadTime } from "../hooks/catalog"

const COLUMNS: Column<LeadTime>[] = [
  { key: "variant", header: "Variant", cell: (l) => <TitleCell title={l.title ?? l.variant_id} detail={l.sku ?? undefined} />, className: "max-w-[240px]" },
  { key: "supplier", header: "Supplier", cell: (l) => l.supplier ?? "–" },
  { key: "location", header: "Location", cell: (l) => l.location_name ?? "every location" },
  { key: "lead", header: "Lead time", align: "right", cell: (l) => <span className="tabular-nums">{`${formatNumber(l.lead_time_days, 1)} d${l.lead_time_sd_days ? ` ± ${formatNumber(l.lead_time_sd_days, 1)}` : ""}`}</span> },
  { key: "pack", header: "Pack / MOQ", align: "right", cell: (l) => `${l.pack_size ?? 1} / ${l.moq ?? "–"}` },
  { key: "cost", header: "Order cost", align: "right", cell: (l) => (l.order_cost !== null ? formatMoney(l.order_cost, l.currency_code) : "–") },
  { key: "updated", header: "Updated", cell: (l) => `${formatDate(l.updated_at)} (${l.source})` },
]

const EXAMPLE = "sku,location,supplier,lead_time_days,lead_time_sd_days,pack_size,moq,order_cost,currency_code\nFN-WDR-0002-M-OLI,Berlin Warehouse,Atelier Textiles,21,4,6,12,25.00,eur"

/** Supplier lead times: the list, and an import from CSV that reports each bad line. */
export const LeadTimesCard = () => {
  const list = usePagedList<{ q?: string }>(10)
  const { data, error } = useLeadTimes(list.query)
  const importer = useImportLeadTimes()
  const [csv, setCsv] = useState("")
  const [result, setResult] = useState<ImportResult | null>(null)
  const run = async () => {
    try {
      const r = await importer.mutateAsync({ csv })
      setResult(r)
      toast[r.errors.length ? "warning" : "success"](`${r.imported} of ${r.lines} lines imported${r.errors.length ? `, ${r.errors.length} with errors` : ""}`)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }
  const readFile = async (f: File | undefined) => {
    if (f) setCsv(await f.text())
  }
  return (
    <SectionCard
      testId="lead-times"
      title="Supplier lead times"
      subtitle={data ? `${formatNumber(data.count)} entered or imported; other variants plan with the default ${formatNumber(data.default.lead_time_days)} ± ${formatNumber(data.default.lead_time_sd_days)} days` : "Lead time, spread, pack size and minimum order per variant (and location)"}
    >
      <DataTable columns={COLUMNS} rows={data?.lead_times} error={error} pager={list.pager(data?.count)} rowTestId="lead-time-row" empty="No supplier terms yet: import a CSV below." />
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" weight="plus">
          Import from CSV
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          Columns: sku (or variant_id), location (id or name; empty = every location), supplier, lead_time_days, lead_time_sd_days, pack_size, moq, order_cost (a decimal amount), currency_code. A line replaces the same variant and location's terms.
        </Text>
        <Textarea rows={4} value={csv} onChange={(e) => setCsv(e.target.value)} placeholder={EXAMPLE} className="font-mono txt-compact-xsmall" data-testid="lead-time-csv" />
        <div className="flex items-center gap-x-2">
          <input type="file" accept=".csv,text/csv" onChange={(e) => readFile(e.target.files?.[0])} className="txt-compact-small" />
          <Button size="small" variant="secondary" onClick={run} isLoading={importer.isPending} disabled={!csv.trim()} data-testid="lead-time-import">
            Import
          </Button>
        </div>
        {result && (
          <div data-testid="lead-time-import-result">
            <Text size="small">
              {result.imported} of {result.lines} lines imported ({result.replaced} replaced)
            </Text>
            {result.errors.map((e) => (
              <Text key={`${e.line}-${e.field}`} size="xsmall" className="text-ui-fg-error" data-testid="lead-time-import-error">
                line {e.line}, {e.field}: {e.message}
              </Text>
            ))}
          </div>
        )}
      </div>
    </SectionCard>
  )
}
