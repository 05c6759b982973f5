import { generateEntityId } from "@medusajs/framework/utils"
import { IdFactory } from "../bulk/ids"

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{26}$/
const decodeTime = (ulid: string) => [...ulid.slice(0, 10)].reduce((t, c) => t * 32 + "0123456789ABCDEFGHJKMNPQRSTVWXYZ".indexOf(c), 0)

describe("IdFactory", () => {
  it("makes ids shaped like Medusa's generateEntityId: <prefix>_<ULID> with the current time", () => {
    const ids = new IdFactory()
    const before = Date.now()
    const mine = ids.next("orditem")
    const medusa = generateEntityId(undefined, "orditem")
    for (const id of [mine, medusa]) {
      const [prefix, ulid] = [id.slice(0, id.lastIndexOf("_")), id.slice(id.lastIndexOf("_") + 1)]
      expect(prefix).toBe("orditem")
      expect(ulid).toMatch(CROCKFORD)
      expect(Math.abs(decodeTime(ulid) - before)).toBeLessThan(5_000)
    }
    expect(ids.next("pay_col")).toMatch(/^pay_col_[0-9A-HJKMNP-TV-Z]{26}$/)
  })

  it("does not repeat itself over 200,000 ids", () => {
    const ids = new IdFactory()
    const seen = new Set<string>()
    for (let i = 0; i < 200_000; i++) seen.add(ids.next("x"))
    expect(seen.size).toBe(200_000)
  })
})
