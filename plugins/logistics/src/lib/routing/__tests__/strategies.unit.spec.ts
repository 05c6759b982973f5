import { buildContext } from "../context"
import { ROUTING_STRATEGIES } from "../registry"
import type { Candidate } from "../types"
import { input, LOC, PARIS, rate } from "./fixtures"

const ship = (location_id: string, units = 1, weight_g = 500) => ({ location_id, lines: [{ line_id: "l", inventory_item_id: "X", quantity: units }], units, weight_g })
const cand = (locs: string[], split_lines = 0): Candidate => ({ shipments: locs.map((l) => ship(l)), split_lines, unallocated: [] })
const S = ROUTING_STRATEGIES
const ctxOf = (over: Parameters<typeof input>[0] = { lines: [["X", 1]], stock: {} }) => buildContext(input(over))
const ev = (code: string, args: Record<string, unknown>, c: Candidate, ctx = ctxOf()) => S[code].evaluate(S[code].argsSchema.parse(args), c, ctx)

describe("routing strategies (one candidate at a time)", () => {
  it("fewest_shipments counts parcels and adds a small penalty per split line", () => {
    expect(ev("fewest_shipments", {}, cand(["A"]))).toEqual({ score: 1, feasible: true, message: "1 shipment" })
    expect(ev("fewest_shipments", {}, cand(["A", "B"], 1))).toEqual({ score: 2.01, feasible: true, message: "2 shipments, 1 line split across locations" })
    expect(ev("fewest_shipments", { split_line_penalty: 0.5 }, cand(["A", "B"], 2)).score).toBe(3)
  })

  it("same_market counts shipments from outside the destination's market; strict makes it a hard rule", () => {
    expect(ev("same_market", {}, cand(["A", "B"]))).toMatchObject({ score: 0, feasible: true })
    expect(ev("same_market", {}, cand(["A", "C"]))).toEqual({ score: 1, feasible: true, message: "1 shipment from outside the FR market (New Jersey Warehouse)" })
    expect(ev("same_market", { strict: true }, cand(["C"])).feasible).toBe(false)
  })

  it("nearest sums (or maxes) the great-circle km from each location to the address", () => {
    // Paris store to Paris 3e: 0.6 km; Berlin Borsigturm to Paris 3e: 880 km
    const b = ev("nearest", {}, cand(["B"]))
    const a = ev("nearest", {}, cand(["A"]))
    expect(b.score).toBeLessThan(1)
    expect(a.score).toBeGreaterThan(870)
    expect(a.score).toBeLessThan(890)
    expect(a.message).toBe(`Berlin Warehouse ${Math.round(a.score)} km`)
    const both = ev("nearest", {}, cand(["A", "B"]))
    expect(both.score).toBeCloseTo(a.score + b.score, 9)
    expect(ev("nearest", { aggregate: "max" }, cand(["A", "B"])).score).toBeCloseTo(a.score, 9)
  })

  it("nearest counts a location without coordinates as unknown_km", () => {
    const ctx = ctxOf({ lines: [["X", 1]], stock: {}, locations: [{ ...LOC.A, lat: null, lng: null }] })
    expect(ev("nearest", { unknown_km: 1234 }, cand(["A"]), ctx)).toMatchObject({ score: 1234, message: "Berlin Warehouse distance unknown (1 without coordinates counted as 1234 km)" })
  })

  it("cheapest adds each parcel's cheapest rate in the order currency; a missing rate costs unquoted_cost or excludes", () => {
    const rates = [rate({ price: 890 }), rate({ origin_country: "fr", price: 490, carrier_code: "colissimo", service: "domicile" })]
    const ctx = ctxOf({ lines: [["X", 1]], stock: {}, rates })
    expect(ev("cheapest", {}, cand(["A", "B"]), ctx)).toEqual({
      score: 1380,
      feasible: true,
      message: "EUR 13.80: Berlin Warehouse: EUR 8.90 (dhl paket), Paris Store: EUR 4.90 (colissimo domicile)",
    })
    expect(ev("cheapest", {}, cand(["C"]), ctx)).toMatchObject({ score: 100_000, feasible: true, message: "New Jersey Warehouse: no rate" })
    expect(ev("cheapest", { require_rate: true }, cand(["C"]), ctx).feasible).toBe(false)
  })

  it("capacity refuses a location at its daily limit (hard) and scores the fullest location's use", () => {
    const full = { ...LOC.B, used_today: 20 }
    const half = { ...LOC.A, used_today: 99 }
    const ctx = ctxOf({ lines: [["X", 1]], stock: {}, locations: [half, full, LOC.C] })
    expect(ev("capacity", {}, cand(["B"]), ctx)).toEqual({ score: 21 / 20, feasible: false, message: "Paris Store 21/20 today (over capacity)" })
    expect(ev("capacity", {}, cand(["A"]), ctx)).toEqual({ score: 0.5, feasible: true, message: "Berlin Warehouse 100/200 today" })
    expect(ev("capacity", { hard: false }, cand(["B"]), ctx).feasible).toBe(true)
    expect(ev("capacity", { prefer_spare: false }, cand(["A"]), ctx).score).toBe(0)
    const unlimited = ctxOf({ lines: [["X", 1]], stock: {}, locations: [{ ...LOC.A, daily_capacity: null }] })
    expect(ev("capacity", {}, cand(["A"]), unlimited)).toEqual({ score: 0, feasible: true, message: "Berlin Warehouse no limit" })
  })

  it("location_priority sums ranks from the given ranking, else the locations' priority numbers", () => {
    expect(ev("location_priority", {}, cand(["A", "C"])).score).toBe(0 + 2)
    expect(ev("location_priority", { ranking: ["B", "A"] }, cand(["A"]))).toEqual({ score: 1, feasible: true, message: "Berlin Warehouse rank 2" })
    // a location missing from the ranking ranks after all listed ones
    expect(ev("location_priority", { ranking: ["B", "A"] }, cand(["C"])).score).toBe(2)
  })

  it("every strategy has a stable code, a title, a description and a schema that fills defaults", () => {
    expect(Object.keys(S)).toEqual(["fewest_shipments", "same_market", "nearest", "cheapest", "capacity", "location_priority"])
    for (const s of Object.values(S)) {
      expect(s.title.length).toBeGreaterThan(3)
      expect(s.description.length).toBeGreaterThan(20)
      expect(s.argsSchema.safeParse({}).success).toBe(true)
      expect(s.argsSchema.safeParse({ nonsense: 1 }).success).toBe(false)
    }
    expect(PARIS.country_code).toBe("fr")
  })
})
