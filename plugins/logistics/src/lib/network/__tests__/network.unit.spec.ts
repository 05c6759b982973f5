import { roadKm } from "../../geo/haversine"
import { capacitatedFacilityLocation } from "../cflp"
import { binomial, forEachSubset, pMedian, type LocationProblem } from "../p-median"
import { solveTransport } from "../transport"
import { evaluateOpen, rankAdditions, whatIf, type DemandPoint, type Site } from "../what-if"

describe("transportation problem (min-cost flow)", () => {
  it("solves Taha's textbook example to its optimum of 435", () => {
    // H. A. Taha, Operations Research: An Introduction, the transportation model example (3 sources, 4 destinations):
    // supply 15, 25, 10; demand 5, 15, 15, 15; northwest corner 520, least cost and Vogel 475, optimum 435.
    // Here facilities are the sources and demand points the destinations: cost[demand i][facility j].
    const c = [
      [10, 2, 20, 11],
      [12, 7, 9, 20],
      [4, 14, 16, 18],
    ]
    const m = 4
    const f = 3
    const cost = new Float64Array(m * f)
    for (let i = 0; i < m; i++) for (let j = 0; j < f; j++) cost[i * f + j] = c[j][i]
    const r = solveTransport(cost, Float64Array.from([5, 15, 15, 15]), Float64Array.from([15, 25, 10]))
    expect(r.cost).toBe(435)
    expect(r.unserved).toBe(0)
    expect(Array.from(r.used)).toEqual([15, 25, 10])
    let sum = 0
    for (let i = 0; i < m; i++) for (let j = 0; j < f; j++) sum += r.flow[i * f + j] * cost[i * f + j]
    expect(sum).toBe(435)
  })
  it("leaves demand the capacities cannot hold unserved", () => {
    const r = solveTransport(Float64Array.from([1, 2]), Float64Array.from([5]), Float64Array.from([2, 1]))
    expect([r.cost, r.unserved]).toEqual([2 * 1 + 1 * 2, 2])
  })
})

// demand and candidate sites on a line at x = 0, 1, 2, 10, 11: cost = |xi − xj|
const line = (xs: number[], w = xs.map(() => 1)): LocationProblem => {
  const cost = new Float64Array(xs.length * xs.length)
  xs.forEach((a, i) => xs.forEach((b, j) => (cost[i * xs.length + j] = Math.abs(a - b))))
  return { cost, weight: Float64Array.from(w), m: xs.length, f: xs.length }
}

describe("p-median", () => {
  it("opens the medians of the two clusters (objective 3), exhaustively and by Teitz–Bart", () => {
    const pb = line([0, 1, 2, 10, 11])
    const ex = pMedian(pb, 2)
    expect([ex.method, ex.objective, ex.open[0]]).toEqual(["exhaustive", 3, 1])
    expect([3, 4]).toContain(ex.open[1])
    expect(ex.evaluated).toBe(binomial(5, 2))
    const tb = pMedian(pb, 2, { exhaustiveLimit: 0 })
    expect([tb.method, tb.objective]).toEqual(["teitz-bart", 3])
  })
  it("moves the median with the weights (the 1-median is the weighted median)", () => {
    // weights 1,1,1,5,1: the weighted median is x = 10 (cost 10+9+8+0+1 = 28)
    expect(pMedian(line([0, 1, 2, 10, 11], [1, 1, 1, 5, 1]), 1)).toMatchObject({ open: [3], objective: 28 })
  })
  it("keeps fixed facilities open", () => {
    const r = pMedian(line([0, 1, 2, 10, 11]), 2, { fixed: [0] })
    // 0 stays; the best second is 10 or 11: 0 + 1 + 2 + 0 + 1 = 4
    expect(r.open[0]).toBe(0)
    expect(r.objective).toBe(4)
  })
  it("enumerates subsets in lexicographic order", () => {
    const seen: string[] = []
    forEachSubset([7, 8, 9], 2, (s) => void seen.push(s.join("")))
    expect(seen).toEqual(["78", "79", "89"])
    expect(binomial(56, 3)).toBe(27720)
  })
})

describe("capacitated facility location", () => {
  // two facilities, three demands of 1: F0 is close to everything but holds 2, F1 holds 3 and is farther
  const base = () => ({
    cost: Float64Array.from([1, 5, 1, 5, 1, 2]),
    weight: Float64Array.from([1, 1, 1]),
    m: 3,
    f: 2,
    capacity: Float64Array.from([2, 3]),
    fixedCost: Float64Array.from([10, 10]),
  })
  it("with opening costs: F1 alone (12 + 10 = 22) beats both (4 + 20 = 24); F0 alone cannot serve everything", () => {
    const r = capacitatedFacilityLocation(base())
    expect(r).toMatchObject({ open: [1], transport: 12, fixed: 10, objective: 22, unserved: 0, method: "exhaustive" })
  })
  it("with p = 2 and no opening costs: d0, d1 from F0 and d2 from F1 (transport 4)", () => {
    const r = capacitatedFacilityLocation({ ...base(), fixedCost: Float64Array.from([0, 0]) }, { p: 2 })
    expect(r.transport).toBe(4)
    expect(Array.from(r.flow)).toEqual([1, 0, 1, 0, 0, 1])
    // the ADD + swap search finds the same
    expect(capacitatedFacilityLocation({ ...base(), fixedCost: Float64Array.from([0, 0]) }, { p: 2, exhaustiveLimit: 0 }).transport).toBe(4)
  })
})

describe("network what-if", () => {
  const road = { speedKmh: 80, detourFactor: 1.2 }
  const o = { road, next_day_km: 400, capacitated: false }
  const demand: DemandPoint[] = [
    { key: "berlin", label: "Berlin", lat: 52.52, lng: 13.405, weight: 100 },
    { key: "munich", label: "München", lat: 48.137, lng: 11.576, weight: 60 },
    { key: "cologne", label: "Köln", lat: 50.938, lng: 6.96, weight: 40 },
  ]
  const sites: Site[] = [
    { key: "wh_berlin", label: "Berlin WH", lat: 52.5873, lng: 13.2838, existing: true, capacity: null },
    { key: "c_munich", label: "München", lat: 48.137, lng: 11.576, existing: false, capacity: null },
    { key: "c_frankfurt", label: "Frankfurt", lat: 50.111, lng: 8.682, existing: false, capacity: null },
  ]

  it("adding a Munich centre saves the Munich demand's trip from Berlin, and a little of Cologne's", () => {
    const w = whatIf(demand, sites, { kind: "add", site: "c_munich" }, o)
    const km = (d: DemandPoint, s: Site) => roadKm(d, s, road)
    // Munich's 60 orders now travel 0 km instead of Berlin → Munich; Cologne is 14 km nearer Munich than the
    // Berlin warehouse (456 against 470 straight), so its 40 orders move too
    const expected = 60 * km(demand[1], sites[0]) + 40 * (km(demand[2], sites[0]) - km(demand[2], sites[1]))
    expect(w.saved_km).toBe(w.baseline.weighted_km - w.scenario.weighted_km)
    expect(Math.abs(w.saved_km - expected)).toBeLessThanOrEqual(1)
    expect(w.moved_demand).toBe(100)
    expect(w.saved_hours_per_order).toBeCloseTo((w.baseline.mean_km - w.scenario.mean_km) / 80, 2)
    expect(w.scenario.per_site.map((s) => [s.key, s.demand])).toEqual([["wh_berlin", 100], ["c_munich", 100]])
  })

  it("moving the only centre to Frankfurt changes who is near; optimise picks the best p sites", () => {
    const mv = whatIf(demand, sites, { kind: "move", from: "wh_berlin", to: "c_frankfurt" }, o)
    expect(mv.scenario.sites).toEqual(["c_frankfurt"])
    expect(mv.moved_demand).toBe(200)
    const opt = whatIf(demand, sites, { kind: "optimise", p: 2 }, o)
    expect(opt.method).toBe("p-median (exhaustive)")
    expect(opt.scenario.weighted_km).toBeLessThanOrEqual(whatIf(demand, sites, { kind: "add", site: "c_munich" }, o).scenario.weighted_km)
    const ranked = rankAdditions(demand, sites, o)
    expect(ranked.map((r) => r.site)).toEqual(["c_munich", "c_frankfurt"])
    expect(ranked[0].saved_km).toBeGreaterThan(ranked[1].saved_km)
  })

  it("with capacities, the overflow is served from the next site (transportation assignment)", () => {
    const capped = sites.map((s) => (s.key === "c_munich" ? { ...s, capacity: 30 } : s))
    const m = evaluateOpen(demand, capped, [0, 1], { ...o, capacitated: true })
    expect(m.per_site.map((s) => [s.key, s.demand])).toEqual([["wh_berlin", 170], ["c_munich", 30]])
    expect(m.unserved).toBe(0)
    expect(m.within_next_day).toBeGreaterThan(0)
    expect(() => whatIf(demand, sites, { kind: "add", site: "nowhere" }, o)).toThrow("unknown site nowhere")
  })
})
