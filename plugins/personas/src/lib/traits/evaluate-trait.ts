import { DAY_MS } from "../orders/order-table"
import type { TraitDefinition, TraitFilter } from "./trait-definition"

/**
 * One event or order of a customer as the trait evaluator sees it. For orders the glue maps Medusa's
 * order to properties (total, item_count, discount_total, currency_code, ...); `name` is the event name.
 */
export type TraitRecord = { kind: "order" | "event"; name?: string; time: number; properties: Record<string, unknown> }

export type TraitValue = number | string | boolean | null

/** Reads a dotted path ("metadata.channel") from a properties object. */
export function readProperty(properties: Record<string, unknown>, path: string): unknown {
  let v: unknown = properties
  for (const part of path.split(".")) {
    if (typeof v !== "object" || v === null) return undefined
    v = (v as Record<string, unknown>)[part]
  }
  return v
}

function passes(f: TraitFilter, properties: Record<string, unknown>): boolean {
  const v = readProperty(properties, f.property)
  switch (f.op) {
    case "exists":
      return v !== undefined && v !== null
    case "eq":
      return v === f.value
    case "neq":
      return v !== undefined && v !== null && v !== f.value
    case "in":
      return f.value.includes(v as never)
    case "not_in":
      return v !== undefined && v !== null && !f.value.includes(v as never)
    case "gt":
      return typeof v === "number" && v > f.value
    case "gte":
      return typeof v === "number" && v >= f.value
    case "lt":
      return typeof v === "number" && v < f.value
    case "lte":
      return typeof v === "number" && v <= f.value
  }
}

/**
 * The trait's value for one customer at `now` (records at or after `now` are ignored; the window is
 * [now − days, now)). count → number of matching records; sum/average/min/max → over numeric property
 * values (others are skipped; null when none); first/last → the property of the earliest/latest
 * matching record that has it. Records need not be sorted; equal times keep input order.
 */
export function evaluateTrait(def: TraitDefinition, records: readonly TraitRecord[], now: number): TraitValue {
  const from = def.window ? now - def.window.days * DAY_MS : -Infinity
  const matching = records.filter(
    (r) =>
      r.kind === def.source &&
      (def.source !== "event" || r.name === def.event) &&
      r.time >= from &&
      r.time < now &&
      (def.filters ?? []).every((f) => passes(f, r.properties)),
  )
  if (def.aggregate === "count") return matching.length
  const property = def.property as string
  if (def.aggregate === "first" || def.aggregate === "last") {
    let best: { time: number; value: unknown } | null = null
    for (const r of matching) {
      const v = readProperty(r.properties, property)
      if (v === undefined || v === null) continue
      if (!best || (def.aggregate === "first" ? r.time < best.time : r.time >= best.time)) best = { time: r.time, value: v }
    }
    if (!best) return null
    const v = best.value
    return typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : JSON.stringify(v)
  }
  const numbers: number[] = []
  for (const r of matching) {
    const v = readProperty(r.properties, property)
    if (typeof v === "number" && Number.isFinite(v)) numbers.push(v)
  }
  if (def.aggregate === "sum") return numbers.reduce((s, v) => s + v, 0)
  if (numbers.length === 0) return null
  if (def.aggregate === "average") return numbers.reduce((s, v) => s + v, 0) / numbers.length
  if (def.aggregate === "min") return numbers.reduce((m, v) => (v < m ? v : m), Infinity)
  return numbers.reduce((m, v) => (v > m ? v : m), -Infinity)
}
