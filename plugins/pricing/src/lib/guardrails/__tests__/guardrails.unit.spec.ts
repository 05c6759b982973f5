import { GUARDRAILS, parseGuardrailConfig } from "../registry"
import {
  ceilingGuardrail,
  computeCeiling,
  computeFloor,
  cooldownGuardrail,
  excludedProductGuardrail,
  floorGuardrail,
  killSwitchGuardrail,
  mapGuardrail,
  maxStepGuardrail,
  stepBounds,
} from "../rules"
import type { GuardrailInput } from "../types"

const NOW = Date.UTC(2024, 5, 1, 12)
const DAY = 86_400_000
const input = (over: Partial<GuardrailInput> = {}): GuardrailInput => ({
  now: NOW,
  currency: "eur",
  productId: "p1",
  oldPrice: 1000,
  newPrice: 1050,
  cost: 700,
  lastChangedAt: null,
  map: null,
  floor: null,
  ceiling: null,
  ...over,
})

describe("floor and ceiling formulas", () => {
  it.each([
    [1000, null, { basis: "markup", pct: 20 }, 1200], // cost × (1 + 20 %)
    [1000, null, { basis: "margin", pct: 20 }, 1250], // cost / (1 − 20 %): 20 % of 12.50 is margin
    [1000, null, { basis: "margin", pct: 0 }, 1000], // never below cost
    [333, null, { basis: "margin", pct: 10 }, 370], // 369.99… rounds up: the floor keeps its margin
    [1000, 1300, { basis: "markup", pct: 20 }, 1300], // the variant's own minimum raises it
    [null, 500, { basis: "markup", pct: 20 }, 500],
    [null, null, { basis: "markup", pct: 20 }, null],
  ] as const)("cost %p, minPrice %p, %p → %p", (cost, minPrice, args, want) => {
    expect(computeFloor(cost, minPrice, { ...args, requireCost: false })).toBe(want)
  })
  it("ceiling is the lower of the variant maximum and cost × (1 + maxMarkup)", () => {
    expect(computeCeiling(1000, null, { maxMarkupPct: 150 })).toBe(2500)
    expect(computeCeiling(1000, 2000, { maxMarkupPct: 150 })).toBe(2000)
    expect(computeCeiling(null, 2000, { maxMarkupPct: 150 })).toBe(2000)
    expect(computeCeiling(1000, null, {})).toBeNull()
  })
  it("step bounds round inwards", () => {
    expect(stepBounds(999, { pct: 10 })).toEqual({ low: 900, high: 1098 }) // 899.1 → 900, 1098.9 → 1098
  })
})

describe("each guardrail names the rule and the numbers", () => {
  it.each([
    [killSwitchGuardrail, { enabled: true, reason: "audit" }, {}, { code: "kill_switch", limit: null, proposed: null }, "switched off store-wide: audit"],
    [excludedProductGuardrail, { productIds: ["p1"] }, {}, { code: "excluded_product" }, "p1 is excluded"],
    [cooldownGuardrail, { days: 7 }, { lastChangedAt: NOW - 2.5 * DAY }, { code: "cooldown", limit: 7, proposed: 2.5, unit: "days" }, "2.5 day(s) ago"],
    [floorGuardrail, { basis: "margin", pct: 10, requireCost: false }, { newPrice: 750, floor: 778 }, { code: "floor", limit: 778, proposed: 750, unit: "minor" }, "7.50 EUR is below the floor 7.78 EUR"],
    [floorGuardrail, { basis: "margin", pct: 10, requireCost: true }, { cost: null }, { code: "floor", limit: null }, "no unit cost"],
    [ceilingGuardrail, {}, { newPrice: 1600, ceiling: 1500 }, { code: "ceiling", limit: 1500, proposed: 1600 }, "above the ceiling 15.00 EUR"],
    [mapGuardrail, {}, { newPrice: 899, map: 900 }, { code: "map", limit: 900, proposed: 899 }, "minimum advertised price 9.00 EUR"],
    [maxStepGuardrail, { pct: 10 }, { newPrice: 1150 }, { code: "max_step", limit: 10, proposed: 15, unit: "pct" }, "a 15 % change"],
  ] as const)("%#: %o", (rule, args, over, want, words) => {
    const v = (rule as any).evaluate(input(over as Partial<GuardrailInput>), (rule as any).argsSchema.parse(args))
    expect(v).toMatchObject(want)
    expect(v.message).toContain(words)
  })
  it.each([
    [killSwitchGuardrail, { enabled: false }, {}],
    [excludedProductGuardrail, { productIds: ["p2"] }, {}],
    [cooldownGuardrail, { days: 7 }, { lastChangedAt: NOW - 7 * DAY }],
    [cooldownGuardrail, { days: 7 }, { lastChangedAt: null }],
    [floorGuardrail, { basis: "margin", pct: 10 }, { newPrice: 778, floor: 778 }],
    [ceilingGuardrail, {}, { newPrice: 1500, ceiling: 1500 }],
    [mapGuardrail, {}, { newPrice: 900, map: 900 }],
    [maxStepGuardrail, { pct: 10 }, { newPrice: 1100 }],
    [maxStepGuardrail, { pct: 10 }, { newPrice: 900 }],
  ] as const)("%#: passes at the limit", (rule, args, over) => {
    expect((rule as any).evaluate(input(over as Partial<GuardrailInput>), (rule as any).argsSchema.parse(args))).toBeNull()
  })
})

describe("guardrail settings", () => {
  it("keeps floor, ceiling and MAP always on and validates by field", () => {
    expect(parseGuardrailConfig(undefined)).toEqual({ floor: { basis: "margin", pct: 0, requireCost: false }, ceiling: {}, map: {} })
    expect(() => parseGuardrailConfig({ max_step: { pct: -1 } })).toThrow(/pct/)
    expect(() => parseGuardrailConfig({ surprise: {} })).toThrow()
    expect(GUARDRAILS.map((g) => g.code)).toEqual(["kill_switch", "excluded_product", "cooldown", "floor", "ceiling", "map", "max_step"])
  })
})
