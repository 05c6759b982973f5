import { haversineKm, withRoadMatrices } from "../geo"
import { solveVrptw } from "../solve"

describe("haversine matrices for dispatch", () => {
  test("one degree of latitude is 111.19 km; Paris - London is about 344 km", () => {
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(111.195, 2)
    expect(haversineKm({ lat: 48.8566, lng: 2.3522 }, { lat: 51.5074, lng: -0.1278 })).toBeCloseTo(343.9, 0)
  })

  test("road matrices: km x detour and minutes at the given speed, then solved like any instance", () => {
    const depot = { lat: 52.37, lng: 4.89 }
    const stops = [
      { lat: 52.38, lng: 4.9 },
      { lat: 52.36, lng: 4.88 },
      { lat: 52.39, lng: 4.87 },
    ]
    const inst = withRoadMatrices(
      {
        depot: { ready: 480, due: 1080 },
        customers: stops.map((_, k) => ({ id: `order_${k}`, demand: 1, ready: 480, due: 720, service: 5 })),
        vehicles: { count: 1, capacity: 10 },
      },
      [depot, ...stops],
      { speedKmh: 30, detourFactor: 1.5 },
    )
    const d = inst.distance as Float64Array
    const t = inst.travelTime as Float64Array
    const km = haversineKm(depot, stops[0]) * 1.5
    expect(d[1]).toBeCloseTo(km, 12)
    expect(t[1]).toBeCloseTo((km / 30) * 60, 12)
    const sol = solveVrptw(inst, { seconds: Infinity, routeMinIterations: 100, hgsIterations: 20 })
    expect(sol.feasible).toBe(true)
    expect(sol.vehicles).toBe(1)
    expect(sol.routes[0].stops[0].arrival).toBeGreaterThan(480)
  })
})
