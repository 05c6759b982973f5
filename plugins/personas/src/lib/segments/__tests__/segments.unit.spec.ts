import { evaluateRule } from "../evaluate-rule"
import { applyHysteresis, validateHysteresis } from "../hysteresis"
import type { FieldCatalogue, RuleNode } from "../rule-types"
import { segmentMembership, validateSegment } from "../segment-membership"
import { validateRule } from "../validate-rule"

const DAY = 86_400_000
const NOW = Date.parse("2024-06-30T12:00:00Z")

const catalogue: FieldCatalogue = {
  "profile.orders": "number",
  "profile.rfm_segment": "string",
  "profile.last_order_at": "date",
  "profile.tags": "string_list",
  "profile.p_buy_90d": "number",
  "trait.eur_spend_30d": "number",
  "survey.newsletter": "boolean",
}

const customer: Record<string, unknown> = {
  "profile.orders": 5,
  "profile.rfm_segment": "Loyal",
  "profile.last_order_at": NOW - 10 * DAY,
  "profile.tags": ["repeat", "high_spender"],
  "profile.p_buy_90d": 0.55,
  "trait.eur_spend_30d": 12000,
  "survey.newsletter": true,
}
const read = (values: Record<string, unknown>) => (field: string) => values[field]

describe("validateRule", () => {
  it("accepts a valid nested rule", () => {
    const rule: RuleNode = {
      all: [
        { field: "profile.orders", op: "gte", value: 2 },
        { any: [{ field: "profile.rfm_segment", op: "in", value: ["Champions", "Loyal"] }, { field: "profile.last_order_at", op: "within_last", value: { days: 30 } }] },
        { field: "profile.last_order_at", op: "between", value: ["2024-01-01", "2024-12-31"] },
        { field: "survey.newsletter", op: "exists" },
      ],
    }
    expect(validateRule(rule, catalogue)).toEqual([])
  })

  it("names the bad node by path", () => {
    const rule = {
      any: [
        { field: "profile.orders", op: "gt", value: 1 },
        { all: [{ field: "profile.orders", op: "gt", value: "two" }, { field: "nope", op: "eq", value: 1 }] },
        { field: "profile.rfm_segment", op: "gt", value: "Loyal" },
        { field: "profile.tags", op: "contains_any", value: [] },
        { field: "profile.orders", op: "between", value: [5, 1] },
        { field: "profile.last_order_at", op: "within_last", value: 30 },
        { all: [] },
      ],
    }
    expect(validateRule(rule, catalogue).map((e) => `${e.path}: ${e.message}`)).toEqual([
      "rules.any[1].all[0].value: expected a number",
      'rules.any[1].all[1].field: unknown field "nope"',
      'rules.any[2].op: "gt" does not apply to string field "profile.rfm_segment" (use eq, neq, in, not_in, exists, not_exists)',
      "rules.any[3].value: expected a non-empty array of strings",
      "rules.any[4].value: low is greater than high",
      "rules.any[5].value: expected { days: <positive number> }",
      "rules.any[6].all: expected a non-empty array",
    ])
  })

  it("rejects groups with both all and any, non-objects and too deep nesting", () => {
    expect(validateRule({ all: [], any: [] }, catalogue)[0].message).toBe('a group has either "all" or "any", not both')
    expect(validateRule(42, catalogue)[0].path).toBe("rules")
    let deep: RuleNode = { field: "profile.orders", op: "gt", value: 1 }
    for (let i = 0; i < 10; i++) deep = { all: [deep] }
    expect(validateRule(deep, catalogue)[0].message).toBe("groups nest at most 8 deep")
  })
})

describe("evaluateRule", () => {
  const evalOn = (rule: RuleNode, values = customer) => evaluateRule(rule, read(values), catalogue, NOW)

  it.each([
    [{ field: "profile.orders", op: "eq", value: 5 }, true],
    [{ field: "profile.orders", op: "neq", value: 5 }, false],
    [{ field: "profile.orders", op: "gt", value: 5 }, false],
    [{ field: "profile.orders", op: "gte", value: 5 }, true],
    [{ field: "profile.orders", op: "lt", value: 6 }, true],
    [{ field: "profile.orders", op: "lte", value: 4 }, false],
    [{ field: "profile.orders", op: "between", value: [5, 9] }, true],
    [{ field: "profile.rfm_segment", op: "in", value: ["Champions", "Loyal"] }, true],
    [{ field: "profile.rfm_segment", op: "not_in", value: ["Loyal"] }, false],
    [{ field: "profile.tags", op: "contains_any", value: ["lapsed", "high_spender"] }, true],
    [{ field: "profile.tags", op: "contains_any", value: ["lapsed"] }, false],
    [{ field: "profile.last_order_at", op: "within_last", value: { days: 30 } }, true],
    [{ field: "profile.last_order_at", op: "within_last", value: { days: 7 } }, false],
    [{ field: "profile.last_order_at", op: "not_within_last", value: { days: 7 } }, true],
    [{ field: "profile.last_order_at", op: "gt", value: "2024-06-01" }, true],
    [{ field: "survey.newsletter", op: "eq", value: true }, true],
  ] as [RuleNode, boolean][])("%j → %p", (rule, expected) => {
    expect(evalOn(rule)).toBe(expected)
  })

  it("combines groups with AND / OR", () => {
    const rule: RuleNode = {
      all: [
        { field: "profile.orders", op: "gte", value: 2 },
        { any: [{ field: "trait.eur_spend_30d", op: "gt", value: 50000 }, { field: "profile.rfm_segment", op: "eq", value: "Loyal" }] },
      ],
    }
    expect(evalOn(rule)).toBe(true)
    expect(evalOn(rule, { ...customer, "profile.rfm_segment": "Lost" })).toBe(false)
  })

  it("treats a missing value as matching nothing but not_exists and not_within_last", () => {
    const empty = {}
    expect(evalOn({ field: "profile.orders", op: "neq", value: 1 }, empty)).toBe(false)
    expect(evalOn({ field: "profile.rfm_segment", op: "not_in", value: ["Lost"] }, empty)).toBe(false)
    expect(evalOn({ field: "profile.orders", op: "not_exists" }, empty)).toBe(true)
    expect(evalOn({ field: "profile.last_order_at", op: "not_within_last", value: { days: 30 } }, empty)).toBe(true)
  })
})

describe("hysteresis", () => {
  const band = { enter: 0.6, exit: 0.4 }
  it.each([
    [false, 0.59, false],
    [false, 0.6, false], // joins only above enter
    [false, 0.61, true],
    [true, 0.5, true], // between the thresholds nothing changes
    [true, 0.4, true], // leaves only below exit
    [true, 0.39, false],
    [true, null, true],
    [false, null, false],
  ] as [boolean, number | null, boolean][])("was %p, score %p → %p", (was, score, now) => {
    expect(applyHysteresis(was, score, band)).toBe(now)
  })

  it("validates the band", () => {
    expect(validateHysteresis({ enter: 0.4, exit: 0.6 })).toEqual([{ path: "hysteresis.exit", message: "must not exceed enter" }])
    expect(validateHysteresis({ enter: "x", exit: 1 })).toEqual([{ path: "hysteresis.enter", message: "expected a number" }])
  })

  it("gates segment membership after the rules", () => {
    const def = { rules: { field: "profile.orders", op: "gte", value: 2 } as RuleNode, score: { field: "profile.p_buy_90d", enter: 0.6, exit: 0.4 } }
    expect(validateSegment(def, catalogue)).toEqual([])
    const r = read(customer) // p = 0.55
    expect(segmentMembership(def, r, catalogue, NOW, true)).toBe(true)
    expect(segmentMembership(def, r, catalogue, NOW, false)).toBe(false)
    expect(segmentMembership(def, read({ ...customer, "profile.orders": 1 }), catalogue, NOW, true)).toBe(false)
    expect(validateSegment({ rules: def.rules, score: { field: "profile.rfm_segment", enter: 1, exit: 0 } }, catalogue)).toEqual([
      { path: "score.field", message: "expected a number field from the catalogue" },
    ])
  })
})
