// The fewest-splits search: which sets of locations can ship the whole order, smallest sets first, and how the
// units of each line are spread over a set (per-unit splitting). In the spirit of Salesforce Order Management's
// "Find Routes with Fewest Splits" (single locations, then pairs, then triples, bounded to 10,000 combinations and
// 1,000,000 iterations); here an iteration is one (line item × location) availability check.
import type { Candidate, CandidateShipment, RoutingInput, ShipmentLine } from "./types"

export type SearchLimits = {
  max_shipments: number
  extra_shipments: number
  max_combinations: number
  max_iterations: number
}

export type SearchResult = {
  candidates: Candidate[]
  /** the fewest locations that can ship everything, or null when no set within the limits can */
  fewest: number | null
  combinations: number
  iterations: number
  /** true when a bound stopped the search before it had seen every set it meant to */
  capped: boolean
}

/** Locations that may ship (active, with some stock of some line), in the caller's stable order. */
export function eligibleLocations(input: RoutingInput): string[] {
  const items = new Set(input.lines.map((l) => l.inventory_item_id))
  return input.locations
    .filter((l) => l.active && [...items].some((i) => (input.stock[i]?.[l.id] ?? 0) > 0))
    .sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((l) => l.id)
}

/** Units needed per inventory item (two lines may draw on one item). */
function demandByItem(input: RoutingInput): Map<string, number> {
  const d = new Map<string, number>()
  for (const l of input.lines) d.set(l.inventory_item_id, (d.get(l.inventory_item_id) ?? 0) + l.quantity)
  return d
}

/**
 * Spreads the lines over a set of locations. Locations that can ship more lines whole go first (a "hub"), so
 * lines stay together where they can; a line no single location of the set can fill takes units from each in
 * turn. Returns null when the set cannot fill every line or leaves a location unused (then a smaller set exists).
 */
export function allocate(input: RoutingInput, set: readonly string[], opts: { partial?: boolean } = {}): Candidate | null {
  const avail = new Map<string, Map<string, number>>()
  for (const loc of set) {
    const m = new Map<string, number>()
    for (const l of input.lines) m.set(l.inventory_item_id, Math.max(0, input.stock[l.inventory_item_id]?.[loc] ?? 0))
    avail.set(loc, m)
  }
  const wholeCount = (loc: string) => input.lines.filter((l) => (avail.get(loc)!.get(l.inventory_item_id) ?? 0) >= l.quantity).length
  const order = [...set].map((loc, k) => ({ loc, k, whole: wholeCount(loc) })).sort((a, b) => b.whole - a.whole || a.k - b.k).map((x) => x.loc)

  const byLoc = new Map<string, ShipmentLine[]>()
  const unallocated: ShipmentLine[] = []
  let splitLines = 0
  // larger lines first: they are the hardest to keep whole
  const lines = input.lines.map((l, k) => ({ l, k })).sort((a, b) => b.l.quantity - a.l.quantity || a.k - b.k)
  for (const { l } of lines) {
    const whole = order.find((loc) => avail.get(loc)!.get(l.inventory_item_id)! >= l.quantity)
    if (whole) {
      avail.get(whole)!.set(l.inventory_item_id, avail.get(whole)!.get(l.inventory_item_id)! - l.quantity)
      push(byLoc, whole, { line_id: l.line_id, inventory_item_id: l.inventory_item_id, quantity: l.quantity })
      continue
    }
    let left = l.quantity
    let parts = 0
    for (const loc of order) {
      const a = avail.get(loc)!.get(l.inventory_item_id)!
      if (a <= 0) continue
      const take = Math.min(a, left)
      avail.get(loc)!.set(l.inventory_item_id, a - take)
      push(byLoc, loc, { line_id: l.line_id, inventory_item_id: l.inventory_item_id, quantity: take })
      parts++
      left -= take
      if (left === 0) break
    }
    if (left > 0) {
      if (!opts.partial) return null
      unallocated.push({ line_id: l.line_id, inventory_item_id: l.inventory_item_id, quantity: left })
    }
    if (parts > 1) splitLines++
  }
  if (!opts.partial && byLoc.size < set.length) return null
  const lineOrder = new Map(input.lines.map((l, k) => [l.line_id, k]))
  const weight = new Map(input.lines.map((l) => [l.line_id, l.unit_weight_g]))
  const shipments: CandidateShipment[] = order
    .filter((loc) => byLoc.has(loc))
    .map((loc) => {
      const ls = byLoc.get(loc)!.sort((a, b) => lineOrder.get(a.line_id)! - lineOrder.get(b.line_id)!)
      return {
        location_id: loc,
        lines: ls,
        units: ls.reduce((s, x) => s + x.quantity, 0),
        weight_g: ls.reduce((s, x) => s + x.quantity * (weight.get(x.line_id) ?? 0), 0),
      }
    })
  return { shipments, split_lines: splitLines, unallocated }
}

function push(m: Map<string, ShipmentLine[]>, k: string, v: ShipmentLine) {
  const list = m.get(k)
  if (list) list.push(v)
  else m.set(k, [v])
}

/**
 * Every set of up to `max_shipments` eligible locations that can ship the whole order, from the smallest size that
 * works up to `extra_shipments` more, each with its allocation. Sets are enumerated in lexicographic order of the
 * eligible list, so the result is deterministic; when no set works within the bounds the result is empty.
 */
export function searchCandidates(input: RoutingInput, limits: SearchLimits, eligible = eligibleLocations(input)): SearchResult {
  const demand = [...demandByItem(input)]
  const L = eligible.length
  // stock as a dense table for the hot loop: item i, location j
  const avail = new Float64Array(demand.length * Math.max(1, L))
  for (let i = 0; i < demand.length; i++) for (let j = 0; j < L; j++) avail[i * L + j] = Math.max(0, input.stock[demand[i][0]]?.[eligible[j]] ?? 0)
  const need = demand.map(([, q]) => q)

  const candidates: Candidate[] = []
  let combinations = 0
  let iterations = 0
  let capped = false
  let fewest: number | null = null
  const maxK = Math.min(L, Math.max(1, limits.max_shipments))
  const idx: number[] = []

  for (let k = 1; k <= maxK; k++) {
    if (fewest !== null && k > fewest + limits.extra_shipments) break
    // first combination of size k
    idx.length = 0
    for (let t = 0; t < k; t++) idx.push(t)
    let found = false
    while (true) {
      if (combinations >= limits.max_combinations || iterations >= limits.max_iterations) {
        capped = true
        break
      }
      combinations++
      let covers = true
      for (let i = 0; i < need.length && covers; i++) {
        let sum = 0
        for (let t = 0; t < k; t++) {
          iterations++
          sum += avail[i * L + idx[t]]
          if (sum >= need[i]) break
        }
        if (sum < need[i]) covers = false
      }
      if (covers) {
        const c = allocate(input, idx.map((t) => eligible[t]))
        if (c) {
          candidates.push(c)
          found = true
        }
      }
      // next combination (lexicographic)
      let p = k - 1
      while (p >= 0 && idx[p] === L - k + p) p--
      if (p < 0) break
      idx[p]++
      for (let t = p + 1; t < k; t++) idx[t] = idx[t - 1] + 1
    }
    if (found && fewest === null) fewest = k
    if (capped) break
  }
  return { candidates, fewest, combinations, iterations, capped }
}
