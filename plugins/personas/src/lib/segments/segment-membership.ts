import type { ValidationError } from "../traits/trait-definition"
import { evaluateRule, type FieldReader } from "./evaluate-rule"
import { applyHysteresis, validateHysteresis, type HysteresisBand } from "./hysteresis"
import type { FieldCatalogue, RuleNode } from "./rule-types"
import { validateRule } from "./validate-rule"

/** A segment: rules that must hold, optionally gated by a numeric score with hysteresis. */
export type SegmentDefinition = {
  rules: RuleNode
  /** e.g. { field: "profile.p_buy_90d", enter: 0.6, exit: 0.5 } */
  score?: { field: string } & HysteresisBand
}

export function validateSegment(def: unknown, catalogue: FieldCatalogue): ValidationError[] {
  if (typeof def !== "object" || def === null) return [{ path: "segment", message: "expected an object" }]
  const d = def as Record<string, unknown>
  const errors = validateRule(d.rules, catalogue, "rules")
  if (d.score !== undefined) {
    const s = d.score as Record<string, unknown>
    if (typeof s !== "object" || s === null) errors.push({ path: "score", message: "expected { field, enter, exit }" })
    else {
      if (typeof s.field !== "string" || catalogue[s.field] !== "number") {
        errors.push({ path: "score.field", message: "expected a number field from the catalogue" })
      }
      errors.push(...validateHysteresis(s, "score"))
    }
  }
  return errors
}

/**
 * Membership now, from the previous membership: the rules must hold, and when a score band is set the
 * score must pass the hysteresis gate. Pure, so the recompute job and a single-customer update agree.
 */
export function segmentMembership(
  def: SegmentDefinition,
  read: FieldReader,
  catalogue: FieldCatalogue,
  now: number,
  wasMember: boolean,
): boolean {
  if (!evaluateRule(def.rules, read, catalogue, now)) return false
  if (!def.score) return true
  const raw = read(def.score.field)
  return applyHysteresis(wasMember, typeof raw === "number" ? raw : null, def.score)
}
