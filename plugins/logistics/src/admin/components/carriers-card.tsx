import { Badge, Button, Input, Switch, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { DataTable, FilterSelect, SectionCard, TitleCell, formatMoney, formatNumber, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useCarriers, useDeleteRate, useImportRates, useModes, useRates, type Carrier, type ModeSummary, type Rate } from "../hooks/logistics"

const CARRIER_COLUMNS: Column<Carrier>[] = [
  { key: "name", header: "Carrier", cell: (c) => <TitleCell title={c.name} detail={c.code} mono /> },
  { key: "provider", header: "Medusa fulfilment provider", cell: (c) => c.fulfillment_provider_id ?? <Text size="small" className="text-ui-fg-muted">none</Text> },
  { key: "rates", header: "Rate rows", align: "right", cell: (c) => formatNumber(c.rates) },
  { key: "active", header: "", cell: (c) => (c.active ? <Badge size="2xsmall" color="green">active</Badge> : <Badge size="2xsmall">off</Badge>) },
]

const RatesTable = ({ carriers }: { carriers: Carrier[] }) => {
  const list = usePagedList<{ carrier_code?: string; dest_country?: string }>(25)
  const { data, error } = useRates(list.query)
  const remove = useDeleteRate()
  const columns: Column<Rate>[] = [
    { key: "carrier", header: "Carrier · service", cell: (r) => `${r.carrier_code} · ${r.service}` },
    { key: "lane", header: "Lane", cell: (r) => `${r.origin_country?.toUpperCase() ?? "any"} → ${r.dest_country.toUpperCase()}${r.dest_postcode_prefix ? ` ${r.dest_postcode_prefix}…` : ""}` },
    { key: "weight", header: "Up to", align: "right", cell: (r) => `${formatNumber(r.max_weight_g / 1000, 1)} kg` },
    { key: "price", header: "Price", align: "right", cell: (r) => formatMoney(r.price, r.currency_code) },
    { key: "days", header: "Transit", align: "right", cell: (r) => `${r.transit_days} d` },
    { key: "x", header: "", cell: (r) => <Button size="small" variant="transparent" onClick={() => runWithToast(() => remove.mutateAsync(r.id), "Rate removed")}>Remove</Button> },
  ]
  return (
    <SectionCard
      testId="rates-card"
      title="Rate tables"
      subtitle="Price per parcel by weight bracket and destination; the routing's cheapest strategy and the mode choice quote from these."
      actions={<FilterSelect {...list.select("carrier_code")} allLabel="All carriers" options={carriers.map((c) => ({ value: c.code, label: c.name }))} className="w-[180px]" />}
    >
      <DataTable columns={columns} rows={data?.rates} error={error} pager={list.pager(data?.count)} rowTestId="rate-row" empty="No rates yet: import a carrier's rate sheet below." />
    </SectionCard>
  )
}

const ImportRates = () => {
  const imp = useImportRates()
  const [csv, setCsv] = useState("")
  const [replace, setReplace] = useState(true)
  const [result, setResult] = useState<{ imported: number; errors: { line: number; message: string }[] } | null>(null)
  return (
    <SectionCard title="Import rates" subtitle="CSV with columns carrier, service, origin_country, dest_country, dest_postcode_prefix, max_weight_kg (or max_weight_g), price (or price_minor), currency, transit_days">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <Input
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const f = e.target.files?.[0]
            if (f) setCsv(await f.text())
          }}
        />
        <Textarea rows={4} className="font-mono text-xs" placeholder="carrier,service,origin_country,dest_country,max_weight_kg,price,currency,transit_days" value={csv} onChange={(e) => setCsv(e.target.value)} />
        <div className="flex items-center justify-between">
          <div className="flex items-center gap-x-2">
            <Switch checked={replace} onCheckedChange={setReplace} />
            <Text size="small">{replace ? "Replace the carriers' existing rates" : "Add to the existing rates"}</Text>
          </div>
          <Button size="small" disabled={!csv.trim()} isLoading={imp.isPending} onClick={() => runWithToast(async () => setResult(await imp.mutateAsync({ csv, replace })), (r) => `Rates imported`)}>
            Import
          </Button>
        </div>
        {result && (
          <Text size="small" data-testid="rate-import-result">
            {result.imported} rates imported{result.errors.length ? `; skipped: ${result.errors.map((e) => `line ${e.line} (${e.message})`).join("; ")}` : ""}
          </Text>
        )}
      </div>
    </SectionCard>
  )
}

const days = (d: number | null) => (d === null ? "—" : `${d} d`)

/** Own fleet against carriers per delivery region over the last 30 days. */
export const ModesCard = () => {
  const { data, error } = useModes(30)
  const columns: Column<ModeSummary>[] = [
    { key: "region", header: "Delivery region", cell: (m) => m.region },
    { key: "n", header: "Shipments", align: "right", cell: (m) => formatNumber(m.shipments) },
    { key: "split", header: "Own fleet / carrier", align: "right", cell: (m) => `${m.own_fleet} / ${m.carrier}` },
    { key: "own", header: "Own fleet cost", align: "right", cell: (m) => (m.compared ? formatMoney(Math.round(m.own_cost / m.compared), m.currency_code) + " per parcel" : "—") },
    { key: "car", header: "Carrier cost", align: "right", cell: (m) => (m.compared ? formatMoney(Math.round(m.carrier_cost / m.compared), m.currency_code) + " per parcel" : "—") },
    { key: "promise", header: "Promised (own / carrier)", align: "right", cell: (m) => `${days(m.mean_own_days)} / ${days(m.mean_carrier_days)}` },
  ]
  return (
    <SectionCard testId="modes-card" title="Own fleet, carrier or hybrid" subtitle="Per delivery region: which mode parcels took and what each would cost and promise where both could deliver (own-fleet cost: Daganzo's route-length approximation)">
      <DataTable columns={columns} rows={data?.regions} error={error} rowKey={(m) => m.region} rowTestId="mode-row" empty="No shipments in the last 30 days." />
    </SectionCard>
  )
}

export const CarriersSection = () => {
  const { data, error } = useCarriers()
  return (
    <div className="flex flex-col gap-y-3">
      <ModesCard />
      <SectionCard testId="carriers-card" title="Carriers" subtitle="Linked to a Medusa fulfilment provider where one exists">
        <DataTable columns={CARRIER_COLUMNS} rows={data?.carriers} error={error} rowTestId="carrier-row" empty="No carriers yet: importing a rate sheet creates them." />
      </SectionCard>
      <RatesTable carriers={data?.carriers ?? []} />
      <ImportRates />
    </div>
  )
}
