import { ALERT_RULES, evaluateAlerts } from "../alert-rules"
import { deliveryStats, isLate, weeklyLateRate, wilsonInterval, type DeliveryRecord } from "../delivery-stats"

const H = 3_600_000
const NOW = Date.UTC(2026, 10, 25, 12)
let n = 0
const rec = (carrier: string, hoursLate: number | null, o: Partial<DeliveryRecord> = {}): DeliveryRecord => {
  const promised = NOW - 5 * 24 * H
  return {
    id: `s${n++}`, carrier, location: "berlin", region: "DE", shipped_at: promised - 48 * H, promised_at: promised,
    delivered_at: hoursLate === null ? null : promised + hoursLate * H, ...o,
  }
}

describe("Wilson score interval", () => {
  it("matches the textbook value for 10 of 100 (0.0552, 0.1744) and handles 0 and n = 0", () => {
    const [lo, hi] = wilsonInterval(10, 100)
    expect(lo).toBeCloseTo(0.0552, 4)
    expect(hi).toBeCloseTo(0.1744, 4)
    expect(wilsonInterval(0, 10)[0]).toBe(0)
    expect(wilsonInterval(0, 10)[1]).toBeCloseTo(0.2775, 4)
    expect(wilsonInterval(0, 0)).toEqual([0, 1])
  })
})

describe("delivery stats", () => {
  const records = [
    // dhl: 9 on time, 1 late by 30 h
    ...Array.from({ length: 9 }, () => rec("dhl", -2)),
    rec("dhl", 30),
    // slowpost: 6 of 10 late, by 10..60 h; one still open and overdue
    ...[10, 20, 30, 40, 50, 60].map((h) => rec("slowpost", h)),
    ...Array.from({ length: 4 }, () => rec("slowpost", 0)),
    rec("slowpost", null),
  ]
  it("counts late against the promise (on the promise is on time) and ranks the worst first", () => {
    expect(isLate(rec("x", 0))).toBe(false)
    expect(isLate(rec("x", 0.01))).toBe(true)
    expect(isLate(rec("x", null))).toBe(false)
    const rows = deliveryStats(records, "carrier", NOW)
    expect(rows.map((r) => [r.key, r.shipments, r.delivered, r.late, r.late_rate, r.mean_delay_hours, r.p90_delay_hours, r.overdue_open])).toEqual([
      ["slowpost", 11, 10, 6, 0.6, 35, 60, 1],
      ["dhl", 10, 10, 1, 0.1, 30, 30, 0],
    ])
    expect(rows[1].mean_transit_hours).toBeCloseTo((9 * 46 + 78) / 10, 1)
    expect(deliveryStats(records, "location", NOW)).toHaveLength(1)
  })
  it("groups late rates by ISO week of the promise (Monday start)", () => {
    const w = weeklyLateRate(records, "carrier")
    // promised Friday 20 Nov 2026: week of Monday 16 Nov
    expect(w).toEqual([
      { week: "2026-11-16", key: "dhl", delivered: 10, late: 1, late_rate: 0.1 },
      { week: "2026-11-16", key: "slowpost", delivered: 10, late: 6, late_rate: 0.6 },
    ])
  })
  it("alerts a carrier whose late rate is confidently above the threshold, once per key", () => {
    const alerts = evaluateAlerts(
      [
        { code: "late_rate_above", args: { dimension: "carrier", threshold: 0.2, min_shipments: 10 } },
        { code: "late_rate_above", args: { dimension: "carrier", threshold: 0.2, min_shipments: 10 } },
        { code: "overdue_open", args: { hours: 24 } },
        { code: "mean_delay_above", args: { hours: 24, min_late: 3 } },
      ],
      { records, now: NOW }
    )
    expect(alerts.map((a) => [a.key, a.severity])).toEqual([
      ["late_rate_above:carrier:slowpost", "critical"],
      ["overdue_open:carrier:slowpost", "warning"],
      ["mean_delay_above:carrier:slowpost", "warning"],
    ])
    // Wilson lower bound of 6/10 is 0.313 > 0.2
    expect(alerts[0].message).toBe("carrier slowpost: 60 % of 10 deliveries late in the last 28 days (95 % interval 31.3 %–83.2 %; threshold 20 %)")
    // not confident at 0.5: 6/10 has a lower bound of 0.313
    expect(evaluateAlerts([{ code: "late_rate_above", args: { threshold: 0.5, min_shipments: 10 } }], { records, now: NOW })).toEqual([])
    expect(evaluateAlerts([{ code: "late_rate_above", args: { threshold: 0.5, min_shipments: 10, confident: false } }], { records, now: NOW })).toHaveLength(1)
    expect(() => evaluateAlerts([{ code: "nope" }], { records, now: NOW })).toThrow("unknown alert rule nope")
    expect(Object.keys(ALERT_RULES)).toEqual(["late_rate_above", "overdue_open", "mean_delay_above"])
  })
})
