import { decideRouting, explainAllocation, validateAllocation } from "../decide"
import { listRoutingStrategies, parseRoutingConfig } from "../registry"
import { allocate, searchCandidates } from "../split-search"
import type { RoutingLocation } from "../types"
import { haversineKm } from "../../geo/haversine"
import { config, input, LOC, rate } from "./fixtures"

const LIM = { max_shipments: 3, extra_shipments: 0, max_combinations: 10_000, max_iterations: 1_000_000 }
const shipped = (d: ReturnType<typeof decideRouting>) => d.shipments.map((s) => `${s.location_id}:${s.lines.map((l) => `${l.inventory_item_id}${l.quantity}`).join("+")}`)

describe("fewest-splits search and per-unit allocation", () => {
  it("ships from the one location that has everything", () => {
    const d = decideRouting(input({ lines: [["X", 2], ["Y", 1]], stock: { X: { A: 5, B: 5 }, Y: { A: 5 } } }), config([{ code: "fewest_shipments" }]))
    expect(shipped(d)).toEqual(["A:X2+Y1"])
    expect(d).toMatchObject({ status: "routed", split: false, decided_by: null, search: { candidates: 1, fewest_shipments: 1 } })
    expect(d.summary).toBe("Ships from Berlin Warehouse; the only location that has everything.")
  })

  it("splits per unit when no location has everything: X 2 = 1 + 1, Y with the X unit it can join", () => {
    // A: X1 Y1, B: X1 — no single location; {A,B} covers; A ships Y whole, X is split 1 + 1
    const d = decideRouting(input({ lines: [["X", 2], ["Y", 1]], stock: { X: { A: 1, B: 1 }, Y: { A: 1 } } }), config([{ code: "fewest_shipments" }]))
    expect(shipped(d)).toEqual(["A:X1+Y1", "B:X1"])
    expect(d).toMatchObject({ split: true, split_lines: 1, search: { fewest_shipments: 2 } })
    expect(d.summary).toBe("Ships from Berlin Warehouse and Paris Store (2 shipments — no single location has everything); the only set of locations that has everything.")
  })

  it("keeps lines whole where it can and lets two lines share one inventory item", () => {
    // L1 X2, L2 X2 (4 units of one item); A and B have 3 each: L1 whole from A, L2 whole from B
    const inp = input({ lines: [["X", 2]], stock: { X: { A: 3, B: 3 } } })
    inp.lines.push({ line_id: "line_X_2", inventory_item_id: "X", quantity: 2, unit_weight_g: 500 })
    const c = allocate(inp, ["A", "B"])!
    expect(c.shipments.map((s) => `${s.location_id}:${s.lines.map((l) => `${l.line_id}=${l.quantity}`).join("+")}`)).toEqual(["A:line_X=2", "B:line_X_2=2"])
    expect(c.split_lines).toBe(0)
    expect(allocate(inp, ["A"])).toBeNull()
  })

  it("enumerates singles, then pairs, then triples in lexicographic order (6 locations: 6 + 15 + 20 sets)", () => {
    const locations: RoutingLocation[] = "abcdef".split("").map((id, k) => ({ ...LOC.A, id, name: id, priority: k }))
    // each has one unit, the order needs 4: no set of up to 3 locations can fill it
    const stock = { X: Object.fromEntries(locations.map((l) => [l.id, 1])) }
    const r = searchCandidates(input({ lines: [["X", 4]], stock, locations }), LIM)
    expect(r).toMatchObject({ candidates: [], fewest: null, combinations: 6 + 15 + 20, capped: false })
    // every check: 6 singles × 1 + 15 pairs × 2 + 20 triples × 3 availability reads
    expect(r.iterations).toBe(6 + 30 + 60)
    const three = searchCandidates(input({ lines: [["X", 3]], stock, locations }), LIM)
    expect(three).toMatchObject({ fewest: 3, combinations: 6 + 15 + 20 })
    expect(three.candidates).toHaveLength(20)
    expect(three.candidates[0].shipments.map((s) => s.location_id)).toEqual(["a", "b", "c"])
  })

  it("stops at the combination bound and says so", () => {
    const locations: RoutingLocation[] = Array.from({ length: 30 }, (_, k) => ({ ...LOC.A, id: `l${String(k).padStart(2, "0")}`, name: `L${k}`, priority: k }))
    const stock = { X: Object.fromEntries(locations.map((l) => [l.id, 1])) }
    const r = searchCandidates(input({ lines: [["X", 3]], stock, locations }), { ...LIM, max_combinations: 100 })
    expect(r).toMatchObject({ combinations: 100, capped: true, fewest: null })
    // the decision still ships: what the locations have, from as many as it takes
    const d = decideRouting(input({ lines: [["X", 3]], stock, locations }), config([{ code: "fewest_shipments" }], { max_combinations: 100 }))
    expect(d.shipments).toHaveLength(3)
    expect(d.warnings).toContain("the search stopped at its bound before finding a set of locations")
  })

  it("also weighs one shipment more when extra_shipments allows it", () => {
    const stock = { X: { A: 2, B: 2 } }
    expect(searchCandidates(input({ lines: [["X", 1]], stock }), LIM).candidates).toHaveLength(2)
    // a pair is not a candidate for a one-unit order: one of its locations would ship nothing
    expect(searchCandidates(input({ lines: [["X", 1]], stock }), { ...LIM, extra_shipments: 1 }).candidates).toHaveLength(2)
    // a pair counts when both must ship: New Jersey has everything, the EU pair only together
    const pair = searchCandidates(input({ lines: [["X", 2], ["Y", 1]], stock: { X: { A: 1, B: 1, C: 2 }, Y: { A: 1, C: 1 } } }), { ...LIM, extra_shipments: 1 })
    expect(pair.candidates.map((c) => c.shipments.map((s) => s.location_id).join("+"))).toEqual(["C", "A+B"])
    expect(pair.fewest).toBe(1)
  })

  it("ships what there is and reports the rest when stock is short, and nothing when no location has any", () => {
    const d = decideRouting(input({ lines: [["X", 5]], stock: { X: { A: 2, B: 1 } } }), config([{ code: "fewest_shipments" }]))
    expect(d.status).toBe("partial")
    expect(d.unallocated).toEqual([{ line_id: "line_X", inventory_item_id: "X", quantity: 2 }])
    expect(d.warnings[0]).toBe("not enough stock at the active locations: 2 units could not be allocated")
    expect(d.summary).toBe("Ships from Berlin Warehouse and Paris Store (2 shipments); no set of locations has everything: they ship what they have and 2 units wait for stock.")
    const none = decideRouting(input({ lines: [["X", 1]], stock: {} }), config([{ code: "fewest_shipments" }]))
    expect(none).toMatchObject({ status: "unroutable", shipments: [], summary: "No active location has any of this order's items in stock." })
  })

  it("with splitting off, keeps to one location and still splits when none has everything", () => {
    const cfg = config([{ code: "nearest" }], { allow_split: false, extra_shipments: 1 })
    const one = decideRouting(input({ lines: [["X", 1]], stock: { X: { A: 1, B: 1 } } }), cfg)
    expect(shipped(one)).toEqual(["B:X1"])
    const forced = decideRouting(input({ lines: [["X", 2]], stock: { X: { A: 1, B: 1 } } }), cfg)
    expect(forced.shipments).toHaveLength(2)
    expect(forced.warnings).toEqual(["no single location has the whole order: split although splitting is off"])
  })

  it("ignores inactive locations", () => {
    const d = decideRouting(input({ lines: [["X", 1]], stock: { X: { A: 1, B: 1 } }, locations: [LOC.A, { ...LOC.B, active: false }] }), config([{ code: "nearest" }]))
    expect(shipped(d)).toEqual(["A:X1"])
  })
})

describe("ranked and weighted combination", () => {
  const everywhere = { X: { A: 5, B: 5, C: 5 } }

  it("ranked: fewest shipments first, then same market, then nearest decides (Paris store for a Paris address)", () => {
    const d = decideRouting(input({ lines: [["X", 1]], stock: everywhere }), config([{ code: "fewest_shipments" }, { code: "same_market" }, { code: "nearest" }]))
    expect(shipped(d)).toEqual(["B:X1"])
    expect(d.decided_by).toBe("nearest")
    expect(d.reasons.map((r) => [r.code, r.kept, r.of])).toEqual([["fewest_shipments", 3, 3], ["same_market", 2, 3], ["nearest", 1, 2]])
    expect(d.summary).toMatch(/^Ships from Paris Store; decided by nearest location: Paris Store 1 km \(next best: Berlin Warehouse 87\d km\)\.$/)
    expect(d.alternatives.map((a) => [a.locations.join("+"), a.eliminated_by])).toEqual([["Berlin Warehouse", "nearest"], ["New Jersey Warehouse", "same_market"]])
  })

  it("ranked: a tolerance passes near-ties on to the next strategy", () => {
    const cfg = config([{ code: "nearest", tolerance: 1000 }, { code: "location_priority", args: { ranking: ["A", "B"] } }])
    const d = decideRouting(input({ lines: [["X", 1]], stock: everywhere }), cfg)
    expect(shipped(d)).toEqual(["A:X1"])
    expect(d.decided_by).toBe("location_priority")
  })

  it("ranked: a location at capacity is skipped by a hard capacity rule even when nearest", () => {
    const locations = [LOC.A, { ...LOC.B, used_today: 20 }, LOC.C]
    const d = decideRouting(input({ lines: [["X", 1]], stock: everywhere, locations }), config([{ code: "capacity" }, { code: "nearest" }]))
    expect(shipped(d)).toEqual(["A:X1"])
    // when every option is over capacity the order still ships, with the reason
    const allFull = [{ ...LOC.A, used_today: 200 }, { ...LOC.B, used_today: 20 }]
    const d2 = decideRouting(input({ lines: [["X", 1]], stock: { X: { A: 1, B: 1 } }, locations: allFull }), config([{ code: "capacity" }, { code: "nearest" }]))
    // the least over its limit: Berlin 201/200 against Paris 21/20
    expect(shipped(d2)).toEqual(["A:X1"])
    expect(d2.warnings).toEqual(["every option breaks a hard rule (capacity): chose among all of them"])
  })

  it("ranked: cheapest picks the lower total rate", () => {
    const rates = [rate({ price: 890 }), rate({ origin_country: "fr", price: 1200 }), rate({ origin_country: "us", price: 700, currency_code: "usd" })]
    const d = decideRouting(input({ lines: [["X", 1]], stock: everywhere, rates }), config([{ code: "cheapest" }]))
    // the US rate is in dollars: not comparable for a euro order, so New Jersey counts as unquoted
    expect(shipped(d)).toEqual(["A:X1"])
    expect(d.shipments[0].quote).toMatchObject({ carrier_code: "dhl", price: 890 })
  })

  it("weighted: min-max normalised scores summed with weights (hand-computed: A 0.243, B 1, C 1)", () => {
    // nearest km ≈ A 880, B 0.6, C 5830; cost A 500, B 1500, C 400 (all in euros here)
    const rates = [rate({ price: 500 }), rate({ origin_country: "fr", price: 1500 }), rate({ origin_country: "us", price: 400 })]
    const d = decideRouting(input({ lines: [["X", 1]], stock: everywhere, rates }), config([{ code: "nearest" }, { code: "cheapest" }], { mode: "weighted" }))
    expect(shipped(d)).toEqual(["A:X1"])
    expect(d.decided_by).toBe("weighted")
    const to = (l: typeof LOC.A) => haversineKm({ lat: l.lat!, lng: l.lng! }, { lat: 48.863, lng: 2.36 })
    const [kmA, kmB, kmC] = [to(LOC.A), to(LOC.B), to(LOC.C)]
    // A: (872 − 0.6) / (5840 − 0.6) + (500 − 400) / (1500 − 400) ≈ 0.149 + 0.091; B: 0 + 1; C: 1 + 0
    const totalA = (kmA - kmB) / (kmC - kmB) + 100 / 1100
    expect(totalA).toBeCloseTo(0.24, 2)
    expect(d.summary).toBe(`Ships from Berlin Warehouse; lowest weighted score ${Math.round(totalA * 1000) / 1000} of 3 options.`)
  })

  it("is deterministic: the same input gives the same decision", () => {
    const inp = input({ lines: [["X", 2], ["Y", 1]], stock: { X: { A: 1, B: 1, C: 2 }, Y: { A: 1, C: 1 } } })
    const cfg = config([{ code: "fewest_shipments" }, { code: "same_market" }, { code: "nearest" }])
    expect(decideRouting(inp, cfg)).toEqual(decideRouting(inp, cfg))
    // C (New Jersey) has everything alone, but from outside the FR market only the EU pair keeps the market
    expect(shipped(decideRouting(inp, cfg))).toEqual(["C:X2+Y1"])
    // with one shipment more allowed, keeping to the market first picks the EU pair
    expect(shipped(decideRouting(inp, config([{ code: "same_market" }, { code: "fewest_shipments" }], { extra_shipments: 1 })))).toEqual(["A:X1+Y1", "B:X1"])
  })
})

describe("configuration and overrides", () => {
  it("parses a config, fills argument defaults and names the wrong field", () => {
    const ok = parseRoutingConfig({ strategies: [{ code: "nearest" }] })
    expect(ok.config!.strategies[0]).toEqual({ code: "nearest", args: { aggregate: "sum", unknown_km: 5000 }, weight: 1, tolerance: 0 })
    const bad = parseRoutingConfig({ strategies: [{ code: "nearest", args: { aggregate: "avg" } }, { code: "teleport" }, { code: "capacity", args: { hard: "yes" } }] })
    expect(bad.issues.map((i) => i.path)).toEqual(["strategies[0].args.aggregate", "strategies[1].code", "strategies[2].args.hard"])
    expect(parseRoutingConfig({ strategies: [] }).issues).toEqual([{ path: "strategies", message: "at least one strategy is needed" }])
    expect(listRoutingStrategies().find((s) => s.code === "nearest")!.args_json_schema).toMatchObject({ type: "object", properties: { aggregate: { enum: ["sum", "max"] } } })
  })

  it("validates an override: every unit once, stock at each location, field paths", () => {
    const inp = input({ lines: [["X", 2], ["Y", 1]], stock: { X: { A: 1, B: 1 }, Y: { A: 1 } } })
    expect(validateAllocation(inp, [{ location_id: "A", lines: [{ line_id: "line_X", quantity: 1 }, { line_id: "line_Y", quantity: 1 }] }, { location_id: "B", lines: [{ line_id: "line_X", quantity: 1 }] }])).toEqual([])
    expect(validateAllocation(inp, [{ location_id: "A", lines: [{ line_id: "line_X", quantity: 2 }, { line_id: "line_Y", quantity: 1 }] }])).toEqual([
      { path: "shipments[0].lines[0].quantity", message: "Berlin Warehouse has 1 available of X" },
    ])
    expect(validateAllocation(inp, [{ location_id: "Z", lines: [{ line_id: "line_Q", quantity: 1 }] }])).toEqual([
      { path: "shipments[0].location_id", message: "unknown location Z" },
      { path: "shipments[0].lines[0].line_id", message: "line_Q is not a line of this order" },
      { path: "shipments", message: "line X has 2 units; the shipments give 0" },
      { path: "shipments", message: "line Y has 1 units; the shipments give 0" },
    ])
  })

  it("explains an override with the same strategies", () => {
    const inp = input({ lines: [["X", 1]], stock: { X: { A: 1, B: 1 } } })
    const e = explainAllocation(inp, { shipments: [{ location_id: "A", lines: [{ line_id: "line_X", inventory_item_id: "X", quantity: 1 }], units: 1, weight_g: 500 }], split_lines: 0, unallocated: [] }, config([{ code: "nearest" }]))
    expect(e.reasons[0].message).toMatch(/^Berlin Warehouse 87\d km$/)
    expect(e.shipments[0]).toMatchObject({ location_name: "Berlin Warehouse", units: 1 })
  })
})
