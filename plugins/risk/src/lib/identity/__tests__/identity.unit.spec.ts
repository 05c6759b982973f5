import { canonicalEmail } from "../canonical-email"
import { buildIpRangeSet, ipInRangeSet, ipRange, ipToBigInt } from "../ip-ranges"
import { addressKey } from "../normalize-address"

describe("canonical email", () => {
  it.each([
    ["Jane.Doe+shop@GMail.com", "janedoe@gmail.com", "gmail.com", true],
    ["j.a.n.e@googlemail.com", "jane@gmail.com", "googlemail.com", false],
    ["  Jane.Doe@Example.COM ", "jane.doe@example.com", "example.com", false],
    ["jane.doe+a+b@outlook.com", "jane.doe@outlook.com", "outlook.com", true],
    ['"odd"@x.org', '"odd"@x.org', "x.org", false],
  ])("%s → %s", (input, canonical, domain, plusTag) => {
    expect(canonicalEmail(input)).toEqual({ canonical, domain, plusTag })
  })

  it.each([[""], ["no-at-sign"], ["@example.com"], ["jane@"], ["jane@localhost"], ["+tag@gmail.com"], [null]])("rejects %p", (input) => {
    expect(canonicalEmail(input as string | null)).toBeNull()
  })
})

describe("address key", () => {
  const base = { address1: "12 Main Street", address2: "Apartment 4", city: "Berlin", postalCode: "10 115", countryCode: "de" }

  it("writes one address one way whatever the spelling", () => {
    const variants = [
      base,
      { ...base, address1: "12, MAIN ST.", address2: "apt 4", postalCode: "10115", countryCode: "DE" },
      { ...base, address1: "12 main  street", address2: "Flat 4", city: "BERLIN" },
    ]
    const keys = variants.map(addressKey)
    expect(new Set(keys).size).toBe(1)
    expect(keys[0]).toBe("DE|10115|12 main st apt 4|berlin")
  })

  it("folds accents, ß and German street suffixes", () => {
    expect(addressKey({ address1: "Königstraße 5", city: "München", postalCode: "80331", countryCode: "DE" })).toBe("DE|80331|konig st 5|munchen")
    expect(addressKey({ address1: "Königstrasse 5", city: "Munchen", postalCode: "80331", countryCode: "DE" })).toBe("DE|80331|konig st 5|munchen")
  })

  it("keeps different houses apart and has no key without a street", () => {
    expect(addressKey({ ...base, address1: "14 Main Street" })).not.toBe(addressKey(base))
    expect(addressKey({ city: "Berlin", countryCode: "DE" })).toBeNull()
    expect(addressKey(null)).toBeNull()
  })
})

describe("IP ranges", () => {
  it("maps IPv4 into the IPv4-mapped IPv6 range", () => {
    expect(ipToBigInt("0.0.0.1")).toBe(0xffff00000001n)
    expect(ipToBigInt("::ffff:192.0.2.1")).toBe(ipToBigInt("192.0.2.1"))
    expect(ipToBigInt("not an ip")).toBeNull()
  })

  it("gives the first and last address of a CIDR block", () => {
    const [a, b] = ipRange("203.0.113.0/24")!
    expect(b - a).toBe(255n)
    expect(a).toBe(ipToBigInt("203.0.113.0"))
    expect(ipRange("2001:db8::/32")![1] - ipRange("2001:db8::/32")![0]).toBe((1n << 96n) - 1n)
    expect(ipRange("10.0.0.0/33")).toBeNull()
  })

  it("answers membership by binary search over merged ranges", () => {
    const set = buildIpRangeSet(["10.0.0.0/8", "10.1.0.0/16", "192.168.1.5", "2001:db8::/48"].map((e) => ipRange(e)!))
    expect(set.starts.length).toBe(3) // the /16 is inside the /8
    const inside = (ip: string) => ipInRangeSet(set, ipToBigInt(ip)!)
    expect([inside("10.200.3.4"), inside("11.0.0.0"), inside("192.168.1.5"), inside("192.168.1.6"), inside("2001:db8:0:ffff::1"), inside("2001:db8:1::1")]).toEqual([true, false, true, false, true, false])
  })
})
