import { normaliseRoute, redactForAudit } from "../redact"

describe("redactForAudit", () => {
  it("keeps ids, amounts and rules and hides personal data and secrets at any depth", () => {
    expect(
      redactForAudit({
        rule: { code: "floor", min_margin: 0.2 },
        email: "ann@example.com",
        customer: { first_name: "Ann", id: "cus_1", addresses: [{ address_1: "Main St 1", country_code: "de" }] },
        password: "hunter2",
        amounts: [1999, 2499],
      })
    ).toEqual({
      rule: { code: "floor", min_margin: 0.2 },
      email: "[redacted]",
      customer: { first_name: "[redacted]", id: "cus_1", addresses: [{ address_1: "[redacted]", country_code: "de" }] },
      password: "[redacted]",
      amounts: [1999, 2499],
    })
  })

  it("shortens long strings and long arrays", () => {
    const out = redactForAudit({ ids: Array.from({ length: 60 }, (_, i) => i), text2: "x".repeat(600) }) as any
    expect(out.ids).toHaveLength(51)
    expect(out.ids[50]).toBe("[+10 more]")
    expect(out.text2).toHaveLength(501)
  })
})

describe("normaliseRoute", () => {
  it("turns ids into :id and returns them", () => {
    expect(normaliseRoute("/admin/finesse/pricing/batches/fpb_01JABCDEFGHJKMNPQRSTVWXYZ0/approve?x=1")).toEqual({
      route: "/admin/finesse/pricing/batches/:id/approve",
      ids: ["fpb_01JABCDEFGHJKMNPQRSTVWXYZ0"],
    })
    expect(normaliseRoute("/admin/orders/order_01JABCDEFGHJKMNPQRSTVWXYZ0/cancel").route).toBe("/admin/orders/:id/cancel")
    expect(normaliseRoute("/admin/finesse/jobs/core.rollup-123").route).toBe("/admin/finesse/jobs/core.rollup-123")
  })
})
