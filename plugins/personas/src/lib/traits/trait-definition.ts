/**
 * Computed traits: an admin-defined aggregate over a customer's events or orders in a time window,
 * e.g. "sum of order total in the last 30 days where currency = eur" or "last product_viewed.category".
 * The definition is plain JSON (stored, edited in the admin, validated here without zod so lib stays
 * framework-free).
 */
export const TRAIT_AGGREGATES = ["count", "sum", "average", "min", "max", "first", "last"] as const
export type TraitAggregate = (typeof TRAIT_AGGREGATES)[number]

export const TRAIT_FILTER_OPS = ["eq", "neq", "in", "not_in", "gt", "gte", "lt", "lte", "exists"] as const
export type TraitFilterOp = (typeof TRAIT_FILTER_OPS)[number]

export type TraitScalar = string | number | boolean

export type TraitFilter =
  | { property: string; op: "eq" | "neq"; value: TraitScalar }
  | { property: string; op: "in" | "not_in"; value: TraitScalar[] }
  | { property: string; op: "gt" | "gte" | "lt" | "lte"; value: number }
  | { property: string; op: "exists" }

export type TraitDefinition = {
  /** snake_case key under which the value is stored and referenced by segment rules (trait.<key>). */
  key: string
  source: "order" | "event"
  /** Required when source = "event": which event name to aggregate. */
  event?: string
  aggregate: TraitAggregate
  /** Dotted property path; required for every aggregate except count. */
  property?: string
  /** Only records in the last `days` days before `now`; absent = all history. */
  window?: { days: number }
  /** All filters must hold (AND). */
  filters?: TraitFilter[]
}

/** An error naming the offending field by path, e.g. `trait.filters[1].value`. */
export type ValidationError = { path: string; message: string }

const KEY_RE = /^[a-z][a-z0-9_]{0,62}$/
const PATH_RE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v)
const isScalar = (v: unknown): v is TraitScalar =>
  typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))

/** Checks a definition that came in as JSON; returns every problem found (an empty list means valid). */
export function validateTraitDefinition(input: unknown, root = "trait"): ValidationError[] {
  const errors: ValidationError[] = []
  const err = (path: string, message: string) => errors.push({ path: `${root}${path}`, message })
  if (!isObject(input)) {
    err("", "expected an object")
    return errors
  }
  const known = new Set(["key", "source", "event", "aggregate", "property", "window", "filters"])
  for (const k of Object.keys(input)) if (!known.has(k)) err(`.${k}`, "unknown field")
  if (typeof input.key !== "string" || !KEY_RE.test(input.key)) {
    err(".key", "expected a snake_case key starting with a letter (at most 63 characters)")
  }
  if (input.source !== "order" && input.source !== "event") err(".source", 'expected "order" or "event"')
  if (input.source === "event") {
    if (typeof input.event !== "string" || input.event.trim() === "") err(".event", "expected the event name")
  } else if (input.event !== undefined) {
    err(".event", 'only allowed when source is "event"')
  }
  if (!TRAIT_AGGREGATES.includes(input.aggregate as TraitAggregate)) {
    err(".aggregate", `expected one of ${TRAIT_AGGREGATES.join(", ")}`)
  }
  if (input.property !== undefined && (typeof input.property !== "string" || !PATH_RE.test(input.property))) {
    err(".property", "expected a property path like total or metadata.channel")
  } else if (input.property === undefined && input.aggregate !== "count" && TRAIT_AGGREGATES.includes(input.aggregate as TraitAggregate)) {
    err(".property", `required for aggregate "${String(input.aggregate)}"`)
  }
  if (input.window !== undefined) {
    if (!isObject(input.window)) err(".window", "expected an object like { days: 30 }")
    else if (typeof input.window.days !== "number" || !Number.isFinite(input.window.days) || input.window.days <= 0) {
      err(".window.days", "expected a positive number of days")
    }
  }
  if (input.filters !== undefined) {
    if (!Array.isArray(input.filters)) err(".filters", "expected an array")
    else input.filters.forEach((f, i) => validateFilter(f, `.filters[${i}]`, err))
  }
  return errors
}

function validateFilter(f: unknown, path: string, err: (path: string, message: string) => void) {
  if (!isObject(f)) return err(path, "expected an object")
  if (typeof f.property !== "string" || !PATH_RE.test(f.property)) err(`${path}.property`, "expected a property path")
  const op = f.op as TraitFilterOp
  if (!TRAIT_FILTER_OPS.includes(op)) return err(`${path}.op`, `expected one of ${TRAIT_FILTER_OPS.join(", ")}`)
  if (op === "exists") {
    if (f.value !== undefined) err(`${path}.value`, 'not allowed with "exists"')
  } else if (op === "in" || op === "not_in") {
    if (!Array.isArray(f.value) || f.value.length === 0 || !f.value.every(isScalar)) {
      err(`${path}.value`, "expected a non-empty array of strings, numbers or booleans")
    }
  } else if (op === "eq" || op === "neq") {
    if (!isScalar(f.value)) err(`${path}.value`, "expected a string, number or boolean")
  } else if (typeof f.value !== "number" || !Number.isFinite(f.value)) {
    err(`${path}.value`, "expected a number")
  }
}
