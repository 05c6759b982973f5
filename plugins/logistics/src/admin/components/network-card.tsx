import { Button, Input, Switch, Text } from "@medusajs/ui"
import { useState } from "react"
import { DataTable, Field, OptionSelect, SectionCard, StatGrid, StatTile, formatDateTime, formatNumber, formatPercent, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useDemand, useRunScenario, useScenarios, type DemandPoint, type Scenario, type Site, type WhatIfResult } from "../hooks/logistics"

/** Demand bubbles and sites on a plain longitude/latitude plot (no map tiles: the admin stays offline). */
const DemandMap = ({ demand, sites, open }: { demand: DemandPoint[]; sites: Site[]; open?: string[] }) => {
  const width = 720
  const height = 340
  const pts = [...demand, ...sites]
  if (!pts.length) return null
  const lats = pts.map((p) => p.lat)
  const lngs = pts.map((p) => p.lng)
  const [s, n, w, e] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)]
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180)
  const sx = (width - 40) / Math.max(1e-6, (e - w) * k)
  const sy = (height - 40) / Math.max(1e-6, n - s)
  const sc = Math.min(sx, sy)
  const X = (lng: number) => 20 + (lng - w) * k * sc
  const Y = (lat: number) => height - 20 - (lat - s) * sc
  const max = Math.max(1, ...demand.map((d) => d.weight))
  const shown = new Set(open ?? sites.filter((x) => x.existing).map((x) => x.key))
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxHeight: height, background: "var(--bg-subtle)", borderRadius: 8 }} data-testid="demand-map">
      {demand.map((d) => (
        <circle key={d.key} cx={X(d.lng)} cy={Y(d.lat)} r={3 + 12 * Math.sqrt(d.weight / max)} fill="var(--tag-blue-icon)" fillOpacity={0.35}>
          <title>{`${d.label}: ${d.weight} orders`}</title>
        </circle>
      ))}
      {sites
        .filter((x) => shown.has(x.key))
        .map((x) => (
          <g key={x.key}>
            <rect x={X(x.lng) - 6} y={Y(x.lat) - 6} width={12} height={12} fill={x.existing ? "var(--fg-base)" : "var(--tag-orange-icon)"} />
            <text x={X(x.lng) + 8} y={Y(x.lat) - 8} fontSize={11} fill="var(--fg-base)">
              {x.label}
            </text>
          </g>
        ))}
    </svg>
  )
}

const ResultTiles = ({ r }: { r: WhatIfResult }) => (
  <StatGrid inset testId="scenario-result">
    <StatTile label="Road km saved" value={formatNumber(r.saved_km)} hint={`${formatPercent(r.saved_pct / 100)} of ${formatNumber(r.baseline.weighted_km)} km over ${r.demand.days} days`} valueTestId="scenario-saved-km" />
    <StatTile label="Per order" value={`${formatNumber(r.saved_km_per_order, 1)} km`} hint={`${formatNumber(r.baseline.mean_km, 0)} → ${formatNumber(r.scenario.mean_km, 0)} km`} />
    <StatTile label="Driving time saved" value={`${formatNumber(r.saved_hours_per_order * 60, 0)} min per order`} hint={`${formatNumber(r.saved_hours)} h in total`} />
    <StatTile label="Within next-day reach" value={`${formatPercent(r.baseline.within_next_day)} → ${formatPercent(r.scenario.within_next_day)}`} hint={`${formatNumber(r.moved_demand)} orders change site · ${r.method}`} />
  </StatGrid>
)

/** Network what-if: demand by delivery area, adding or moving a distribution centre, p-median / capacitated re-design. */
export const NetworkCard = () => {
  const [days, setDays] = useState(90)
  const demand = useDemand(days)
  const run = useRunScenario()
  const list = usePagedList(10)
  const saved = useScenarios(list.query)
  const [form, setForm] = useState({ name: "", kind: "add", site: "", from: "", to: "", p: 2, capacitated: false })
  const [shown, setShown] = useState<Scenario | null>(null)
  const sites = demand.data?.sites ?? []
  const existing = sites.filter((s) => s.existing)
  const candidates = sites.filter((s) => !s.existing)
  const submit = () =>
    runWithToast(async () => {
      const body: Record<string, unknown> = { name: form.name || `${form.kind} ${new Date().toISOString().slice(0, 16)}`, kind: form.kind, days, capacitated: form.capacitated }
      if (form.kind === "add") body.site = form.site
      if (form.kind === "move") Object.assign(body, { from: form.from, to: form.to })
      if (form.kind === "optimise") body.p = Number(form.p)
      const { scenario } = await run.mutateAsync(body)
      setShown(scenario)
    }, "Scenario computed")
  const rankColumns: Column<NonNullable<typeof demand.data>["ranking"][number]>[] = [
    { key: "site", header: "Add a centre at", cell: (r) => r.label },
    { key: "km", header: "km saved", align: "right", cell: (r) => formatNumber(r.saved_km) },
    { key: "pct", header: "Share", align: "right", cell: (r) => formatPercent(r.saved_pct / 100) },
    { key: "per", header: "Per order", align: "right", cell: (r) => `${formatNumber(r.saved_km_per_order, 1)} km · ${formatNumber(r.saved_hours_per_order * 60, 0)} min` },
  ]
  const savedColumns: Column<Scenario>[] = [
    { key: "name", header: "Scenario", cell: (s) => s.name },
    { key: "kind", header: "Kind", cell: (s) => s.kind },
    { key: "km", header: "km saved", align: "right", cell: (s) => formatNumber(s.result.saved_km) },
    { key: "pct", header: "Share", align: "right", cell: (s) => formatPercent(s.result.saved_pct / 100) },
    { key: "at", header: "Run", cell: (s) => formatDateTime(s.created_at) },
  ]
  return (
    <div className="flex flex-col gap-y-3">
      <SectionCard
        testId="network-card"
        title="Network what-if"
        subtitle={demand.data ? `${formatNumber(demand.data.orders)} orders in the last ${days} days placed on ${demand.data.demand.length} delivery areas (${formatNumber(demand.data.unplaced)} without a placeable address); squares are distribution centres` : "Loading demand…"}
        actions={
          <Field label="Demand window">
            <OptionSelect value={String(days)} onChange={(v) => setDays(Number(v))} options={[30, 90, 180, 365].map((d) => ({ value: String(d), label: `${d} days` }))} className="w-[120px]" />
          </Field>
        }
      >
        <div className="px-6 py-4">{demand.data && <DemandMap demand={demand.data.demand} sites={sites} open={shown?.result.scenario.sites} />}</div>
        <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-6">
          <Field label="Name">
            <Input size="small" value={form.name} placeholder="e.g. Munich hub" onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </Field>
          <Field label="Scenario">
            <OptionSelect value={form.kind} onChange={(v) => setForm({ ...form, kind: v })} options={[{ value: "add", label: "Add a centre" }, { value: "move", label: "Move a centre" }, { value: "optimise", label: "Re-choose p centres" }]} testId="scenario-kind" />
          </Field>
          {form.kind === "add" && (
            <Field label="New centre" className="md:col-span-2">
              <OptionSelect value={form.site} onChange={(v) => setForm({ ...form, site: v })} options={candidates.map((c) => ({ value: c.key, label: c.label }))} placeholder="Pick a city" testId="scenario-site" />
            </Field>
          )}
          {form.kind === "move" && (
            <>
              <Field label="Move">
                <OptionSelect value={form.from} onChange={(v) => setForm({ ...form, from: v })} options={existing.map((c) => ({ value: c.key, label: c.label }))} placeholder="Existing" />
              </Field>
              <Field label="To">
                <OptionSelect value={form.to} onChange={(v) => setForm({ ...form, to: v })} options={candidates.map((c) => ({ value: c.key, label: c.label }))} placeholder="City" />
              </Field>
            </>
          )}
          {form.kind === "optimise" && (
            <Field label="Centres (p)" className="md:col-span-2">
              <Input size="small" type="number" min={1} max={20} value={form.p} onChange={(e) => setForm({ ...form, p: Number(e.target.value) })} />
            </Field>
          )}
          <Field label="Capacities">
            <div className="flex h-8 items-center gap-x-2">
              <Switch checked={form.capacitated} onCheckedChange={(v) => setForm({ ...form, capacitated: v })} />
              <Text size="xsmall">{form.capacitated ? "daily capacity × days" : "unlimited"}</Text>
            </div>
          </Field>
          <div className="flex items-end">
            <Button size="small" onClick={submit} isLoading={run.isPending} data-testid="scenario-run">
              Compute
            </Button>
          </div>
        </div>
        {shown && (
          <>
            <Text size="small" weight="plus" className="px-6 pt-3">
              {shown.name}: {shown.result.baseline.sites.map((k) => shown.result.labels[k]).join(", ")} → {shown.result.scenario.sites.map((k) => shown.result.labels[k]).join(", ")}
            </Text>
            <ResultTiles r={shown.result} />
          </>
        )}
      </SectionCard>
      <SectionCard title="Best single additions" subtitle="Each candidate city added on its own to today's centres (nearest-centre assignment)">
        <DataTable columns={rankColumns} rows={demand.data?.ranking} rowKey={(r) => r.site} rowTestId="candidate-row" empty="No demand yet." />
      </SectionCard>
      <SectionCard title="Saved scenarios">
        <DataTable columns={savedColumns} rows={saved.data?.scenarios} error={saved.error} pager={list.pager(saved.data?.count)} onRowClick={setShown} rowTestId="scenario-row" empty="No scenarios yet: compute one above." />
      </SectionCard>
    </div>
  )
}
