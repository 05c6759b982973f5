import { newIds, pgArray } from "../bulk"

describe("bulk helpers", () => {
  it("writes Postgres array literals that survive quotes, backslashes, nulls, dates and JSON", () => {
    expect(pgArray([])).toBe("{}")
    expect(pgArray(["a", null, undefined, 3, true])).toBe('{"a",NULL,NULL,"3","true"}')
    expect(pgArray(['say "hi"', "back\\slash", "comma,brace}"])).toBe('{"say \\"hi\\"","back\\\\slash","comma,brace}"}')
    expect(pgArray([new Date(Date.UTC(2024, 0, 2, 3, 4, 5))])).toBe('{"2024-01-02T03:04:05.000Z"}')
    expect(pgArray([{ code: "floor", limit: 3000 }])).toBe('{"{\\"code\\":\\"floor\\",\\"limit\\":3000}"}')
  })

  it("makes ids in Medusa's shape: prefix, 10 time characters, 16 random ones, all distinct", () => {
    const at = Date.UTC(2026, 11, 4, 12)
    const ids = newIds("fpobs", 20_000, at)
    expect(new Set(ids).size).toBe(20_000)
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^fpobs_[0-9A-HJKMNP-TV-Z]{26}$/)
    // the time part is the ULID encoding of the instant (Crockford base32, 48 bits), so ids of later batches sort after
    const time = ids[0].slice(6, 16)
    const decoded = [...time].reduce((n, c) => n * 32 + "0123456789ABCDEFGHJKMNPQRSTVWXYZ".indexOf(c), 0)
    expect(decoded).toBe(at)
    expect(newIds("x", 1, at + 1)[0].slice(2, 12) > time).toBe(true)
  })
})
