import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { gzipSync } from "node:zlib"
import { run } from "../pricing"

const HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"

/** A product with a planted elasticity of −2 over 20 weeks (one line per week), and a few odd lines. */
function file(): string {
  const lines = [HEADER]
  const monday = Date.UTC(2011, 0, 3)
  for (let w = 0; w < 20; w++) {
    const price = [2.0, 2.5, 3.0, 2.2, 2.8][w % 5]
    // units = 400 · price^−2 × a small deterministic wobble
    const units = Math.round(400 * Math.pow(price, -2) * (1 + 0.05 * Math.sin(w * 1.7)))
    const day = new Date(monday + w * 7 * 86_400_000 + 36_000_000).toISOString().slice(0, 19).replace("T", " ")
    lines.push(`${1000 + w},71053,LANTERN,${units},${day},${price.toFixed(2)},17850.0,United Kingdom`)
    lines.push(`${2000 + w},22000,"FLAT, PRICED",3,${day},1.25,17850.0,United Kingdom`)
  }
  lines.push("C9,71053,LANTERN,-1,2011-03-02 10:00:00,3.39,13047.0,United Kingdom") // a cancellation: cleaned out
  lines.push("9,POST,POSTAGE,1,2011-03-02 10:00:00,18.00,13047.0,France") // not a product
  lines.push("not,a,line")
  return lines.join("\n")
}

describe("pricing CLI", () => {
  let dir: string
  let out: string
  let err: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "finesse-pricing-"))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  beforeEach(() => {
    out = ""
    err = ""
    jest.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true))
    jest.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true))
  })
  afterEach(() => jest.restoreAllMocks())

  it("writes one row per product with the elasticity, its interval and the evidence", async () => {
    const f = path.join(dir, "orders.csv.gz")
    writeFileSync(f, gzipSync(file()))
    expect(await run(["elasticity", "--orders", f])).toBe(0)
    const rows = out.trim().split("\n")
    expect(rows[0]).toBe("stock_code,elasticity,ci_low,ci_high,observations,evidence")
    const [flat, lantern] = rows.slice(1).map((r) => r.split(","))
    expect(flat[0]).toBe("22000")
    expect(flat.slice(1)).toEqual(["", "", "", "20", "insufficient"]) // one price: nothing to estimate
    expect(lantern[0]).toBe("71053")
    expect(Number(lantern[1])).toBeCloseTo(-2, 1)
    expect(Number(lantern[2])).toBeLessThan(-2)
    expect(Number(lantern[3])).toBeGreaterThan(-2)
    expect(lantern.slice(4)).toEqual(["20", "good"])
    expect(err).toMatch(/1 malformed line\(s\) skipped/)
    expect(err).toMatch(/products: 2; evidence good 1, weak 0, insufficient 1/)
    expect(err).toMatch(/elasticity of products with good evidence: median -(1\.9|2\.0)\d/)
  })

  it("writes --out, honours --min-obs and --price", async () => {
    const f = path.join(dir, "orders.csv")
    writeFileSync(f, file())
    const o = path.join(dir, "out.csv")
    expect(await run(["elasticity", "--orders", f, "--min-obs", "25", "--price", "modal", "--out", o])).toBe(0)
    expect(out).toBe("")
    const rows = readFileSync(o, "utf8").trim().split("\n")
    expect(rows).toHaveLength(3)
    expect(rows[2]).toMatch(/^71053,-\d\.\d{4},.*,20,insufficient$/)
    expect(err).toMatch(/modal weekly price/)
  })

  it.each([
    [["elasticity", "--orders", "x.csv", "--min-obs", "two"]],
    [["elasticity", "--orders", "x.csv", "--price", "mean"]],
    [["elasticity"]],
    [["nonsense"]],
    [[]],
  ])("exits 2 on bad options: %p", async (argv) => {
    expect(await run(argv)).toBe(2)
  })

  it("exits 1 on a missing file and 0 on --help, which explains the observation", async () => {
    expect(await run(["elasticity", "--orders", path.join(dir, "nope.csv")])).toBe(1)
    expect(err).toMatch(/no such file/)
    expect(await run(["elasticity", "--help"])).toBe(0)
    expect(out).toMatch(/quantity-weighted UnitPrice/)
    expect(out).toMatch(/evidence +good:/)
  })
})
