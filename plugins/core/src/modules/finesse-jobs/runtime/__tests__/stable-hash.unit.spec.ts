import { JOB_ID_RE, payloadHash, stableStringify } from "../stable-hash"

describe("stable job ids", () => {
  it("hashes equal payloads equally whatever the key order, and different payloads differently", () => {
    expect(stableStringify({ b: 1, a: [2, { d: 1, c: 2 }], u: undefined })).toBe('{"a":[2,{"c":2,"d":1}],"b":1}')
    expect(payloadHash({ x: 1, y: "a" })).toBe(payloadHash({ y: "a", x: 1 }))
    expect(payloadHash({ x: 1 })).not.toBe(payloadHash({ x: 2 }))
    expect(payloadHash({})).toMatch(/^[0-9a-f]{16}$/)
  })

  it("accepts ids BullMQ can use", () => {
    expect(JOB_ID_RE.test("core.facts-backfill-initial")).toBe(true)
    expect(JOB_ID_RE.test("has:colon")).toBe(false)
    expect(JOB_ID_RE.test("")).toBe(false)
  })
})
