import { DEFAULT_PRICING_SETTINGS, killSwitchOn, pricingSettingsSchema, readPricingSettings } from "../pricing-settings"

describe("pricing settings", () => {
  it("fills every default: nothing approves itself above 2 %, an approver above 10 %, all three alert rules on", () => {
    expect(DEFAULT_PRICING_SETTINGS).toMatchObject({ auto_approve_max_step_pct: 2, approver_step_pct: 10, auto_apply: false, default_ending: "none", quote_max_age_days: 30, baseline_days: 28 })
    expect(Object.keys(DEFAULT_PRICING_SETTINGS.alerts).sort()).toEqual(["competitor_out_of_stock", "price_war", "undercut"])
    expect(DEFAULT_PRICING_SETTINGS.alerts.price_war).toEqual({ windowDays: 14, minUndercuts: 3, maxGapDays: 4 })
    expect(killSwitchOn(DEFAULT_PRICING_SETTINGS)).toBe(false)
  })

  it("names the wrong field", () => {
    const r = pricingSettingsSchema.safeParse({ guardrails: { max_step: { pct: -1 } }, approver_step_pct: 900 })
    expect(r.success).toBe(false)
    expect(r.error!.issues.map((i) => i.path.join(".")).sort()).toEqual(["approver_step_pct", "guardrails.max_step.pct"])
  })

  it("keeps the valid part of a stored document that no longer parses, field by field", () => {
    const s = readPricingSettings({ approver_step_pct: 15, default_ending: "97", guardrails: { kill_switch: { enabled: true, reason: "audit" } } })
    expect(s.approver_step_pct).toBe(15)
    expect(s.default_ending).toBe("none")
    expect(killSwitchOn(s)).toBe(true)
    expect(s.guardrails.kill_switch?.reason).toBe("audit")
    expect(readPricingSettings(null)).toEqual(DEFAULT_PRICING_SETTINGS)
  })
})
