// The routing decision for one order: search the location sets, score them with the configured strategies, rank,
// and explain the choice in words. Pure and deterministic; typically well under a millisecond.
import { buildContext } from "./context"
import { rankRanked, rankWeighted, scoreCandidates, type RankResult, type Scored } from "./rank"
import { ROUTING_STRATEGIES } from "./registry"
import { allocate, eligibleLocations, searchCandidates, type SearchResult } from "./split-search"
import type { Candidate, DecidedShipment, RoutingConfig, RoutingDecision, RoutingInput, RoutingStrategy, StrategyContext, StrategyReason } from "./types"

const names = (ctx: StrategyContext, c: Candidate) => c.shipments.map((s) => ctx.location(s.location_id).name)

function list(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`
}

function decided(ctx: StrategyContext, c: Candidate): DecidedShipment[] {
  return c.shipments.map((s) => ({
    ...s,
    location_name: ctx.location(s.location_id).name,
    distance_km: ctx.distanceKm(s.location_id) === null ? null : Math.round(ctx.distanceKm(s.location_id)! * 10) / 10,
    quote: ctx.quote(s.location_id, s.weight_g),
  }))
}

/**
 * Decides where each unit of the order ships from. `config` must come from parseRoutingConfig (arguments parsed,
 * defaults filled). Never throws for data reasons: an order no location can fill is "partial" (some units
 * unallocated) or "unroutable" (no location has any of it), with the reason in `warnings`.
 */
export function decideRouting(
  input: RoutingInput,
  config: RoutingConfig,
  registry: Readonly<Record<string, RoutingStrategy>> = ROUTING_STRATEGIES
): RoutingDecision {
  const ctx = buildContext(input)
  const warnings: string[] = []
  const eligible = eligibleLocations(input)
  const limits = { max_shipments: config.max_shipments, extra_shipments: config.extra_shipments, max_combinations: config.max_combinations, max_iterations: config.max_iterations }

  let search: SearchResult = config.allow_split
    ? searchCandidates(input, limits, eligible)
    : searchCandidates(input, { ...limits, max_shipments: 1, extra_shipments: 0 }, eligible)
  if (!config.allow_split && !search.candidates.length) {
    warnings.push("no single location has the whole order: split although splitting is off")
    search = searchCandidates(input, limits, eligible)
  }
  const searchStats = (s: SearchResult) => ({ candidates: s.candidates.length, combinations: s.combinations, iterations: s.iterations, capped: s.capped, fewest_shipments: s.fewest })

  if (!eligible.length) {
    return {
      order_id: input.order_id,
      status: "unroutable",
      shipments: [],
      unallocated: input.lines.map((l) => ({ line_id: l.line_id, inventory_item_id: l.inventory_item_id, quantity: l.quantity })),
      split: false,
      split_lines: 0,
      reasons: [],
      decided_by: null,
      summary: "No active location has any of this order's items in stock.",
      alternatives: [],
      warnings: ["no active location has stock of any line"],
      search: searchStats(search),
    }
  }

  let candidates = search.candidates
  let status: RoutingDecision["status"] = "routed"
  if (!candidates.length) {
    // nothing within the bounds fills the order: ship what the eligible locations have, the rest stays unallocated
    const partial = allocate(input, eligible, { partial: true })!
    candidates = [partial]
    status = partial.unallocated.length ? "partial" : "routed"
    if (partial.unallocated.length) {
      const units = partial.unallocated.reduce((s, l) => s + l.quantity, 0)
      warnings.push(`not enough stock at the active locations: ${units} unit${units === 1 ? "" : "s"} could not be allocated`)
    } else {
      warnings.push(`the order needs more than ${config.max_shipments} shipments; shipped from ${partial.shipments.length} locations`)
    }
    if (search.capped) warnings.push("the search stopped at its bound before finding a set of locations")
  }

  let scored = scoreCandidates(candidates, config.strategies, registry, ctx)
  let pool = scored.filter((s) => s.feasible)
  if (!pool.length) {
    const blockers = new Set<string>()
    for (const s of scored) s.outcomes.forEach((o, k) => !o.feasible && blockers.add(config.strategies[k].code))
    warnings.push(`every option breaks a hard rule (${[...blockers].join(", ")}): chose among all of them`)
    pool = scored
  }
  const rank: RankResult = config.mode === "weighted" ? rankWeighted(pool, config.strategies) : rankRanked(pool, config.strategies)
  const best: Scored = rank.ranked[0]
  const runnerUp: Scored | undefined = rank.ranked[1]

  const reasons: StrategyReason[] = config.strategies.map((s, k) => ({
    code: s.code,
    title: registry[s.code].title,
    score: round(best.outcomes[k].score),
    message: best.outcomes[k].message,
    ...(config.mode === "ranked" ? { kept: rank.rounds[k]?.kept, of: rank.rounds[k]?.of } : { weight: s.weight ?? 1 }),
  }))

  const chosen = names(ctx, best.candidate)
  const split = best.candidate.shipments.length > 1 || best.candidate.split_lines > 0
  let why: string
  let decidedBy: string | null
  if (status === "partial") {
    decidedBy = null
    const units = best.candidate.unallocated.reduce((a, l) => a + l.quantity, 0)
    why = `no set of locations has everything: they ship what they have and ${units} unit${units === 1 ? "" : "s"} wait${units === 1 ? "s" : ""} for stock`
  } else if (pool.length === 1) {
    decidedBy = null
    why = candidates.length === 1 ? (split ? "the only set of locations that has everything" : "the only location that has everything") : "the only option within the hard rules"
  } else if (config.mode === "weighted") {
    decidedBy = "weighted"
    why = `lowest weighted score ${round(rank.weightedTotals!.get(best.order)!)} of ${pool.length} options`
  } else if (rank.decidedBy >= 0) {
    const k = rank.decidedBy
    decidedBy = config.strategies[k].code
    let other = ""
    if (runnerUp) {
      const msg = runnerUp.outcomes[k].message
      const who = names(ctx, runnerUp.candidate)
      // most messages name their locations already; say whose they are when not
      other = ` (next best: ${who.every((n) => msg.includes(n)) ? msg : `${list(who)}, ${msg}`})`
    }
    why = `decided by ${registry[decidedBy].title.toLowerCase()}: ${best.outcomes[k].message}${other}`
  } else {
    decidedBy = null
    why = `${pool.length} options tie on every rule; the first in location priority order wins`
  }
  const noSingle = split && search.fewest !== null && search.fewest > 1 ? " — no single location has everything" : ""
  const summary = `Ships from ${list(chosen)}${split ? ` (${best.candidate.shipments.length} shipments${noSingle})` : ""}; ${why}.`

  const alternatives = rank.ranked.slice(1, 6).map((s) => ({
    locations: names(ctx, s.candidate),
    scores: Object.fromEntries(config.strategies.map((c, k) => [c.code, round(s.outcomes[k].score)])),
    eliminated_by: rank.eliminatedBy.get(s.order) == null ? null : config.strategies[rank.eliminatedBy.get(s.order)!].code,
  }))

  return {
    order_id: input.order_id,
    status,
    shipments: decided(ctx, best.candidate),
    unallocated: best.candidate.unallocated,
    split,
    split_lines: best.candidate.split_lines,
    reasons,
    decided_by: decidedBy,
    summary,
    alternatives,
    warnings,
    search: searchStats(search),
  }
}

const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : x)

export type AllocationIssue = { path: string; message: string }

/**
 * Checks a hand-made allocation (an admin override): every line's units exactly once, known active locations,
 * enough stock at each location for what it is given. Paths name the field (`shipments[0].lines[1].quantity`).
 */
export function validateAllocation(
  input: RoutingInput,
  shipments: readonly { location_id: string; lines: readonly { line_id: string; quantity: number }[] }[]
): AllocationIssue[] {
  const issues: AllocationIssue[] = []
  const lines = new Map(input.lines.map((l) => [l.line_id, l]))
  const locations = new Map(input.locations.map((l) => [l.id, l]))
  const given = new Map<string, number>()
  const use = new Map<string, number>()
  const seenLoc = new Set<string>()
  shipments.forEach((s, i) => {
    const loc = locations.get(s.location_id)
    if (!loc) issues.push({ path: `shipments[${i}].location_id`, message: `unknown location ${s.location_id}` })
    else if (!loc.active) issues.push({ path: `shipments[${i}].location_id`, message: `${loc.name} is not active` })
    if (seenLoc.has(s.location_id)) issues.push({ path: `shipments[${i}].location_id`, message: "a location appears in two shipments; merge them" })
    seenLoc.add(s.location_id)
    s.lines.forEach((l, j) => {
      const line = lines.get(l.line_id)
      if (!line) {
        issues.push({ path: `shipments[${i}].lines[${j}].line_id`, message: `${l.line_id} is not a line of this order` })
        return
      }
      if (!Number.isInteger(l.quantity) || l.quantity <= 0) {
        issues.push({ path: `shipments[${i}].lines[${j}].quantity`, message: "must be a positive whole number" })
        return
      }
      given.set(l.line_id, (given.get(l.line_id) ?? 0) + l.quantity)
      const k = `${line.inventory_item_id}\u0000${s.location_id}`
      use.set(k, (use.get(k) ?? 0) + l.quantity)
      if (loc && (use.get(k) ?? 0) > (input.stock[line.inventory_item_id]?.[s.location_id] ?? 0)) {
        issues.push({ path: `shipments[${i}].lines[${j}].quantity`, message: `${loc.name} has ${input.stock[line.inventory_item_id]?.[s.location_id] ?? 0} available of ${line.title ?? line.line_id}` })
      }
    })
  })
  for (const l of input.lines) {
    const g = given.get(l.line_id) ?? 0
    if (g !== l.quantity) issues.push({ path: "shipments", message: `line ${l.title ?? l.line_id} has ${l.quantity} units; the shipments give ${g}` })
  }
  return issues
}

/** Scores a given allocation with the configured strategies (to show an override next to the automatic choice). */
export function explainAllocation(input: RoutingInput, candidate: Candidate, config: RoutingConfig, registry: Readonly<Record<string, RoutingStrategy>> = ROUTING_STRATEGIES) {
  const ctx = buildContext(input)
  const [s] = scoreCandidates([candidate], config.strategies, registry, ctx)
  return {
    shipments: decided(ctx, candidate),
    reasons: config.strategies.map((c, k) => ({ code: c.code, title: registry[c.code].title, score: round(s.outcomes[k].score), message: s.outcomes[k].message })),
    feasible: s.feasible,
  }
}
