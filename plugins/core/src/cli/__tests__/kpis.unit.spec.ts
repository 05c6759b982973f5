import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { gzipSync } from "node:zlib"
import { run } from "../kpis"

const HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"
const FILE = [
  HEADER,
  "1,85123A,HEART,2,2011-01-03 10:00:00,1.50,17850.0,United Kingdom",
  "1,71053,LANTERN,1,2011-01-03 10:00:00,10.00,17850.0,United Kingdom",
  "2,71053,LANTERN,1,2011-01-20 10:00:00,3.39,17850.0,United Kingdom",
  "3,71053,LANTERN,4,2011-01-21 10:00:00,2.50,,United Kingdom",
  "not,a,line",
  "C4,71053,LANTERN,-1,2011-03-02 10:00:00,3.39,13047.0,United Kingdom",
  "5,71053,LANTERN,1,2011-03-05 10:00:00,0.99,13047.0,France",
].join("\n")

describe("kpis CLI", () => {
  let dir: string
  let out: string
  let err: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "finesse-kpis-"))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  beforeEach(() => {
    out = ""
    err = ""
    jest.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true))
    jest.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true))
  })
  afterEach(() => jest.restoreAllMocks())

  it("prints one JSON object per month and a summary, reporting malformed lines on stderr", async () => {
    const file = path.join(dir, "orders.csv.gz")
    writeFileSync(file, gzipSync(FILE))
    expect(await run(["--orders", file, "--json"])).toBe(0)
    const records = out.trim().split("\n").map((l) => JSON.parse(l))
    expect(records.map((r) => r.month ?? "summary")).toEqual(["2011-01", "2011-02", "2011-03", "summary"])
    expect(records[0]).toMatchObject({
      gmv: 26.39, // 3.00 + 10.00 + 3.39 + 10.00
      gmv_minor: 2639,
      orders: 3,
      customers: 1,
      new_customers: 1,
      repeat_customers: 1,
      repeat_rate: 1,
      cancellation_rate: 0,
    })
    expect(records[1]).toMatchObject({ gmv: 0, orders: 0, customers: 0, repeat_rate: null, cancellation_rate: null })
    expect(records[2]).toMatchObject({ orders: 1, customers: 1, new_customers: 1, cancellations: 1, cancellation_rate: 0.5 })
    expect(records[3]).toMatchObject({ summary: true, months: 3, lines: 7, malformed: 1, gmv_minor: 2738, orders: 4, customers: 2 })
    expect(err).toMatch(/1 malformed line\(s\) skipped/)
    expect(err).toMatch(/line 6: expected 8 columns, got 3/)
  })

  it("prints an aligned table by default", async () => {
    const file = path.join(dir, "orders.csv")
    writeFileSync(file, FILE)
    expect(await run(["--orders", file])).toBe(0)
    const lines = out.split("\n")
    expect(lines[0]).toMatch(/^month\s+gmv\s+orders\s+customers\s+new\s+returning\s+repeat_rate\s+cancel_rate$/)
    expect(lines[2]).toMatch(/^2011-01\s+26\.39\s+3\s+1\s+1\s+0\s+100\.0%\s+0\.0%$/)
    // columns line up: every data row is as wide as the header
    expect(new Set(lines.slice(0, 5).map((l) => l.length)).size).toBe(1)
  })

  it("fails clearly on a missing file or option, and explains its definitions in --help", async () => {
    expect(await run(["--orders", path.join(dir, "missing.csv.gz")])).toBe(1)
    expect(err).toMatch(/no such file/)
    expect(await run([])).toBe(2)
    expect(err).toMatch(/--orders/)
    expect(await run(["--help"])).toBe(0)
    expect(out).toMatch(/repeat_rate\s+customers with 2 or more distinct orders in the month/)
    expect(out).toMatch(/Lines without a CustomerID count for gmv and orders/)
  })
})
