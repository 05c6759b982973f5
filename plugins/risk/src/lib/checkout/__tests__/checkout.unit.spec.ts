import { createHmac } from "node:crypto"
import { isPublicIp } from "../../identity/ip-ranges"
import { riskKeys } from "../../signals/risk-keys"
import { cardFingerprintOf, riskFactsFromCart } from "../cart-facts"
import { hashAllRiskKeys, hashToInt64, storedAccountKey, storedKeyColumns } from "../stored-keys"

const hmac = (v: string) => createHmac("sha256", "k").update(v).digest("hex")

describe("public IP addresses", () => {
  it.each([
    ["203.0.113.7", false], // TEST-NET-3 is reserved
    ["8.8.8.8", true],
    ["127.0.0.1", false],
    ["::1", false],
    ["::ffff:127.0.0.1", false],
    ["10.1.2.3", false],
    ["172.16.0.9", false],
    ["192.168.1.20", false],
    ["100.64.3.4", false],
    ["169.254.0.1", false],
    ["fd00::1", false],
    ["2a00:1450:4001:81c::200e", true],
    ["not an ip", false],
    [null, false],
  ])("%s → %s", (ip, expected) => {
    expect(isPublicIp(ip)).toBe(expected)
  })
})

describe("stored keys", () => {
  it("folds a hex hash into a signed 64-bit integer", () => {
    expect(hashToInt64("0000000000000001ff")).toBe("1")
    expect(hashToInt64("7fffffffffffffff")).toBe("9223372036854775807")
    expect(hashToInt64("ffffffffffffffff")).toBe("-1")
    expect(hashToInt64("8000000000000000")).toBe("-9223372036854775808")
    expect(() => hashToInt64("xyz")).toThrow(RangeError)
  })

  it("hashes every identifier with its dimension, so equal values of two kinds differ", () => {
    const keys = riskKeys({
      orderId: "o", placedAt: 0, amount: 1, currency: "eur", customerId: "c", accountCreatedAt: null,
      email: "Ann+shop@Example.com", ip: null, ipKey: "same", ipCountry: null, billingCountry: null, shippingCountry: null,
      shippingAddress: null, cardFingerprint: null, deviceId: "same",
    })
    const cols = storedKeyColumns(keys, hmac)
    expect(cols.email).toBe(hashToInt64(hmac("email:ann@example.com")))
    expect(cols.ip).not.toBe(cols.device)
    expect([cols.card, cols.address]).toEqual([null, null])
    expect(storedAccountKey("c", hmac)).toBe(hashToInt64(hmac("account:c")))
    const stored = hashAllRiskKeys(keys, hmac)
    expect(stored).toMatchObject({ email: hmac("email:ann@example.com"), emailDomain: "example.com", emailPlusTag: true, device: hmac("device:same") })
  })
})

describe("checkout facts", () => {
  it.each([
    [{ card_fingerprint: "fp1" }, "fp1"],
    [{ payment_method: { card: { fingerprint: "fp2" } } }, "fp2"],
    [{ payment_method_details: { card: { fingerprint: "fp3" } } }, "fp3"],
    [{ latest_charge: { payment_method_details: { card: { fingerprint: "fp4" } } } }, "fp4"],
    [{ charges: { data: [{ payment_method_details: { card: { fingerprint: "fp5" } } }] } }, "fp5"],
    [{}, null],
    [null, null],
    ["text", null],
  ])("finds the card fingerprint in %j", (data, fp) => {
    expect(cardFingerprintOf(data)).toBe(fp)
  })

  it("maps a cart being completed", () => {
    const f = riskFactsFromCart(
      {
        id: "cart_1",
        email: "ann@example.com",
        currency_code: "eur",
        customer: { id: "cus_1", created_at: "2024-05-01T10:00:00.000Z", has_account: true },
        shipping_address: { address_1: "Torstr. 1", city: "Berlin", postal_code: "10119", country_code: "de" },
        billing_address: { country_code: "fr" },
        payment_collection: { payment_sessions: [{ provider_id: "pp_system_default", data: {} }, { data: { card_fingerprint: "fp" } }] },
      },
      { placedAt: 1_000, amount: 4500, ip: "8.8.8.8", ipKey: "iph", ipCountry: "us", deviceId: "anon_1" }
    )
    expect(f).toEqual({
      orderId: "cart_1",
      placedAt: 1_000,
      amount: 4500,
      currency: "eur",
      customerId: "cus_1",
      accountCreatedAt: Date.parse("2024-05-01T10:00:00.000Z"),
      email: "ann@example.com",
      ip: "8.8.8.8",
      ipKey: "iph",
      ipCountry: "US",
      billingCountry: "FR",
      shippingCountry: "DE",
      shippingAddress: { address1: "Torstr. 1", address2: undefined, city: "Berlin", postalCode: "10119", province: undefined, countryCode: "de" },
      cardFingerprint: "fp",
      deviceId: "anon_1",
    })
    // a guest e-mail's customer record is as new as its first checkout
    const guest = { id: "c", currency_code: "eur", customer: { id: "cus_g", created_at: "2024-05-01T10:00:00.000Z", has_account: false } }
    expect(riskFactsFromCart(guest, { placedAt: 0, amount: 0, ip: null, ipKey: null, ipCountry: null, deviceId: null }).accountCreatedAt).toBe(Date.parse("2024-05-01T10:00:00.000Z"))
    expect(riskFactsFromCart({ ...guest, customer: null }, { placedAt: 0, amount: 0, ip: null, ipKey: null, ipCountry: null, deviceId: null })).toMatchObject({ customerId: null, accountCreatedAt: null })
  })
})
