import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { gzipSync } from "node:zlib"
import { run } from "../returns"

const CSV = `InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
536365,85123A,"WHITE HANGING HEART, T-LIGHT HOLDER",6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom
536366,85123A,WHITE HANGING HEART T-LIGHT HOLDER,4,2010-12-02 09:00:00,2.55,17850.0,United Kingdom
536367,22633,HAND WARMER UNION JACK,6,2010-12-02 09:00:00,1.85,17850.0,United Kingdom
C536368,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-7,2010-12-03 10:00:00,2.55,17850.0,United Kingdom
C536369,22633,HAND WARMER UNION JACK,-2,2010-12-01 07:00:00,1.85,17850.0,United Kingdom
C536370,POST,POSTAGE,-1,2010-12-03 10:00:00,18.00,,United Kingdom
536371,22633,HAND WARMER UNION JACK,not-a-number,2010-12-03 10:00:00,1.85,17850.0,United Kingdom
`

describe("returns match CLI", () => {
  let dir: string
  let out: string[]
  let err: string[]
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "returns-cli-"))
    out = []
    err = []
    jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true))
    jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => (err.push(String(s)), true))
  })
  afterEach(() => {
    jest.restoreAllMocks()
    rmSync(dir, { recursive: true, force: true })
  })

  it("pairs cancellations from a gzip file, writes the rows and prints the shares", async () => {
    const file = path.join(dir, "orders.csv.gz")
    writeFileSync(file, gzipSync(CSV))
    const csv = path.join(dir, "pairs.csv")
    expect(await run(["match", "--orders", file, "--out", csv])).toBe(0)
    expect(readFileSync(csv, "utf8")).toBe(
      [
        "cancel_invoice,stock_code,customer_id,matched_invoice,quantity",
        // 7 units: 4 from the latest purchase, then 3 from the first
        "C536368,85123A,17850,536366,4",
        "C536368,85123A,17850,536365,3",
        // cancelled before any purchase of the item
        "C536369,22633,17850,,2",
        "C536370,POST,,,1",
        "",
      ].join("\n")
    )
    const printed = out.join("")
    expect(printed).toContain("7 lines read: 3 purchase lines with a customer, 3 cancellation lines")
    expect(printed).toContain("lines matched fully 1 (33.3 %), partly 0 (0.0 %), not at all 2 (66.7 %)")
    expect(printed).toContain("units matched: 7 of 10 (70.0 %)")
    expect(printed).toContain("unmatched units: no customer 1, no earlier purchase 2, more than bought 0")
    expect(printed).toContain("malformed lines skipped: 1")
    expect(err.join("")).toContain("line 8: Quantity is not an integer")
  })

  it("exits 2 on bad options and 1 on a missing file", async () => {
    expect(await run(["match", "--orders", "x.csv", "--order", "newest"])).toBe(2)
    expect(await run(["match"])).toBe(2)
    expect(await run([])).toBe(2)
    expect(await run(["match", "--orders", path.join(dir, "none.csv")])).toBe(1)
    expect(await run(["match", "--help"])).toBe(0)
    expect(out.join("")).toContain("matched_invoice  the purchase InvoiceNo")
  })
})
