import { afterQuietHours, isQuietHour, localHour } from "../quiet-hours"
import { activeHourHistogram, chooseSendTime, topActiveHours } from "../send-time"
import { checkCaps } from "../frequency-cap"
import { deliveryKey, notificationIdempotencyKey } from "../delivery-key"
import { signToken, verifyToken } from "../tokens"
import { offsetForCountry } from "../timezone"
import { abandonedCarts, categoryAffinity, interestedInChanges, isoWeek, newArrivalsForAffinities, replenishmentDue } from "../triggers"

const H = 3_600_000
const DAY = 24 * H
// Wednesday 2026-01-14 12:00 UTC
const NOON = Date.UTC(2026, 0, 14, 12)

describe("quiet hours", () => {
  it("handles windows within a day and across midnight; start = end means none", () => {
    expect([20, 21, 23, 0, 7, 8].map((h) => isQuietHour(h, { start: 21, end: 8 }))).toEqual([false, true, true, true, true, false])
    expect([12, 13, 14].map((h) => isQuietHour(h, { start: 13, end: 14 }))).toEqual([false, true, false])
    expect(isQuietHour(3, { start: 5, end: 5 })).toBe(false)
    expect(isQuietHour(3, null)).toBe(false)
  })

  it("moves a quiet time to the end of the quiet window in the customer's local time", () => {
    // 22:30 in Berlin (UTC+1) is 21:30 UTC; quiet 21–8 local ends at 08:00 local = 07:00 UTC the next day
    const t = Date.UTC(2026, 0, 14, 21, 30)
    expect(localHour(t, 60)).toBe(22)
    expect(new Date(afterQuietHours(t, 60, { start: 21, end: 8 })).toISOString()).toBe("2026-01-15T07:00:00.000Z")
    expect(afterQuietHours(NOON, 60, { start: 21, end: 8 })).toBe(NOON)
    expect(offsetForCountry("DE")).toBe(60)
    expect(offsetForCountry("us")).toBe(-300)
    expect(offsetForCountry(null, 30)).toBe(30)
  })
})

describe("send time", () => {
  const evenings = [0, 1, 2, 3, 4, 5].map((d) => Date.UTC(2026, 0, 1 + d, 18, 15)) // 19:15 Berlin, six days

  it("finds the customer's active hours", () => {
    const h = activeHourHistogram([...evenings, Date.UTC(2026, 0, 3, 8)], 60)
    expect(h[19]).toBe(6)
    expect(h[9]).toBe(1)
    expect(topActiveHours(h, 3)).toEqual([19, 9])
  })

  it("waits for the next active hour outside quiet hours, or sends now without history", () => {
    const histogram = activeHourHistogram(evenings, 60)
    const t = chooseSendTime({ now: NOON, offsetMinutes: 60, histogram, quiet: { start: 21, end: 8 } })
    expect(t).toEqual({ at: Date.UTC(2026, 0, 14, 18), reason: "active_hour" }) // 19:00 Berlin
    expect(chooseSendTime({ now: NOON, offsetMinutes: 60, histogram: new Array(24).fill(0), quiet: { start: 21, end: 8 } })).toEqual({ at: NOON, reason: "now" })
    // an active hour inside quiet hours is never used
    const late = activeHourHistogram(evenings.map((e) => e + 4 * H), 60) // 23:15 local
    const q = chooseSendTime({ now: Date.UTC(2026, 0, 14, 22), offsetMinutes: 60, histogram: late, quiet: { start: 21, end: 8 } })
    expect(q).toEqual({ at: Date.UTC(2026, 0, 15, 7), reason: "after_quiet_hours" })
  })
})

describe("frequency caps", () => {
  it("enforces per-day and per-week caps across campaigns and a campaign's cooldown", () => {
    const caps = { perDay: 1, perWeek: 2 }
    expect(checkCaps(NOON, [], [], caps, 7)).toEqual({ ok: true })
    expect(checkCaps(NOON, [NOON - 5 * H], [], caps, 7)).toEqual({ ok: false, reason: "daily_cap" })
    expect(checkCaps(NOON, [NOON + 5 * H], [], caps, 7)).toEqual({ ok: false, reason: "daily_cap" }) // a planned message counts
    expect(checkCaps(NOON, [NOON - 2 * DAY, NOON - 4 * DAY], [], caps, 0)).toEqual({ ok: false, reason: "weekly_cap" })
    expect(checkCaps(NOON, [NOON - 3 * DAY], [NOON - 3 * DAY], caps, 7)).toEqual({ ok: false, reason: "campaign_cooldown" })
    expect(checkCaps(NOON, [NOON - 8 * DAY], [NOON - 8 * DAY], caps, 7)).toEqual({ ok: true })
    expect(checkCaps(NOON, [NOON - H, NOON - 2 * H], [], { perDay: 0, perWeek: 0 }, 0)).toEqual({ ok: true })
  })
})

describe("delivery keys and signed links", () => {
  it("one key per campaign, customer and occasion; a stable idempotency key from it", () => {
    const k = deliveryKey("frcmp_1", "cus_1", "cart:cart_9")
    expect(k).toBe("frcmp_1|cus_1|cart:cart_9")
    expect(notificationIdempotencyKey(k)).toBe(notificationIdempotencyKey("frcmp_1|cus_1|cart:cart_9"))
    expect(notificationIdempotencyKey(k)).not.toBe(notificationIdempotencyKey("frcmp_1|cus_1|cart:cart_8"))
    expect(notificationIdempotencyKey(k)).toMatch(/^finesse-push-[0-9a-f]{40}$/)
  })

  it("verifies its own tokens and rejects edited or foreign ones", () => {
    const t = signToken("s3cret", { t: "u", c: "cus_1", ch: "email" })
    expect(verifyToken("s3cret", t)).toEqual({ t: "u", c: "cus_1", ch: "email" })
    expect(verifyToken("other", t)).toBeNull()
    const [payload, mac] = t.split(".")
    const forged = Buffer.from(JSON.stringify({ t: "u", c: "cus_2", ch: "email" })).toString("base64url")
    expect(verifyToken("s3cret", `${forged}.${mac}`)).toBeNull()
    expect(verifyToken("s3cret", payload)).toBeNull()
    expect(verifyToken("s3cret", "garbage")).toBeNull()
  })
})

describe("triggers", () => {
  it("abandoned carts: a known customer's cart with items, idle for long enough but not too long", () => {
    const carts = [
      { id: "c1", customerId: "u1", updatedAt: NOON - 3 * H, completed: false, productIds: ["a", "a", "b"] },
      { id: "c2", customerId: "u2", updatedAt: NOON - H, completed: false, productIds: ["a"] }, // too fresh
      { id: "c3", customerId: null, updatedAt: NOON - 3 * H, completed: false, productIds: ["a"] }, // guest
      { id: "c4", customerId: "u4", updatedAt: NOON - 3 * H, completed: true, productIds: ["a"] },
      { id: "c5", customerId: "u5", updatedAt: NOON - 5 * DAY, completed: false, productIds: ["a"] }, // too old
      { id: "c6", customerId: "u6", updatedAt: NOON - 3 * H, completed: false, productIds: [] },
    ]
    expect(abandonedCarts(carts, NOON, { afterHours: 2, withinHours: 72 })).toEqual([{ customerId: "u1", key: "cart:c1", productIds: ["a", "b"], data: { cart_id: "c1" } }])
  })

  it("back in stock and price drops reach customers who looked before the change and did not buy", () => {
    const interest = [
      { customerId: "u1", productId: "p", time: NOON - 2 * DAY },
      { customerId: "u2", productId: "p", time: NOON - 20 * DAY }, // looked too long ago
      { customerId: "u3", productId: "p", time: NOON + H }, // after the change
      { customerId: "u4", productId: "p", time: NOON - DAY }, // bought it since
      { customerId: "u1", productId: "p", time: NOON - DAY }, // the same occasion twice: one message
    ]
    const bought = (c: string) => c === "u4"
    const restock = interestedInChanges([{ productId: "p", changedAt: NOON }], interest, bought, { lookbackDays: 14, occasion: "restock" })
    expect(restock).toEqual([{ customerId: "u1", key: `restock:p:${NOON}`, productIds: ["p"], data: { product_id: "p" } }])
    const drop = interestedInChanges([{ productId: "p", changedAt: NOON, before: 5000, after: 4000, currencyCode: "eur" }], interest, bought, { lookbackDays: 14, occasion: "price" })
    expect(drop[0]).toMatchObject({ customerId: "u1", key: "price:p:4000", data: { drop_percent: 20, before: 5000, after: 4000 } })
  })

  it("replenishment takes due items over a threshold; the occasion is the last purchase of the most due", () => {
    const due = new Map([
      ["u1", [{ itemId: "tea", score: 0.9, lastTime: 100 }, { itemId: "mug", score: 0.2, lastTime: 50 }]],
      ["u2", [{ itemId: "tea", score: 0.3, lastTime: 10 }]],
    ])
    expect(replenishmentDue(due, { threshold: 0.5, maxItems: 3 })).toEqual([{ customerId: "u1", key: "due:tea:100", productIds: ["tea"], data: { due_items: 1 } }])
  })

  it("new arrivals match category affinity, one message per week", () => {
    const aff = categoryAffinity(
      [
        { productId: "shirt", kind: "purchase" },
        { productId: "mug", kind: "view" },
      ],
      (id) => (id === "shirt" ? ["tops"] : ["kitchen"])
    )
    expect(aff.get("tops")).toBeCloseTo(1 / 1.2, 10)
    const fresh = [
      { productId: "new-top", createdAt: NOON - DAY, categoryIds: ["tops"] },
      { productId: "new-pan", createdAt: NOON - DAY, categoryIds: ["kitchen"] },
      { productId: "old-top", createdAt: NOON - 30 * DAY, categoryIds: ["tops"] },
    ]
    const out = newArrivalsForAffinities(fresh, new Map([["u1", aff]]), NOON, { withinDays: 14, minAffinity: 0.5, maxItems: 4 })
    expect(out).toEqual([{ customerId: "u1", key: `arrivals:${isoWeek(NOON)}`, productIds: ["new-top"], data: { new_products: 1 } }])
    expect(isoWeek(Date.UTC(2026, 0, 1))).toBe("2026-W01")
    expect(isoWeek(Date.UTC(2027, 0, 1))).toBe("2026-W53")
  })
})
