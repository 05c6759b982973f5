// The read-only half of routing an order: load, decide (or check an admin's override), plan the changes.
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { decideRouting, explainAllocation, validateAllocation } from "../lib/routing/decide"
import type { Candidate, ShipmentLine } from "../lib/routing/types"
import { loadRoutingContext, type RoutingContextData } from "./routing-inputs"
import { metadataOf, planReservations, planShipments, type RoutingPlan } from "./route-plan"

export type RoutingSource = "placement" | "override" | "reroute" | "manual" | "demo"

export type OverrideShipment = { location_id: string; lines: { line_item_id: string; quantity: number }[] }

export type PrepareRoutingInput = {
  order_id: string
  source: RoutingSource
  override?: OverrideShipment[]
  actor_id?: string | null
  note?: string | null
  /** epoch ms; defaults to the clock */
  now?: number
}

const r2 = (x: number) => Math.round(x * 100) / 100

/** Order-line override → routing lines (inventory units), or the 400 naming the field. */
function overrideCandidate(ctx: RoutingContextData, shipments: OverrideShipment[]): Candidate {
  const byLineItem = new Map<string, { line_id: string; inventory_item_id: string; required: number }[]>()
  for (const l of ctx.input.lines) {
    const m = ctx.lineMap[l.line_id]
    byLineItem.set(m.line_item_id, [...(byLineItem.get(m.line_item_id) ?? []), { line_id: l.line_id, inventory_item_id: l.inventory_item_id, required: m.required }])
  }
  const asRouting = shipments.map((s, i) => ({
    location_id: s.location_id,
    lines: s.lines.flatMap((l, k) => {
      const parts = byLineItem.get(l.line_item_id)
      if (!parts) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: shipments[${i}].lines[${k}].line_item_id: ${l.line_item_id} is not an open line of this order`)
      return parts.map((p) => ({ line_id: p.line_id, quantity: l.quantity * p.required }))
    }),
  }))
  const issues = validateAllocation(ctx.input, asRouting)
  if (issues.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${issues.map((x) => `${x.path}: ${x.message}`).join("; ")}`)
  const weight = new Map(ctx.input.lines.map((l) => [l.line_id, l.unit_weight_g]))
  const item = new Map(ctx.input.lines.map((l) => [l.line_id, l.inventory_item_id]))
  const used = new Map<string, number>()
  for (const s of asRouting) for (const l of s.lines) used.set(l.line_id, (used.get(l.line_id) ?? 0) + 1)
  return {
    shipments: asRouting.map((s) => {
      const lines: ShipmentLine[] = s.lines.map((l) => ({ line_id: l.line_id, inventory_item_id: item.get(l.line_id)!, quantity: l.quantity }))
      return { location_id: s.location_id, lines, units: lines.reduce((a, l) => a + l.quantity, 0), weight_g: lines.reduce((a, l) => a + l.quantity * (weight.get(l.line_id) ?? 0), 0) }
    }),
    split_lines: [...used.values()].filter((n) => n > 1).length,
    unallocated: [],
  }
}

export async function prepareRouting(container: MedusaContainer, inp: PrepareRoutingInput): Promise<RoutingPlan> {
  const now = inp.now ?? Date.now()
  const ctx = await loadRoutingContext(container, inp.order_id, now)
  const empty = { order_id: inp.order_id, day: ctx.day, decision: {}, shipments: [], reservations: { deletes: [], creates: [], moved_units: 0 }, metadata: {} }
  // an event delivered twice routes once; an order without stock-managed items has nothing to route
  if ((inp.source === "placement" && ctx.current) || !ctx.input.lines.length) return { ...empty, noop: true }
  const t1 = performance.now()
  let decision: Record<string, any>
  if (inp.override) {
    const candidate = overrideCandidate(ctx, inp.override)
    const e = explainAllocation(ctx.input, candidate, ctx.snapshot.config)
    const names = e.shipments.map((s) => s.location_name)
    decision = {
      status: "override",
      shipments: e.shipments,
      unallocated: [],
      split: candidate.shipments.length > 1 || candidate.split_lines > 0,
      split_lines: candidate.split_lines,
      reasons: e.reasons,
      decided_by: "override",
      summary: `Ships from ${names.join(" and ")}: set by hand${inp.note ? ` (${inp.note})` : ""}.`,
      alternatives: [],
      warnings: e.feasible ? [] : ["the override breaks a hard routing rule"],
      search: {},
    }
  } else {
    const d = decideRouting(ctx.input, ctx.snapshot.config)
    decision = { ...d }
    if (inp.source === "reroute" && ctx.current) decision.summary = `Re-routed: ${d.summary}`
  }
  const decide_ms = performance.now() - t1
  const shipments = planShipments(ctx, decision.shipments, now)
  const reservations = planReservations(ctx, decision as any)
  const record = {
    order_id: ctx.order.id,
    display_id: ctx.order.display_id,
    status: decision.status,
    source: inp.source,
    shipments: decision.shipments,
    unallocated: decision.unallocated,
    split: decision.split,
    split_lines: decision.split_lines,
    reasons: decision.reasons,
    summary: decision.summary,
    decided_by: decision.decided_by,
    alternatives: decision.alternatives,
    warnings: decision.warnings,
    search: decision.search,
    destination: ctx.destination,
    config: ctx.snapshot.config,
    timing: { load_ms: r2(ctx.load_ms), decide_ms: r2(decide_ms) },
    reservations_moved: reservations.moved_units,
    actor_id: inp.actor_id ?? null,
    note: inp.note ?? null,
  }
  return {
    order_id: ctx.order.id,
    noop: false,
    day: ctx.day,
    decision: record,
    shipments,
    reservations,
    metadata: metadataOf(null, { ...record, shipments: decision.shipments }, now),
  }
}
