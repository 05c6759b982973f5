import { evaluateReturnPolicy } from "../evaluate-policy"
import { DEFAULT_RETURN_POLICY } from "../default-policy"
import { listPolicyRules } from "../policy-registry"
import { ReturnLine, ReturnRequest } from "../policy-types"
import { planRemedy } from "../remedy-plan"

const DAY = 86_400_000
const line = (lineId: string, over: Partial<ReturnLine> = {}): ReturnLine => ({
  lineId,
  productId: `prod_${lineId}`,
  categoryIds: [],
  quantity: 1,
  purchasedQuantity: 1,
  unitPriceMinor: 2_500,
  condition: "unopened",
  requestedResolution: "refund",
  ...over,
})
const req = (lines: ReturnLine[], kind: ReturnRequest["kind"] = "return"): ReturnRequest => ({
  kind,
  order: { id: "o", placedAt: 0, deliveredAt: DAY, countryCode: "GB" },
  lines,
  customer: { id: "c", history: null },
})

describe("remedy plan", () => {
  it("splits approved lines into one return (refund and store credit) and one exchange", () => {
    const r = req([line("a"), line("b", { requestedResolution: "store_credit", unitPriceMinor: 1_000 }), line("c", { requestedResolution: "exchange" }), line("d", { requestedResolution: null })])
    // four units: above the default 3-unit auto-approval limit, so allow 10 here
    const policy = { ...DEFAULT_RETURN_POLICY, rules: DEFAULT_RETURN_POLICY.rules.map((x) => (x.code === "auto_approve" ? { ...x, args: { maxValueMinor: 15_000, maxUnits: 10 } } : x)) }
    const d = evaluateReturnPolicy(policy, r, 5 * DAY)
    expect(planRemedy(r, d)).toEqual({
      return: { items: [{ lineId: "a", quantity: 1, valueMinor: 2_500 }, { lineId: "b", quantity: 1, valueMinor: 1_000 }], refundMinor: 2_500, storeCreditMinor: 1_000 },
      exchange: { items: [{ lineId: "c", quantity: 1, valueMinor: 2_500 }] },
      claim: null,
      needsChoice: [{ lineId: "d", options: ["refund", "store_credit", "exchange"] }],
    })
  })

  it("acts on reviewed lines an agent approves, and refuses to act on refused ones without an override", () => {
    const r = req([line("used", { condition: "used", requestedResolution: "store_credit" }), line("late")])
    const d = evaluateReturnPolicy(DEFAULT_RETURN_POLICY, r, 90 * DAY) // "late" is outside every window
    expect(d.lines.map((l) => l.outcome)).toEqual(["refuse", "refuse"])
    const d2 = evaluateReturnPolicy(DEFAULT_RETURN_POLICY, req([line("used", { condition: "used", requestedResolution: "store_credit" })]), 5 * DAY)
    expect(planRemedy(req([line("used", { condition: "used", requestedResolution: "store_credit" })]), d2).return).toBeNull() // in review: nothing yet
    expect(planRemedy(req([line("used", { condition: "used", requestedResolution: "store_credit" })]), d2, { lineIds: ["used"] }).return?.storeCreditMinor).toBe(2_500)
    expect(() => planRemedy(r, d, { lineIds: ["late"] })).toThrow("line late was refused by return_window; pass overrideRefusals to act on it")
    expect(planRemedy(r, d, { lineIds: ["late"], overrideRefusals: true }).return?.refundMinor).toBe(2_500)
    expect(() => planRemedy(r, d, { lineIds: ["nope"] })).toThrow(RangeError)
  })

  it("turns a claim into one Medusa claim, replace when a replacement is asked", () => {
    const r = req([line("x", { condition: "defective", requestedResolution: "exchange" }), line("y", { condition: "damaged" })], "claim")
    const d = evaluateReturnPolicy({ rules: [{ code: "returnable_quantity" }], defaultOutcome: "approve" }, r, 5 * DAY)
    expect(planRemedy(r, d).claim).toEqual({
      type: "replace",
      items: [
        { lineId: "x", quantity: 1, valueMinor: 2_500, reason: "production_failure" },
        { lineId: "y", quantity: 1, valueMinor: 2_500, reason: "other" },
      ],
      refundMinor: 0,
    })
  })

  it("publishes each rule's argument schema for the policy editor", () => {
    const window = listPolicyRules().find((r) => r.code === "return_window")
    expect(window?.argsJsonSchema).toMatchObject({ type: "object", required: ["windows"] })
  })
})
