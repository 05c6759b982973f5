import { compileRiskLists, describeListMatches, matchList } from "../risk-lists"

const subject = {
  email: "janedoe@gmail.com",
  emailDomain: "mail.example.org",
  ip: "198.51.100.23",
  address: "DE|10115|12 main st|berlin",
  card: "fp_9",
  device: "dev_9",
  customerId: "cus_9",
}

describe("risk lists", () => {
  it("matches every kind of entry, emails canonicalised and domains by parent", () => {
    const lists = compileRiskLists({
      block: {
        emails: ["Jane.Doe+x@gmail.com"],
        domains: ["example.org"],
        ips: ["198.51.100.0/24"],
        addresses: [{ address1: "12 Main Street", city: "Berlin", postalCode: "10115", countryCode: "DE" }],
        cards: ["fp_9"],
        devices: ["dev_9"],
        customers: ["cus_9"],
      },
    })
    expect(lists.invalid).toEqual([])
    const m = matchList(lists.block, subject)
    expect(m.map((x) => x.kind)).toEqual(["customer", "email", "domain", "ip", "address", "card", "device"])
    expect(describeListMatches(m)).toBe("customer, email janedoe@gmail.com, email domain example.org, IP address, shipping address, card, device")
    expect(matchList(lists.allow, subject)).toEqual([])
  })

  it("does not match neighbours", () => {
    const lists = compileRiskLists({ block: { ips: ["198.51.101.0/24"], domains: ["ample.org"], cards: ["fp_1"] } })
    expect(matchList(lists.block, subject)).toEqual([])
  })

  it("reports malformed entries instead of failing", () => {
    const lists = compileRiskLists({ allow: { emails: ["nope"], ips: ["300.1.1.1"], domains: ["not a domain"] } })
    expect(lists.invalid.map((e) => `${e.list}.${e.kind}`)).toEqual(["allow.email", "allow.domain", "allow.ip"])
    expect(lists.allow.size).toBe(0)
  })
})
