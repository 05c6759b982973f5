import { defineDemoSeed } from "@finesse/core/demo-seed"
import { runDeliveryAlerts } from "../engine/alerts"
import { logisticsOf, utcDay } from "../engine/container"
import { planDispatch } from "../engine/dispatch"
import { syncAllLocations } from "../engine/locations"
import { runScenario } from "../engine/network"
import { DEFAULT_ROUTING_CONFIG } from "../lib/routing/registry"
import { CARRIERS, demoRates, DRIVERS, FLEET_REGION, LOCATION_SETUP, VEHICLES } from "./demo-data"
import { seedRoutingHistory } from "./demo-history"

/**
 * The logistics part of the demo store: the four locations' capacities and markets, carriers with rate tables,
 * an own-fleet region (Berlin & Hamburg vans), routing decisions for the last 45 days of orders (some split),
 * tracking times with one late carrier, today's dispatch plan solved by the VRP solver, the alert it raises and a
 * saved network what-if.
 */
export default defineDemoSeed({
  plugin: "logistics",
  about: "location capacities, carriers and rates, own-fleet vans, routing decisions with splits, today's dispatch plan, a late carrier",
  steps: [
    {
      name: "locations",
      run: async ({ container }) => {
        await syncAllLocations(container)
        const svc = logisticsOf(container)
        const stock = await svc.db().raw(`select id, metadata->>'demo_key' k from stock_location where deleted_at is null`)
        let n = 0
        for (const s of stock.rows) {
          const setup = LOCATION_SETUP[s.k]
          if (!setup) continue
          const [row] = (await svc.listFinesseLogisticsLocations({ stock_location_id: s.id })) as any[]
          await svc.updateFinesseLogisticsLocations({ id: row.id, daily_capacity: setup.capacity, priority: setup.priority, markets: setup.markets, carrier_cutoff_hour: setup.cutoff } as any)
          n++
        }
        await svc.setSetting("routing", DEFAULT_ROUTING_CONFIG, null)
        return `${n} locations with capacities and markets; routing rules ${DEFAULT_ROUTING_CONFIG.strategies.map((s) => s.code).join(" → ")}`
      },
    },
    {
      name: "carriers",
      run: async ({ container }) => {
        const svc = logisticsOf(container)
        const have = new Set(((await svc.listFinesseLogisticsCarriers({})) as any[]).map((c) => c.code))
        const add = CARRIERS.filter((c) => !have.has(c.code))
        if (add.length) await svc.createFinesseLogisticsCarriers(add.map((c) => ({ code: c.code, name: c.name, fulfillment_provider_id: "manual_manual", active: true })) as any)
        const rates = demoRates()
        await svc.db().raw(`delete from finesse_logistics_rate where carrier_code = any(?)`, [CARRIERS.map((c) => c.code)])
        for (let i = 0; i < rates.length; i += 200) await svc.createFinesseLogisticsRates(rates.slice(i, i + 200) as any)
        svc.invalidate()
        return `${CARRIERS.length} carriers, ${rates.length} rate rows`
      },
    },
    {
      name: "fleet",
      run: async ({ container }) => {
        const svc = logisticsOf(container)
        const [depot] = (await svc.db().raw(`select id from stock_location where metadata->>'demo_key' = 'loc_berlin_wh' and deleted_at is null`)).rows
        if (!depot) return "no Berlin warehouse: skipped"
        let [region] = (await svc.listFinesseLogisticsFleetRegions({ name: FLEET_REGION.name })) as any[]
        if (!region) region = await svc.createFinesseLogisticsFleetRegions({ ...FLEET_REGION, depot_location_id: depot.id } as any)
        const vehicles = (await svc.listFinesseLogisticsVehicles({ fleet_region_id: region.id })) as any[]
        for (const v of VEHICLES) if (!vehicles.some((x) => x.name === v.name)) vehicles.push(await svc.createFinesseLogisticsVehicles({ ...v, fleet_region_id: region.id, active: true } as any))
        const drivers = (await svc.listFinesseLogisticsDrivers({ fleet_region_id: region.id })) as any[]
        for (const [k, name] of DRIVERS.entries()) {
          if (!drivers.some((d) => d.name === name)) await svc.createFinesseLogisticsDrivers({ name, fleet_region_id: region.id, vehicle_id: vehicles[k]?.id ?? null, active: true } as any)
        }
        svc.invalidate()
        return `${region.name}: ${VEHICLES.length} vans, ${DRIVERS.length} drivers`
      },
    },
    {
      name: "routing-history",
      run: async (ctx) => {
        const r = await seedRoutingHistory(ctx, 45)
        return `${r.orders} orders routed (${r.splits} split), ${r.shipments} shipments, ${r.own_fleet} by own fleet`
      },
    },
    {
      name: "dispatch-plan",
      run: async ({ container, now }) => {
        const svc = logisticsOf(container)
        const [region] = (await svc.listFinesseLogisticsFleetRegions({ name: FLEET_REGION.name })) as any[]
        if (!region) return "no own-fleet region: skipped"
        // today, or at a small scale the first coming day with own-fleet parcels
        const today = utcDay(now.getTime())
        const next = await svc.db().raw(
          `select min(delivery_day) d from finesse_logistics_shipment where fleet_region_id = ? and mode = 'own_fleet' and status in ('pending', 'shipped') and delivery_day >= ? and deleted_at is null`,
          [region.id, today]
        )
        const day = (next.rows[0]?.d as string | null) ?? today
        const r = await planDispatch(container, { fleet_region_id: region.id, day, seconds: 3 })
        return `${day}: ${r.stops} stops on ${r.vehicles_used} vans, ${r.distance_km} km, feasible ${r.feasible}`
      },
    },
    {
      name: "alerts",
      run: async ({ container, now }) => {
        const r = await runDeliveryAlerts(container, now.getTime())
        return `${r.evaluated} shipments checked: ${r.raised} alerts raised, ${r.notified} notified`
      },
    },
    {
      name: "network-scenario",
      run: async ({ container, now }) => {
        const svc = logisticsOf(container)
        const [have] = await svc.listFinesseLogisticsWhatIfs({ name: "Add a Munich centre" })
        if (have) return "already there"
        const input = { kind: "add" as const, site: "city:de:munchen", days: 90, speed_kmh: 70, detour_factor: 1.25, next_day_km: 500, keep_existing: false, capacitated: false, capacities: {} }
        const result = await runScenario(container, input, now.getTime())
        await svc.createFinesseLogisticsWhatIfs({ name: "Add a Munich centre", kind: "add", input, result } as any)
        return `Munich centre: ${result.saved_km} km (${result.saved_pct} %) saved on ${result.demand.placed} orders`
      },
    },
  ],
})
