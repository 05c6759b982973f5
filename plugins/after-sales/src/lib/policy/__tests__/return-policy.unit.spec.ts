import { compileReturnPolicy, PolicyConfigError } from "../compile-policy"
import { DEFAULT_RETURN_POLICY } from "../default-policy"
import { evaluateReturnPolicy } from "../evaluate-policy"
import { listPolicyRules, RETURN_POLICY_RULES } from "../policy-registry"
import { ReturnLine, ReturnPolicy, ReturnRequest } from "../policy-types"
import { returnHistoryStats } from "../return-history"

const DAY = 86_400_000
const delivered = Date.parse("2024-06-10T12:00:00Z")
const placed = Date.parse("2024-06-05T09:00:00Z")

const policy: ReturnPolicy = {
  rules: [
    { id: "quantity", code: "returnable_quantity" },
    {
      id: "window",
      code: "return_window",
      kinds: ["return", "exchange"],
      args: {
        windows: [
          { days: 30 },
          { days: 60, resolutions: ["store_credit", "exchange"] },
          { categories: ["shoes"], days: 14 },
          { categories: ["shoes"], regions: ["DE"], days: 30 },
        ],
      },
    },
    { id: "final-sale", code: "final_sale", args: { categories: ["clearance"] } },
    { id: "condition", code: "item_condition", kinds: ["return", "exchange"], args: {} },
    { id: "gift-cards", code: "allowed_resolutions", args: { categories: ["gift-cards"], resolutions: ["exchange"] } },
    { id: "serial", code: "serial_returner", args: { windowDays: 365, maxReturnRate: 0.4, minUnitsBought: 10, maxReturns: 8 } },
    { id: "auto", code: "auto_approve", kinds: ["return", "exchange"], args: { maxValueMinor: 15_000, maxUnits: 3 } },
  ],
}

const line = (over: Partial<ReturnLine> = {}): ReturnLine => ({
  lineId: "li_1",
  productId: "prod_tee",
  categoryIds: ["apparel"],
  quantity: 1,
  purchasedQuantity: 2,
  unitPriceMinor: 2_000,
  condition: "unopened",
  requestedResolution: "refund",
  ...over,
})
const request = (lines: ReturnLine[], over: Partial<ReturnRequest> = {}): ReturnRequest => ({
  kind: "return",
  order: { id: "order_1", placedAt: placed, deliveredAt: delivered, countryCode: "GB" },
  lines,
  customer: { id: "cus_1", history: { purchases: [{ at: placed - 100 * DAY, units: 2, valueMinor: 4_000 }, { at: placed, units: 2, valueMinor: 4_000 }], returns: [] } },
  ...over,
})
const at = (days: number) => delivered + days * DAY

describe("return policy, one line at a time", () => {
  it.each([
    // [label, line overrides, request overrides, days since delivery, outcome, deciding rule, numbers subset, options]
    ["inside 30 days, small, unopened: auto-approved", {}, {}, 20, "approve", "auto_approve", { valueMinor: 2000, maxValueMinor: 15000, units: 1 }, ["refund", "store_credit", "exchange"]],
    ["at 45 days a refund is no longer offered", {}, {}, 45, "refuse", "return_window", { daysSince: 45, windowDays: 60, requested: "refund" }, ["store_credit", "exchange"]],
    ["at 45 days store credit still goes through", { requestedResolution: "store_credit" }, {}, 45, "approve", "auto_approve", {}, ["store_credit", "exchange"]],
    ["after 60 days refused by the window", {}, {}, 61, "refuse", "return_window", { daysSince: 61, windowDays: 60, counting: "delivery" }, []],
    ["shoes have 14 days in Britain", { categoryIds: ["shoes"] }, {}, 20, "refuse", "return_window", { daysSince: 20, windowDays: 14 }, []],
    ["shoes have 30 days in Germany", { categoryIds: ["shoes"] }, { order: { id: "o", placedAt: placed, deliveredAt: delivered, countryCode: "de" } }, 20, "approve", "auto_approve", {}, ["refund", "store_credit", "exchange"]],
    ["not delivered: counts from the order (25.1 days)", {}, { order: { id: "o", placedAt: placed, deliveredAt: null, countryCode: "GB" } }, 20, "approve", "auto_approve", {}, ["refund", "store_credit", "exchange"]],
    ["final sale refused", { categoryIds: ["clearance"] }, {}, 5, "refuse", "final_sale", { finalSale: true, defect: false }, []],
    ["final sale but defective: review", { categoryIds: ["clearance"], condition: "defective" }, {}, 5, "review", "final_sale", { finalSale: true, defect: true }, ["refund", "store_credit", "exchange"]],
    ["used: review, for credit or exchange", { condition: "used", requestedResolution: "exchange" }, {}, 5, "review", "item_condition", { condition: "used" }, ["store_credit", "exchange"]],
    ["used and asking a refund: refused by the condition rule", { condition: "used" }, {}, 5, "refuse", "item_condition", { condition: "used", requested: "refund" }, ["store_credit", "exchange"]],
    ["damaged by the customer: refused", { condition: "damaged" }, {}, 5, "refuse", "item_condition", { condition: "damaged" }, []],
    ["gift cards exchange only", { categoryIds: ["gift-cards"], requestedResolution: null }, {}, 5, "approve", "auto_approve", {}, ["exchange"]],
    ["over the value limit: review", { quantity: 2, unitPriceMinor: 9_000 }, {}, 5, "review", "auto_approve", { valueMinor: 18000, maxValueMinor: 15000, units: 2 }, ["refund", "store_credit", "exchange"]],
    ["more than was bought: refused", { quantity: 3 }, {}, 5, "refuse", "returnable_quantity", { requested: 3, purchased: 2, returnable: 2 }, []],
    ["already returned: refused", { returnedQuantity: 2 }, {}, 5, "refuse", "returnable_quantity", { returnable: 0 }, []],
  ] as const)("%s", (_l, lineOver, reqOver, days, outcome, ruleCode, numbers, options) => {
    const d = evaluateReturnPolicy(policy, request([line(lineOver as Partial<ReturnLine>)], reqOver as Partial<ReturnRequest>), at(days))
    expect(d.lines[0].outcome).toBe(outcome)
    expect(d.lines[0].decidedBy?.ruleCode).toBe(ruleCode)
    expect(d.lines[0].numbers).toMatchObject(numbers)
    expect(d.lines[0].resolutionOptions).toEqual(options)
    expect(d.outcome).toBe(outcome)
  })

  it("a refusal names its rule and its message carries the numbers", () => {
    const d = evaluateReturnPolicy(policy, request([line()]), at(61))
    expect(d).toMatchObject({ outcome: "refuse", decidedBy: { ruleCode: "return_window", ruleId: "window" }, message: "refused: 61 days since delivery; the return window is 60 days" })
  })
})

describe("return policy, whole requests", () => {
  it("approves the good lines of a mixed request and says which were refused", () => {
    const d = evaluateReturnPolicy(policy, request([line(), line({ lineId: "li_2", categoryIds: ["clearance"], unitPriceMinor: 20_000 })]), at(10))
    expect(d).toMatchObject({ outcome: "approve", partial: true, approvedUnits: 1, approvedValueMinor: 2_000 })
    expect(d.message).toBe("1 of 2 lines approved; refused: li_2 (final_sale)")
    // the refused 200.00 line does not count against the 150.00 auto-approval limit
    expect(d.lines[0].numbers).toMatchObject({ valueMinor: 2_000 })
  })

  it("flags a serial returner above the rate with enough volume, not below the volume guard", () => {
    const heavy = { purchases: [{ at: at(-200), units: 12, valueMinor: 60_000 }], returns: [{ at: at(-100), units: 6, valueMinor: 30_000 }] }
    const d = evaluateReturnPolicy(policy, request([line()], { customer: { id: "c", history: heavy } }), at(5))
    expect(d).toMatchObject({ outcome: "review", decidedBy: { ruleCode: "serial_returner" }, flags: ["serial_returner"] })
    expect(d.requestVerdicts[0].numbers).toMatchObject({ unitsBought: 12, unitsReturned: 6, returnRate: 0.5, maxReturnRate: 0.4 })
    const light = { purchases: [{ at: at(-200), units: 4, valueMinor: 8_000 }], returns: [{ at: at(-100), units: 3, valueMinor: 6_000 }] }
    expect(evaluateReturnPolicy(policy, request([line()], { customer: { id: "c", history: light } }), at(5))).toMatchObject({ outcome: "approve", flags: [] })
    const many = { purchases: [], returns: Array.from({ length: 8 }, (_, i) => ({ at: at(-10 - i), units: 1, valueMinor: 1_000 })) }
    expect(evaluateReturnPolicy(policy, request([line()], { customer: { id: "c", history: many } }), at(5)).flags).toEqual(["serial_returner"])
    // returns older than the window do not count
    const old = { purchases: [{ at: at(-500), units: 12, valueMinor: 60_000 }], returns: [{ at: at(-400), units: 12, valueMinor: 60_000 }] }
    expect(evaluateReturnPolicy(policy, request([line()], { customer: { id: "c", history: old } }), at(5)).flags).toEqual([])
  })

  it("skips rules that do not apply to the kind, and falls back to the default outcome", () => {
    // a claim: no window, no condition check, no auto-approval; nothing approves it, so a person decides
    const d = evaluateReturnPolicy(policy, request([line()], { kind: "claim" }), at(200))
    expect(d.lines[0]).toMatchObject({ outcome: "review", decidedBy: null, message: "no rule approves this item automatically" })
    expect(d.lines[0].verdicts.map((v) => v.ruleCode)).toEqual(["returnable_quantity", "final_sale", "allowed_resolutions", "serial_returner"])
    const lenient = evaluateReturnPolicy({ ...policy, defaultOutcome: "approve" }, request([line()], { kind: "claim" }), at(200))
    expect(lenient.outcome).toBe("approve")
  })

  it("the minimum prior orders limit reads history before this order", () => {
    const p: ReturnPolicy = { rules: [{ code: "auto_approve", args: { maxValueMinor: 10_000, maxUnits: 5, minPriorOrders: 2 } }] }
    const d = evaluateReturnPolicy(p, request([line()]), at(1))
    expect(d.lines[0]).toMatchObject({ outcome: "review", message: "1 earlier orders in 365 days, 2 needed", numbers: { priorOrders: 1 } })
  })

  it("the default policy works out of the box", () => {
    expect(evaluateReturnPolicy(DEFAULT_RETURN_POLICY, request([line()]), at(3)).outcome).toBe("approve")
    expect(evaluateReturnPolicy(DEFAULT_RETURN_POLICY, request([line()]), at(31)).lines[0].resolutionOptions).toEqual(["store_credit", "exchange"])
  })
})

describe("policy validation", () => {
  it("names unknown codes, bad arguments and duplicates", () => {
    const r = compileReturnPolicy({
      rules: [
        { code: "return_window", args: { windows: [{ days: -1 }] } },
        { code: "no_such_rule" },
        { id: "a", code: "final_sale", args: { colour: "red" } },
        { id: "a", code: "returnable_quantity" },
        { code: "auto_approve", args: { maxValueMinor: 10.5, maxUnits: 1 } },
      ],
      resolutions: ["refund", "cash" as never],
    })
    expect(r.ok).toBe(false)
    const issues = (r as { issues: { ruleId: string | null; path: string; message: string }[] }).issues
    expect(issues.map((i) => [i.ruleId, i.path])).toEqual([
      ["return_window", "args.windows.0.days"],
      ["no_such_rule", "code"],
      ["a", "args"],
      ["a", "id"],
      ["auto_approve", "args.maxValueMinor"],
      [null, "resolutions"],
    ])
    expect(() => evaluateReturnPolicy({ rules: [{ code: "nope" }] }, request([line()]), at(1))).toThrow(PolicyConfigError)
    expect(compileReturnPolicy(DEFAULT_RETURN_POLICY).ok).toBe(true)
  })

  it("lists the registry with stable codes", () => {
    expect(Object.keys(RETURN_POLICY_RULES)).toEqual(["returnable_quantity", "return_window", "final_sale", "item_condition", "allowed_resolutions", "serial_returner", "auto_approve"])
    expect(listPolicyRules()[1]).toMatchObject({ code: "return_window", title: "Return window" })
  })
})

describe("return history", () => {
  it("counts the window and gives a Wilson interval", () => {
    const s = returnHistoryStats({ purchases: [{ at: 10 * DAY, units: 10, valueMinor: 10_000 }, { at: 0, units: 99, valueMinor: 1 }], returns: [{ at: 20 * DAY, units: 2, valueMinor: 3_000 }] }, 30 * DAY, 25)
    expect(s).toMatchObject({ orders: 1, unitsBought: 10, returns: 1, unitsReturned: 2, returnRate: 0.2, valueReturnRate: 0.3 })
    // Wilson 95 % for 2/10: 0.0567 .. 0.5098 (Newcombe 1998, Table I method 3 style; R binom::binom.wilson)
    expect(s.returnRateInterval.low).toBeCloseTo(0.0567, 4)
    expect(s.returnRateInterval.high).toBeCloseTo(0.5098, 4)
  })
})
