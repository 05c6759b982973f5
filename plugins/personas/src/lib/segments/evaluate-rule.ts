import { DAY_MS } from "../orders/order-table"
import type { FieldCatalogue, RuleCondition, RuleNode } from "./rule-types"
import { parseDateOperand } from "./validate-rule"

/** Reads a field's current value for one customer (profile, trait or survey answer); undefined/null = missing. */
export type FieldReader = (field: string) => unknown

/**
 * Evaluates a validated rule for one customer at `now`. A missing value makes every condition false
 * except not_exists and not_within_last (so "neq" and "not_in" never match customers we know nothing
 * about: a segment never grows by lack of data). Dates compare as epoch ms.
 */
export function evaluateRule(rule: RuleNode, read: FieldReader, catalogue: FieldCatalogue, now: number): boolean {
  if ("all" in rule) return rule.all.every((r) => evaluateRule(r, read, catalogue, now))
  if ("any" in rule) return rule.any.some((r) => evaluateRule(r, read, catalogue, now))
  return evaluateCondition(rule, read(rule.field), catalogue[rule.field] === "date", now)
}

function evaluateCondition(c: RuleCondition, raw: unknown, isDate: boolean, now: number): boolean {
  const missing = raw === undefined || raw === null
  if (c.op === "exists") return !missing
  if (c.op === "not_exists") return missing
  const value = isDate && !missing ? parseDateOperand(raw) : raw
  if (value === null || value === undefined) return c.op === "not_within_last"
  const operand = (v: unknown) => (isDate ? parseDateOperand(v) : v) as number
  switch (c.op) {
    case "eq":
      return value === c.value
    case "neq":
      return value !== c.value
    case "gt":
      return (value as number) > operand(c.value)
    case "gte":
      return (value as number) >= operand(c.value)
    case "lt":
      return (value as number) < operand(c.value)
    case "lte":
      return (value as number) <= operand(c.value)
    case "between":
      return (value as number) >= operand(c.value[0]) && (value as number) <= operand(c.value[1])
    case "in":
      return c.value.includes(value as never)
    case "not_in":
      return !c.value.includes(value as never)
    case "contains_any":
      return Array.isArray(value) && value.some((v) => c.value.includes(v))
    case "within_last":
    case "not_within_last": {
      const inside = (value as number) >= now - c.value.days * DAY_MS && (value as number) <= now
      return c.op === "within_last" ? inside : !inside
    }
  }
}
