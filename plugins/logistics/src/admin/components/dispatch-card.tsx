import { Badge, Input, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { DataTable, EmptyState, Field, OptionSelect, SectionCard, StartJobButton, StatGrid, StatTile, TitleCell, formatDateTime, formatNumber, usePagedList, type Column } from "@finesse/core/admin-kit"
import { clock, routeSheetCsvUrl, startDispatch, useFleetRegions, usePlan, usePlans, type DispatchPlan, type DispatchRoute } from "../hooks/logistics"
import { RoutePlot } from "./route-plot"

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)

const PlanDetail = ({ id }: { id: string }) => {
  const { data, error } = usePlan(id)
  const p = data?.dispatch_plan
  if (error) return <Text size="small">{String(error)}</Text>
  if (!p) return null
  const columns: Column<DispatchRoute>[] = [
    { key: "v", header: "Vehicle", cell: (r) => <TitleCell title={r.vehicle_name} detail={r.driver_name ?? "no driver"} /> },
    { key: "stops", header: "Stops", align: "right", cell: (r) => r.stops.length },
    { key: "load", header: "Units", align: "right", cell: (r) => r.load },
    { key: "km", header: "km", align: "right", cell: (r) => formatNumber(r.distance_km, 1) },
    { key: "time", header: "Out – back (UTC)", cell: (r) => `${clock(r.start_min)} – ${clock(r.end_min)}` },
    { key: "seq", header: "Orders in order", className: "whitespace-normal max-w-[320px]", cell: (r) => r.stops.map((s) => (s.display_id ? `#${s.display_id}` : s.order_id.slice(-6))).join(" → ") },
    {
      key: "export",
      header: "Driver's sheet",
      cell: (r) => (
        <div className="flex gap-x-3">
          <a href={routeSheetCsvUrl(p.id, r.id)} className="text-ui-fg-interactive txt-small" data-testid="route-csv">
            CSV
          </a>
          <Link to={`/finesse/logistics/dispatch/${p.id}/print?route=${r.id}`} className="text-ui-fg-interactive txt-small" data-testid="route-print">
            Print
          </Link>
        </div>
      ),
    },
  ]
  return (
    <>
      <StatGrid inset>
        <StatTile label="Stops" value={formatNumber(p.stops)} testId="plan-stops" />
        <StatTile label="Vans" value={`${p.vehicles_used} of ${p.vehicles_available}`} />
        <StatTile label="Distance" value={`${formatNumber(p.distance_km, 1)} km`} hint={`${formatNumber(p.duration_min / 60, 1)} h on the road`} />
        <StatTile label="Plan" value={p.feasible ? <Badge color="green">feasible</Badge> : <Badge color="red">not feasible</Badge>} hint={`solved in ${p.details?.seconds ?? "?"} s, v${p.version}`} testId="plan-feasible" />
      </StatGrid>
      {(p.problems.length > 0 || p.unserved.length > 0) && (
        <div className="px-6 py-3">
          {p.problems.map((x) => (
            <Text key={x} size="small" className="text-ui-fg-error">
              {x}
            </Text>
          ))}
          {p.unserved.map((u) => (
            <Text key={u.stop_id} size="small" className="text-ui-fg-error">
              Not served: {u.stop_id} — {u.reason}
            </Text>
          ))}
        </div>
      )}
      <div className="px-6 py-4">{p.details?.depot && p.routes?.length ? <RoutePlot depot={p.details.depot} routes={p.routes} /> : <Text size="small">No routes: no own-fleet parcels that day.</Text>}</div>
      <DataTable columns={columns} rows={p.routes} rowTestId="route-row" empty="No routes." />
    </>
  )
}

/** The own fleet's day: plan it with the solver, see the routes on a schematic map, export each driver's sheet. */
export const DispatchCard = () => {
  const regions = useFleetRegions()
  const [regionId, setRegionId] = useState<string>("")
  const [day, setDay] = useState(tomorrow())
  const list = usePagedList(10)
  const plans = usePlans({ ...list.query, fleet_region_id: regionId || undefined })
  const [selected, setSelected] = useState<string | null>(null)
  useEffect(() => {
    if (!regionId && regions.data?.fleet_regions[0]) setRegionId(regions.data.fleet_regions[0].id)
  }, [regions.data])
  useEffect(() => {
    const first = plans.data?.dispatch_plans[0]
    if (first && (!selected || !plans.data!.dispatch_plans.some((x) => x.id === selected))) setSelected(first.id)
  }, [plans.data])
  const region = regions.data?.fleet_regions.find((r) => r.id === regionId)
  if (regions.data && !regions.data.fleet_regions.length) {
    return (
      <EmptyState title="No own-fleet region yet" testId="dispatch-empty">
        Create a fleet region (depot, postcodes, vans) through POST /admin/finesse/logistics/fleet-regions; orders delivered there are then planned here each day.
      </EmptyState>
    )
  }
  const planColumns: Column<DispatchPlan>[] = [
    { key: "day", header: "Day", cell: (p) => p.day },
    { key: "stops", header: "Stops", align: "right", cell: (p) => p.stops },
    { key: "vans", header: "Vans", align: "right", cell: (p) => p.vehicles_used },
    { key: "km", header: "km", align: "right", cell: (p) => formatNumber(p.distance_km, 1) },
    { key: "ok", header: "", cell: (p) => (p.feasible ? <Badge size="2xsmall" color="green">feasible</Badge> : <Badge size="2xsmall" color="red">check</Badge>) },
    { key: "at", header: "Planned", cell: (p) => formatDateTime(p.created_at) },
  ]
  return (
    <div className="flex flex-col gap-y-3">
      <SectionCard
        testId="dispatch-card"
        title="Own-fleet dispatch"
        subtitle={region ? `${region.name}: ${region.vehicles.filter((v) => v.active).length} vans, ${region.drivers.length} drivers, shift ${clock(region.shift_start_min)}–${clock(region.shift_end_min)} UTC, ${region.policy.replace("_", " ")}` : "Loading…"}
        actions={
          <div className="flex items-end gap-x-2">
            <Field label="Region">
              <OptionSelect value={regionId} onChange={setRegionId} options={(regions.data?.fleet_regions ?? []).map((r) => ({ value: r.id, label: r.name }))} className="w-[200px]" />
            </Field>
            <Field label="Day">
              <Input size="small" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
            </Field>
            <StartJobButton label="Plan routes" runningLabel="Planning…" start={() => startDispatch({ fleet_region_id: regionId, day })} refresh={[["logistics", "plans"], ["logistics", "plan"]]} done={() => `Routes planned for ${day}`} testId="plan-routes" />
          </div>
        }
      >
        {selected ? <PlanDetail id={selected} /> : <Text size="small" className="px-6 py-4">No plan yet for this region: pick a day and plan its routes.</Text>}
      </SectionCard>
      <SectionCard title="Plans" subtitle="The current plan of each day (planning again replaces it)">
        <DataTable columns={planColumns} rows={plans.data?.dispatch_plans} error={plans.error} pager={list.pager(plans.data?.count)} onRowClick={(p) => setSelected(p.id)} rowProps={(p) => ({ "data-selected": p.id === selected, className: p.id === selected ? "bg-ui-bg-highlight" : undefined })} rowTestId="plan-row" empty="No plans yet." />
      </SectionCard>
    </div>
  )
}
