import { createFieldCipher, parseMasterKey } from "../field-cipher"

const KEY = parseMasterKey("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")

describe("field cipher", () => {
  it("round-trips text with a fresh nonce each time", () => {
    const c = createFieldCipher(KEY)
    const a = c.encrypt("Ann Example, Main St 1, 10115 Berlin")
    const b = c.encrypt("Ann Example, Main St 1, 10115 Berlin")
    expect(a).not.toBe(b)
    expect(a.startsWith("fpe1:")).toBe(true)
    expect(a).not.toContain("Berlin")
    expect(c.decrypt(a)).toBe("Ann Example, Main St 1, 10115 Berlin")
    expect(c.decrypt("written before encryption")).toBe("written before encryption")
    expect(c.isEncrypted(a)).toBe(true)
  })

  it("refuses a changed ciphertext and another key", () => {
    const c = createFieldCipher(KEY)
    const v = c.encrypt("secret")
    const raw = Buffer.from(v.slice(5), "base64")
    raw[raw.length - 1] ^= 1
    expect(() => c.decrypt("fpe1:" + raw.toString("base64"))).toThrow()
    expect(() => createFieldCipher(parseMasterKey("another passphrase of enough length")).decrypt(v)).toThrow()
  })

  it("hashes identifiers with a keyed hash that does not depend on the encryption nonce", () => {
    const c = createFieldCipher(KEY)
    expect(c.hash("ann@example.com")).toBe(c.hash("ann@example.com"))
    expect(c.hash("ann@example.com")).not.toBe(createFieldCipher(parseMasterKey("another passphrase of enough length")).hash("ann@example.com"))
    expect(c.hash("ann@example.com")).toMatch(/^[0-9a-f]{64}$/)
  })

  it("reads keys as hex, base64 or a passphrase and refuses short ones", () => {
    expect(parseMasterKey(Buffer.alloc(32, 7).toString("base64"))).toEqual(Buffer.alloc(32, 7))
    expect(parseMasterKey("a long enough passphrase").toString()).toBe("a long enough passphrase")
    expect(() => parseMasterKey("short")).toThrow(/32 bytes/)
  })
})
