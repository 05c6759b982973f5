import { haversineKm } from "../../geo/haversine"
import { solveVrptw } from "../../vrp"
import { buildDispatchInstance, clock, type DispatchSettings, type DispatchStop } from "../dispatch-instance"
import { readDispatchSolution } from "../dispatch-plan"
import { csvCell, routeSheetCsv } from "../route-sheet"

const DEPOT = { lat: 52.5873, lng: 13.2838 }
const settings: DispatchSettings = {
  depot: DEPOT, vehicles: 2, capacity: 5, shift_start_min: 480, shift_end_min: 1080, service_min: 4, service_per_unit_min: 1,
  road: { speedKmh: 30, detourFactor: 1.3 },
}
// four Berlin postcodes (10115 Mitte, 10437 Prenzlauer Berg, 12043 Neukölln, 10623 Charlottenburg)
const stops: DispatchStop[] = [
  { id: "s1", order_id: "o1", lat: 52.532, lng: 13.385, units: 3, window: null },
  { id: "s2", order_id: "o2", lat: 52.542, lng: 13.412, units: 2, window: [540, 720] },
  { id: "s3", order_id: "o3", lat: 52.481, lng: 13.437, units: 3, window: [780, 1020] },
  { id: "s4", order_id: "o4", lat: 52.508, lng: 13.326, units: 2, window: null },
]

describe("dispatch instance", () => {
  it("has haversine road km and minutes at the road speed, shift-clipped windows and service by units", () => {
    const d = buildDispatchInstance(stops, settings)
    const N = 5
    const km = haversineKm(DEPOT, stops[0]) * 1.3
    const dist = d.instance.distance as Float64Array
    const time = d.instance.travelTime as Float64Array
    expect(dist[0 * N + 1]).toBeCloseTo(km, 9)
    expect(time[0 * N + 1]).toBeCloseTo((km / 30) * 60, 9)
    expect(d.instance.customers.map((c) => [c.ready, c.due, c.service, c.demand])).toEqual([
      [480, 1080, 7, 3], [540, 720, 6, 2], [780, 1020, 7, 3], [480, 1080, 6, 2],
    ])
    expect(d.instance.vehicles).toEqual({ count: 2, capacity: 5 })
    expect(d.issues).toEqual([])
  })
  it("flags a window outside the shift", () => {
    const d = buildDispatchInstance([{ ...stops[0], window: [1100, 1200] }], settings)
    expect(d.issues).toEqual([{ stop_id: "s1", message: "window 18:20–20:00 is outside the shift 08:00–18:00" }])
  })
})

describe("solving and reading a day's plan", () => {
  it("gives feasible routes: capacity 5 forces two vehicles for 10 units, windows kept, every stop once", () => {
    const d = buildDispatchInstance(stops, settings)
    const sol = solveVrptw(d.instance, { seed: 1, seconds: Infinity, routeMinIterations: 200, hgsIterations: 200 })
    const plan = readDispatchSolution(d, sol)
    expect(plan.feasible).toBe(true)
    expect(plan.problems).toEqual([])
    expect(plan.vehicles_used).toBe(2)
    expect(plan.routes.flatMap((r) => r.stops.map((s) => s.stop_id)).sort()).toEqual(["s1", "s2", "s3", "s4"])
    for (const r of plan.routes) {
      expect(r.load).toBeLessThanOrEqual(5)
      for (const s of r.stops) {
        expect(s.start_min).toBeGreaterThanOrEqual(s.window[0])
        expect(s.arrival_min).toBeLessThanOrEqual(s.window[1])
      }
      expect(r.end_min).toBeLessThanOrEqual(1080)
    }
    // s2 (09:00–12:00) is served before noon, s3 (13:00–17:00) not before 13:00
    const at = (id: string) => plan.routes.flatMap((r) => r.stops).find((s) => s.stop_id === id)!
    expect(at("s2").start_min).toBeLessThanOrEqual(720)
    expect(at("s3").start_min).toBeGreaterThanOrEqual(780)
    expect(plan.distance_km).toBeCloseTo(plan.routes.reduce((s, r) => s + r.distance_km, 0), 5)
  })
  it("reports a stop that no vehicle can carry and a fleet that is too small", () => {
    const d = buildDispatchInstance([...stops, { id: "big", order_id: "o5", lat: 52.5, lng: 13.4, units: 9, window: null }], { ...settings, vehicles: 1 })
    const sol = solveVrptw(d.instance, { seed: 1, seconds: Infinity, routeMinIterations: 100, hgsIterations: 100 })
    const plan = readDispatchSolution(d, sol)
    expect(plan.unserved).toEqual([{ stop_id: "big", reason: "9 units exceed a vehicle's 5" }])
    expect(plan.feasible).toBe(false)
    expect(plan.problems).toContain("needs 2 vehicles; the fleet has 1")
  })
})

describe("route sheet CSV", () => {
  it("lists stops in order with addresses, quoting commas and defusing formulas", () => {
    const route = {
      index: 0, distance_km: 12.3, load: 3, start_min: 480, end_min: 600, duration_min: 120,
      stops: [{ sequence: 1, stop_id: "s1", order_id: "o1", lat: 52.532, lng: 13.385, units: 3, arrival_min: 500.4, start_min: 500.4, departure_min: 507.4, window: [480, 1080] as [number, number] }],
    }
    const csv = routeSheetCsv(route, { date: "2026-11-26", driver: "Kim", vehicle: "Van 1", addresses: new Map([["o1", { name: "Ada, L.", address: "Torstr. 1", postal_code: "10119", city: "Berlin", phone: "=cmd" }]]), orderLabel: () => "#1001" })
    expect(csv.split("\r\n")).toEqual([
      "date,driver,vehicle,stop,order,arrival,window,units,name,address,postal_code,city,phone,lat,lng",
      '2026-11-26,Kim,Van 1,1,#1001,08:20,08:00-18:00,3,"Ada, L.",Torstr. 1,10119,Berlin,\'=cmd,52.53200,13.38500',
      "",
    ])
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(clock(1079.6)).toBe("18:00")
  })
})
