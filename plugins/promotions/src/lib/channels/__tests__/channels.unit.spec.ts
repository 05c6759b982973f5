import { attributeOrders, positionWeights, type AttributableOrder } from "../attribution"
import { channelRoi } from "../channel-roi"
import { classifyChannel, hostOf, visitFromUrl, type ChannelCode, type VisitSource } from "../classify-channel"
import { parseChannelSpend } from "../parse-spend"
import { touchesFromEvents, type Touch, type TouchEvent } from "../touches"

describe("classifyChannel (the documented table)", () => {
  const own = ["shop.example.com"]
  const cases: [VisitSource, ChannelCode][] = [
    [{ utm_medium: "email", utm_source: "klaviyo" }, "email"],
    [{ utm_medium: "Newsletter" }, "email"],
    [{ utm_source: "e-mail" }, "email"],
    [{ utm_medium: "sms" }, "sms"],
    [{ utm_medium: "affiliate", utm_source: "awin" }, "affiliate"],
    [{ utm_medium: "display", utm_source: "criteo" }, "display"],
    [{ utm_medium: "cpc", utm_source: "google" }, "paid_search"],
    [{ gclid: "abc", referrer: "https://www.google.com/" }, "paid_search"],
    [{ msclkid: "x" }, "paid_search"],
    [{ utm_medium: "paid_social", utm_source: "facebook" }, "paid_social"],
    [{ utm_medium: "cpc", referrer: "https://l.instagram.com/" }, "paid_social"],
    [{ ttclid: "t" }, "paid_social"],
    [{ utm_medium: "ppc", utm_source: "somenetwork" }, "paid_other"],
    [{ utm_medium: "social", utm_source: "anything" }, "organic_social"],
    [{ utm_source: "pinterest" }, "organic_social"],
    [{ referrer: "https://www.bing.com/search?q=x" }, "organic_search"],
    [{ referrer: "https://duckduckgo.com/" }, "organic_search"],
    [{ utm_medium: "organic", utm_source: "google" }, "organic_search"],
    [{ referrer: "https://t.co/abc" }, "organic_social"],
    [{ referrer: "https://m.facebook.com/story" }, "organic_social"],
    [{ utm_campaign: "spring" }, "other"],
    [{ referrer: "https://blog.gifts.org/post" }, "referral"],
    [{ referrer: "https://shop.example.com/cart" }, "direct"],
    [{}, "direct"],
  ]
  it.each(cases)("%j → %s", (visit, expected) => {
    expect(classifyChannel(visit, own)).toBe(expected)
  })

  it("does not mistake hosts that only contain a name", () => {
    // "bigoogle.net" is not Google; "notfacebook.io" is not Facebook
    expect(classifyChannel({ referrer: "https://bigoogle.net/" })).toBe("referral")
    expect(classifyChannel({ referrer: "https://notfacebook.io/" })).toBe("referral")
    expect(hostOf("https://user@WWW.Example.com:8080/x")).toBe("example.com")
    expect(hostOf("")).toBeNull()
  })

  it("reads UTM tags and click ids from a landing path", () => {
    expect(visitFromUrl("/products/mug?utm_source=google&utm_medium=cpc&utm_campaign=xmas%20sale&gclid=1&foo=2")).toEqual({
      utm_source: "google",
      utm_medium: "cpc",
      utm_campaign: "xmas sale",
      gclid: "1",
    })
    expect(visitFromUrl("/plain")).toEqual({})
    expect(visitFromUrl("/x?utm_source=%E0%A4%A")).toEqual({ utm_source: "%E0%A4%A" })
  })
})

const T0 = Date.UTC(2024, 0, 10)
const H = 3_600_000
const D = 24 * H

describe("touchesFromEvents", () => {
  const ev = (at: number, props: Record<string, unknown>, extra: Partial<TouchEvent> = {}): TouchEvent => ({
    type: "page_viewed",
    anonymous_id: "anon1",
    session_id: "s1",
    customer_id: null,
    occurred_at: new Date(at),
    properties: props,
    ...extra,
  })
  it("keeps session starts, tagged landings and referrals, stitches the anonymous visitor to the customer", () => {
    const touches = touchesFromEvents(
      [
        ev(T0, { path: "/?utm_source=newsletter&utm_medium=email&utm_campaign=jan" }),
        ev(T0 + 60_000, { path: "/products/a", referrer: "https://shop.example.com/" }),
        ev(T0 + D, { path: "/" }, { session_id: "s2" }),
        ev(T0 + 2 * D, { path: "/p", referrer: "https://www.google.com/" }, { session_id: "s3" }),
        { ...ev(T0 + 2 * D + 1000, { product_id: "p" }), type: "product_viewed", customer_id: "cus_1" },
      ],
      { ownHosts: ["shop.example.com"] }
    )
    expect(touches.map((t) => [t.person, t.channel, t.campaign])).toEqual([
      ["cus_1", "email", "jan"],
      ["cus_1", "direct", null],
      ["cus_1", "organic_search", null],
    ])
  })
})

describe("attributeOrders", () => {
  const touch = (at: number, channel: Touch["channel"], campaign: string | null = null): Touch => ({ person: "c1", at, channel, campaign, source: null, medium: null })
  const touches = [touch(T0 - 20 * D, "email", "jan"), touch(T0 - 5 * D, "direct"), touch(T0 - 3 * D, "organic_social"), touch(T0 - 1 * H, "paid_search", "brand")]
  const order: AttributableOrder = { id: "o1", customer_id: "c1", placed_at: T0, total: 10_001, margin: 3000, customer_order_index: 1 }

  it("position weights are 40/20/40", () => {
    expect(positionWeights(1)).toEqual([1])
    expect(positionWeights(2)).toEqual([0.5, 0.5])
    expect(positionWeights(4)).toEqual([0.4, 0.1, 0.1, 0.4])
  })

  it("last-touch, first-touch and position-based credit the expected channels", () => {
    const last = attributeOrders([order], touches, { model: "last_touch" })
    expect(last.credits).toEqual([{ orderId: "o1", channel: "paid_search", campaign: "brand", weight: 1, revenue: 10_001, margin: 3000, newCustomer: true }])
    const first = attributeOrders([order], touches, { model: "first_touch" })
    expect(first.credits[0].channel).toBe("email")
    // lookback 10 days drops the email touch
    expect(attributeOrders([order], touches, { model: "first_touch", lookbackDays: 10 }).credits[0].channel).toBe("organic_social")
    const pos = attributeOrders([order], touches, { model: "position_based" })
    // direct is ignored when other touches exist: email 40 %, social 20 %, paid search 40 %
    expect(pos.credits.map((c) => [c.channel, c.weight, c.revenue])).toEqual([
      ["email", 0.4, 4001],
      ["organic_social", 0.2, 2000],
      ["paid_search", 0.4, 4000],
    ])
    expect(pos.byChannel.reduce((s, c) => s + c.revenue, 0)).toBe(10_001)
    expect(pos.byChannel.find((c) => c.channel === "email")?.newCustomers).toBeCloseTo(0.4, 12)
  })

  it("counts direct when it is the only touch, and untouched orders as direct", () => {
    const onlyDirect = attributeOrders([order], [touch(T0 - D, "direct")], { model: "last_touch" })
    expect(onlyDirect.credits[0].channel).toBe("direct")
    expect(onlyDirect.untouchedOrders).toBe(0)
    const none = attributeOrders([{ ...order, customer_id: null }], touches, { model: "last_touch" })
    expect(none.untouchedOrders).toBe(1)
    expect(none.byChannel[0]).toMatchObject({ channel: "direct", orders: 1, revenue: 10_001 })
    // a touch after the order does not count
    const after = attributeOrders([order], [touch(T0 + H, "email")], { model: "last_touch" })
    expect(after.untouchedOrders).toBe(1)
  })
})

describe("channelRoi", () => {
  it("computes ROAS, ROI and CPA, pro-rating dated spend", () => {
    const rows = channelRoi(
      [
        { channel: "paid_search", campaign: null, orders: 10, revenue: 50_000, margin: 20_000, newCustomers: 4 },
        { channel: "email", campaign: null, orders: 5, revenue: 10_000, margin: 4000, newCustomers: 0 },
      ],
      [
        { channel: "paid_search", amount: 20_000, from: T0, to: T0 + 20 * D },
        { channel: "email", amount: 1000 },
        { channel: "display", amount: 5000 },
      ],
      { from: T0, to: T0 + 10 * D }
    )
    const ps = rows.find((r) => r.channel === "paid_search")!
    expect(ps).toMatchObject({ spend: 10_000, roas: 5, roi: 1, cpa: 2500, costPerOrder: 1000 })
    const email = rows.find((r) => r.channel === "email")!
    expect(email.cpa).toBe(Infinity)
    expect(email.roi).toBeCloseTo(3, 12)
    const display = rows.find((r) => r.channel === "display")!
    expect(display).toMatchObject({ spend: 5000, revenue: 0, roi: -1 })
    expect(() => channelRoi([], [{ channel: "email", amount: -1 }])).toThrow(RangeError)
  })
})

describe("parseChannelSpend", () => {
  it("reads spend rows in major units into minor units and reports bad rows", () => {
    const r = parseChannelSpend(
      [
        "channel,campaign,amount,from,to",
        "paid_search,brand,1234.56,2024-01-01,2024-01-31",
        'email,"jan, newsletter",£50,,',
        "tv,,100,,",
        "display,,-5,,",
        "paid_social,,10,2024-02-30,2024-03-01",
        "",
      ].join("\n")
    )
    expect(r.rows).toEqual([
      { channel: "paid_search", campaign: "brand", amount: 123_456, from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 1, 1) },
      { channel: "email", campaign: "jan, newsletter", amount: 5000 },
    ])
    expect(r.errors.map((e) => e.lineNo)).toEqual([4, 5, 6])
    expect(parseChannelSpend("a,b\n1,2").errors[0].lineNo).toBe(1)
    expect(parseChannelSpend("channel,amount\nemail,1.5", { currencyExponent: 0 }).rows[0].amount).toBe(2)
  })
})
