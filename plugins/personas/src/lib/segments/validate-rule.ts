import type { ValidationError } from "../traits/trait-definition"
import { MAX_RULE_DEPTH, OPS_BY_TYPE, RULE_OPS, type FieldCatalogue, type FieldType, type RuleOp } from "./rule-types"

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v)
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v)

/** A date operand: epoch ms, or an ISO date/time string that Date.parse understands. */
export function parseDateOperand(v: unknown): number | null {
  if (isNumber(v)) return v
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v)) {
    const t = Date.parse(v)
    return Number.isNaN(t) ? null : t
  }
  return null
}

/**
 * Validates a rule tree against the catalogue. Every error names the offending node by path, e.g.
 * `rules.any[1].all[0].value: expected a number`; an empty list means the rule can be evaluated.
 */
export function validateRule(input: unknown, catalogue: FieldCatalogue, root = "rules"): ValidationError[] {
  const errors: ValidationError[] = []
  walk(input, root, 1, catalogue, (path, message) => errors.push({ path, message }))
  return errors
}

function walk(node: unknown, path: string, depth: number, catalogue: FieldCatalogue, err: (p: string, m: string) => void) {
  if (!isObject(node)) return err(path, "expected a group ({ all: [...] } or { any: [...] }) or a condition")
  if ("all" in node || "any" in node) {
    if ("all" in node && "any" in node) return err(path, 'a group has either "all" or "any", not both')
    const key = "all" in node ? "all" : "any"
    for (const k of Object.keys(node)) if (k !== key) err(`${path}.${k}`, "unknown field")
    const children = node[key]
    if (!Array.isArray(children) || children.length === 0) return err(`${path}.${key}`, "expected a non-empty array")
    if (depth >= MAX_RULE_DEPTH) return err(`${path}.${key}`, `groups nest at most ${MAX_RULE_DEPTH} deep`)
    children.forEach((c, i) => walk(c, `${path}.${key}[${i}]`, depth + 1, catalogue, err))
    return
  }
  for (const k of Object.keys(node)) if (!["field", "op", "value"].includes(k)) err(`${path}.${k}`, "unknown field")
  if (typeof node.field !== "string") return err(`${path}.field`, "expected a field name")
  const type = catalogue[node.field] as FieldType | undefined
  if (!type) return err(`${path}.field`, `unknown field "${node.field}"`)
  const op = node.op as RuleOp
  if (!RULE_OPS.includes(op)) return err(`${path}.op`, `expected one of ${RULE_OPS.join(", ")}`)
  if (!OPS_BY_TYPE[type].includes(op)) {
    return err(`${path}.op`, `"${op}" does not apply to ${type} field "${node.field}" (use ${OPS_BY_TYPE[type].join(", ")})`)
  }
  validateValue(type, op, node.value, `${path}.value`, err)
}

function scalarOf(type: FieldType, v: unknown): string | null {
  if (type === "number") return isNumber(v) ? null : "expected a number"
  if (type === "string") return typeof v === "string" ? null : "expected a string"
  if (type === "boolean") return typeof v === "boolean" ? null : "expected true or false"
  if (type === "date") return parseDateOperand(v) !== null ? null : "expected a date (YYYY-MM-DD, ISO time or epoch ms)"
  return "expected a list of strings"
}

function validateValue(type: FieldType, op: RuleOp, value: unknown, path: string, err: (p: string, m: string) => void) {
  switch (op) {
    case "exists":
    case "not_exists":
      if (value !== undefined) err(path, `not allowed with "${op}"`)
      return
    case "within_last":
    case "not_within_last":
      if (!isObject(value) || !isNumber(value.days) || value.days <= 0) err(path, "expected { days: <positive number> }")
      return
    case "between": {
      if (!Array.isArray(value) || value.length !== 2) return err(path, "expected [low, high]")
      const e0 = scalarOf(type, value[0])
      const e1 = scalarOf(type, value[1])
      if (e0) return err(`${path}[0]`, e0)
      if (e1) return err(`${path}[1]`, e1)
      const lo = type === "date" ? parseDateOperand(value[0])! : (value[0] as number)
      const hi = type === "date" ? parseDateOperand(value[1])! : (value[1] as number)
      if (lo > hi) err(path, "low is greater than high")
      return
    }
    case "in":
    case "not_in":
      if (!Array.isArray(value) || value.length === 0) return err(path, "expected a non-empty array")
      value.forEach((v, i) => {
        const e = scalarOf(type, v)
        if (e) err(`${path}[${i}]`, e)
      })
      return
    case "contains_any":
      if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === "string")) {
        err(path, "expected a non-empty array of strings")
      }
      return
    default: {
      const e = scalarOf(type, value)
      if (e) err(path, e)
    }
  }
}
