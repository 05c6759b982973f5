import { formatRmaNumber, parseRmaNumber, rmaCheckCharacter, RMA_ALPHABET } from "../rma-number"

describe("RMA numbers", () => {
  it("computes the Luhn mod N check character", () => {
    // the classic Luhn example 7992739871, read in base 32 (digits keep their values). From the right, every
    // second value doubled, a doubled value >= 32 folded as floor(v/32) + v%32 (none here):
    // 1x2=2, 7, 8x2=16, 9, 3x2=6, 7, 2x2=4, 9, 9x2=18, 7 → sum 85; (32 - 85 mod 32) mod 32 = 11 → "B"
    expect(rmaCheckCharacter("7992739871")).toBe("B")
    expect(RMA_ALPHABET[11]).toBe("B")
    expect(rmaCheckCharacter("0")).toBe("0")
  })

  it("is deterministic, friendly and reversible", () => {
    expect(formatRmaNumber(1)).toBe(formatRmaNumber(1))
    expect(formatRmaNumber(1)).toMatch(/^RMA-[0-9A-HJKMNP-TV-Z]{6}-[0-9A-HJKMNP-TV-Z]$/)
    expect(formatRmaNumber(31, { scramble: false })).toBe(`RMA-00000Z-${rmaCheckCharacter("00000Z")}`)
    expect(formatRmaNumber(5, { prefix: "", digits: 4, scramble: false })).toBe(`0005-${rmaCheckCharacter("0005")}`)
    const seen = new Set<string>()
    for (let s = 0; s < 5000; s++) {
      const rma = formatRmaNumber(s)
      seen.add(rma)
      expect(parseRmaNumber(rma)).toEqual({ ok: true, sequence: s, normalized: rma })
    }
    expect(seen.size).toBe(5000)
    // consecutive cases do not get neighbouring numbers
    expect(formatRmaNumber(1).slice(4, 8)).not.toBe(formatRmaNumber(2).slice(4, 8))
    for (const s of [0, 2 ** 30 - 1, 123456789]) expect(parseRmaNumber(formatRmaNumber(s))).toMatchObject({ sequence: s })
    expect(() => formatRmaNumber(2 ** 30)).toThrow(RangeError)
    expect(() => formatRmaNumber(-1)).toThrow(RangeError)
  })

  it("reads numbers the way people type them and catches typos", () => {
    const rma = formatRmaNumber(4242, { scramble: false })
    const body = rma.slice(4, 10)
    expect(body).toBe("00044J") // 4242 = 4x32^2 + 4x32 + 18 ("J")
    expect(parseRmaNumber(` rma ${body.toLowerCase()} ${rma.slice(-1)} `, { scramble: false })).toMatchObject({ ok: true, sequence: 4242 })
    expect(parseRmaNumber(`${body.replace(/0/g, "O")}${rma.slice(-1)}`, { scramble: false })).toMatchObject({ ok: true, sequence: 4242 })
    // every single-character substitution and every swap of two different neighbours is caught
    const full = body + rma.slice(-1)
    let caught = 0
    let tried = 0
    for (let i = 0; i < full.length; i++) {
      for (const ch of RMA_ALPHABET) {
        if (ch === full[i]) continue
        tried++
        if (!parseRmaNumber(full.slice(0, i) + ch + full.slice(i + 1), { scramble: false }).ok) caught++
      }
    }
    expect(caught).toBe(tried)
    // swaps of two different neighbours: Luhn mod N misses only the pair whose values v, w satisfy
    // fold(2v) + w = fold(2w) + v mod 32, i.e. "0" and "Z" (0 and 31), as 09/90 in base 10
    let missed = 0
    const swaps: string[] = []
    for (let s = 0; s < 3000; s++) {
      const r = formatRmaNumber(s)
      const f = r.slice(4, 10) + r.slice(-1)
      for (let i = 0; i + 1 < f.length; i++) {
        if (f[i] === f[i + 1]) continue
        const swapped = f.slice(0, i) + f[i + 1] + f[i] + f.slice(i + 2)
        if (parseRmaNumber(swapped).ok) {
          missed++
          swaps.push([f[i], f[i + 1]].sort().join(""))
        }
      }
    }
    expect(new Set(swaps)).toEqual(missed ? new Set(["0Z"]) : new Set())
    expect(parseRmaNumber("RMA-12345", {})).toEqual({ ok: false, reason: "expected 6 characters and a check character" })
    expect(parseRmaNumber("RMA-1234U6-0")).toEqual({ ok: false, reason: 'not an RMA character: "U"' })
  })
})
