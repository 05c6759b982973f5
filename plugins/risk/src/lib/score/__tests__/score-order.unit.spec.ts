import { DAY, lookups, NOW, order } from "../../__tests__/order-fixture"
import { riskKeys } from "../../signals/risk-keys"
import { velocityLookupPlan, velocityRetentionHours } from "../lookup-plan"
import { compileRiskConfig, RiskConfigError, validateRiskConfig } from "../risk-config"
import { blendScore, decideByScore, scoreOrder } from "../score-order"

describe("risk configuration", () => {
  it("runs every signal with its defaults when nothing is set", () => {
    const c = compileRiskConfig()
    expect(c.rules.length).toBe(11)
    expect(c.thresholds).toEqual({ review: 55, block: 90 })
    expect(c.model).toBeNull()
  })

  it("applies weights, arguments and disabling", () => {
    const c = compileRiskConfig({
      rules: [
        { code: "velocity_device", weight: 50, args: { windows: [{ hours: 1, limit: 1 }] } },
        { code: "country_mismatch", enabled: false },
      ],
    })
    const device = c.rules.find((r) => r.signal.code === "velocity_device")!
    expect(device.weight).toBe(50)
    expect(device.args).toEqual({ windows: [{ hours: 1, limit: 1 }] })
    expect(c.rules.some((r) => r.signal.code === "country_mismatch")).toBe(false)
  })

  it("reports every problem with a field path", () => {
    const issues = validateRiskConfig({
      rules: [
        { code: "nope" },
        { code: "velocity_email", weight: 300, args: { windows: [{ hours: 24, limit: 0 }] } },
      ],
      thresholds: { review: 90, block: 50 },
      lists: { block: { ips: ["999.1.1.1"] } },
    })
    expect(issues.map((i) => i.path)).toEqual(["rules.0.code", "rules.1.weight", "rules.1.args.windows.0.limit", "thresholds.review", "lists.block.ip"])
    expect(() => compileRiskConfig({ rules: [{ code: "nope" }] })).toThrow(RiskConfigError)
  })

  it("plans the counter reads scoring needs, one per identifier and window", () => {
    const c = compileRiskConfig()
    const plan = velocityLookupPlan(c, riskKeys(order({ cardFingerprint: null })))
    expect(plan.map((q) => `${q.dimension}:${q.label}`)).toEqual(["email:24h", "ip:1h", "ip:24h", "address:24h", "address:168h", "device:24h"])
    expect(plan[0].key).toBe("jane.doe@example.com")
    expect(velocityRetentionHours(c)).toEqual({ email: 24, ip: 24, card: 24, address: 168, device: 24 })
  })
})

describe("score and decision", () => {
  const config = compileRiskConfig({ lists: { allow: { customers: ["cus_vip"] }, block: { cards: ["fp_stolen"] } } })

  it("allows an ordinary order with a score of 0 and keeps every signal's reason", () => {
    const a = scoreOrder(order(), lookups(), config)
    expect(a.score).toBe(0)
    expect(a.decision).toBe("allow")
    expect(a.decidedBy).toBe("score")
    expect(a.signals.length).toBe(11)
    expect(a.reasons).toEqual([])
  })

  it("adds the points of the hits, reasons by points", () => {
    // new account, first order of 600 EUR (20), disposable mail (40), 6th order from the device (25)
    const a = scoreOrder(
      order({ email: "x@mailinator.com", amount: 60000, accountCreatedAt: NOW - DAY }),
      lookups({ priorOrders: 0, velocity: { device: { "24h": 5 } } }),
      config,
    )
    expect(a.signals.filter((s) => s.hit).map((s) => `${s.code}:${s.points}`)).toEqual(["velocity_device:25", "first_order_high_value:20", "disposable_email:40"])
    expect(a.rulesScore).toBe(85)
    expect(a.score).toBe(85)
    expect(a.decision).toBe("review")
    expect(a.reasons[0]).toBe("email domain mailinator.com is a disposable-mail domain")
    expect(a.reasons[1]).toBe("6 orders from this device in 24 h, limit 5")
  })

  it.each([
    [54, "allow"],
    [55, "review"],
    [89, "review"],
    [90, "block"],
  ])("score %d → %s", (score, decision) => {
    expect(decideByScore(score, { review: 55, block: 90 })).toBe(decision)
  })

  it("caps the rule score at 100", () => {
    const c = compileRiskConfig({ rules: [{ code: "disposable_email", weight: 100 }] })
    const a = scoreOrder(order({ email: "x@mailinator.com", cardFingerprint: "fp" }), lookups({ velocity: { device: { "24h": 9 } } }), c)
    expect(a.rulesScore).toBe(100)
  })

  it("lets the allow list override a high score and the block list a low one", () => {
    const risky = { email: "x@mailinator.com", amount: 90000, accountCreatedAt: NOW - DAY }
    const vip = scoreOrder(order({ ...risky, customerId: "cus_vip" }), lookups({ priorOrders: 0, velocity: { device: { "24h": 9 } } }), config)
    expect([vip.decision, vip.decidedBy]).toEqual(["allow", "allow_list"])
    expect(vip.score).toBeGreaterThanOrEqual(80)
    const stolen = scoreOrder(order({ cardFingerprint: "fp_stolen" }), lookups(), config)
    expect([stolen.decision, stolen.decidedBy, stolen.reasons[0]]).toEqual(["block", "block_list", "on the block list: card"])
    // allow is checked first, as in Stripe Radar
    const both = scoreOrder(order({ customerId: "cus_vip", cardFingerprint: "fp_stolen" }), lookups(), config)
    expect(both.decision).toBe("allow")
  })

  it("blends rule score and model probability", () => {
    expect(blendScore(60, null, 0.5)).toBe(60)
    expect(blendScore(60, 0.2, 0.5)).toBe(40)
    expect(blendScore(60, 0.9, 0.25)).toBe(68)
  })
})
