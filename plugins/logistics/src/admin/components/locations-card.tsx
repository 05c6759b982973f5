import { Badge, Button, Drawer, Input, Switch, Text } from "@medusajs/ui"
import { useState } from "react"
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { AXIS_TICK, CHART, ChartCard, DataTable, Field, ProgressBar, SectionCard, TitleCell, formatNumber, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useLocations, useUpdateLocation, type Location } from "../hooks/logistics"

export const SERIES = [CHART.primary, CHART.orange, CHART.green, CHART.secondary, CHART.red, CHART.blue, CHART.grey]
const COLORS = SERIES

const EditLocation = ({ loc, onClose }: { loc: Location; onClose: () => void }) => {
  const update = useUpdateLocation()
  const [f, setF] = useState({
    lat: loc.lat ?? "",
    lng: loc.lng ?? "",
    markets: loc.markets.join(", "),
    daily_capacity: loc.daily_capacity ?? "",
    priority: loc.priority,
    carrier_cutoff_hour: loc.carrier_cutoff_hour,
    active: loc.active,
  })
  const submit = () =>
    runWithToast(async () => {
      await update.mutateAsync({
        id: loc.id,
        lat: f.lat === "" ? null : Number(f.lat),
        lng: f.lng === "" ? null : Number(f.lng),
        markets: f.markets.split(/[\s,]+/).filter(Boolean),
        daily_capacity: f.daily_capacity === "" ? null : Number(f.daily_capacity),
        priority: Number(f.priority),
        carrier_cutoff_hour: Number(f.carrier_cutoff_hour),
        active: f.active,
      })
      onClose()
    }, loc.active && !f.active ? `${loc.name} switched off; its orders are being re-routed` : `${loc.name} saved`)
  return (
    <Drawer open onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{loc.name}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <div className="grid grid-cols-2 gap-3">
            <Field label="Latitude">
              <Input size="small" value={f.lat} onChange={(e) => setF({ ...f, lat: e.target.value })} />
            </Field>
            <Field label="Longitude">
              <Input size="small" value={f.lng} onChange={(e) => setF({ ...f, lng: e.target.value })} />
            </Field>
          </div>
          <Field label="Markets (country codes it serves as its own)">
            <Input size="small" value={f.markets} onChange={(e) => setF({ ...f, markets: e.target.value })} />
          </Field>
          <div className="grid grid-cols-3 gap-3">
            <Field label="Shipments per day (empty: no limit)">
              <Input size="small" type="number" min={0} value={f.daily_capacity} onChange={(e) => setF({ ...f, daily_capacity: e.target.value })} data-testid="location-capacity-input" />
            </Field>
            <Field label="Rank (0 first)">
              <Input size="small" type="number" min={0} value={f.priority} onChange={(e) => setF({ ...f, priority: Number(e.target.value) })} />
            </Field>
            <Field label="Carrier cut-off (UTC hour)">
              <Input size="small" type="number" min={0} max={23} value={f.carrier_cutoff_hour} onChange={(e) => setF({ ...f, carrier_cutoff_hour: Number(e.target.value) })} />
            </Field>
          </div>
          <div className="flex items-center gap-x-2">
            <Switch checked={f.active} onCheckedChange={(v) => setF({ ...f, active: v })} />
            <Text size="small">{f.active ? "Ships orders" : "Switched off: its reserved orders move elsewhere"}</Text>
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button size="small" onClick={submit} isLoading={update.isPending} data-testid="location-save">
            Save
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** Stock locations as routing sees them: coordinates, markets, today's shipments against the daily capacity. */
export const LocationsCard = () => {
  const list = usePagedList(20)
  const { data, error } = useLocations(list.query)
  const [editing, setEditing] = useState<Location | null>(null)
  const columns: Column<Location>[] = [
    { key: "name", header: "Location", cell: (l) => <TitleCell title={l.name} detail={[l.city, l.country_code?.toUpperCase()].filter(Boolean).join(", ")} /> },
    {
      key: "coords",
      header: "Coordinates",
      cell: (l) => (l.lat === null ? <Badge size="2xsmall" color="red">none: not routable by distance</Badge> : <TitleCell mono title={`${l.lat.toFixed(3)}, ${l.lng!.toFixed(3)}`} detail={l.geocode_source ?? ""} />),
    },
    { key: "markets", header: "Markets", cell: (l) => l.markets.map((m) => m.toUpperCase()).join(" ") || "—" },
    {
      key: "use",
      header: `Today (${data?.day ?? ""})`,
      className: "w-[200px]",
      cell: (l) =>
        l.daily_capacity === null ? (
          <Text size="small">{l.used_today} shipments · no limit</Text>
        ) : (
          <div className="flex flex-col gap-y-1" data-testid="location-use">
            <Text size="small">
              {l.used_today} / {l.daily_capacity} shipments
            </Text>
            <ProgressBar value={l.daily_capacity ? Math.min(100, (l.used_today / l.daily_capacity) * 100) : 100} tone={l.used_today >= (l.daily_capacity ?? Infinity) ? "error" : "default"} />
          </div>
        ),
    },
    { key: "stock", header: "On hand", align: "right", cell: (l) => <TitleCell title={formatNumber(l.stock.stocked)} detail={`${formatNumber(l.stock.reserved)} reserved`} /> },
    { key: "rank", header: "Rank", align: "right", cell: (l) => l.priority },
    { key: "active", header: "", cell: (l) => (l.active ? <Badge size="2xsmall" color="green">active</Badge> : <Badge size="2xsmall" color="grey">off</Badge>) },
    {
      key: "edit",
      header: "",
      cell: (l) => (
        <Button size="small" variant="transparent" onClick={() => setEditing(l)}>
          Edit
        </Button>
      ),
    },
  ]
  // shipments per day and location over two weeks, for the chart
  const days = [...new Set((data?.locations ?? []).flatMap((l) => l.use_history.map((h) => h.day)))].sort()
  const series = days.map((day) => Object.fromEntries([["day", day.slice(5)], ...(data?.locations ?? []).map((l) => [l.name, l.use_history.find((h) => h.day === day)?.shipments ?? 0])]))
  return (
    <div className="flex flex-col gap-y-3">
      <SectionCard testId="locations-card" title="Locations" subtitle="Coordinates come from the location's metadata or its address (offline gazetteer); capacity is shipments a location can pack per day.">
        <DataTable columns={columns} rows={data?.locations} error={error} pager={list.pager(data?.count)} rowTestId="location-row" empty="No stock locations yet: create one in Settings → Locations." />
      </SectionCard>
      <ChartCard testId="chart-capacity-use" title="Shipments routed per day" subtitle="Last 14 days, by location" legend={(data?.locations ?? []).map((l, k) => ({ label: l.name, color: COLORS[k % COLORS.length], kind: "box" as const }))}>
        {series.length ? (
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={series}>
              <CartesianGrid strokeDasharray="3 3" stroke={CHART.grid} vertical={false} />
              <XAxis dataKey="day" tick={AXIS_TICK} />
              <YAxis tick={AXIS_TICK} allowDecimals={false} width={36} />
              <Tooltip />
              {(data?.locations ?? []).map((l, k) => (
                <Bar key={l.id} dataKey={l.name} stackId="a" fill={COLORS[k % COLORS.length]} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        ) : (
          <Text size="small" className="text-ui-fg-subtle px-3">
            No shipments routed in the last 14 days.
          </Text>
        )}
      </ChartCard>
      {editing && <EditLocation loc={editing} onClose={() => setEditing(null)} />}
    </div>
  )
}
