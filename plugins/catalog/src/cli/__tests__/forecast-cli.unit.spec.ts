import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { run } from "../forecast"

const HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"

/** 20 weeks of a weekly seller (10001), a product that stopped 16 weeks before as-of (10002), postage, returns. */
function fixture(): string {
  const rows = [HEADER]
  const start = Date.UTC(2011, 5, 20) // Monday 2011-06-20
  for (let w = 0; w < 20; w++) {
    const d = new Date(start + w * 7 * 86_400_000 + 2 * 86_400_000).toISOString().slice(0, 10)
    rows.push(`5${String(w).padStart(5, "0")},10001,"MUG, BLUE",${6 + (w % 3)},${d} 10:00:00,1.25,17850.0,United Kingdom`)
    rows.push(`6${String(w).padStart(5, "0")},10001,"MUG, BLUE",2,${d} 11:00:00,1.25,,United Kingdom`)
    if (w < 4) rows.push(`7${String(w).padStart(5, "0")},10002,PLATE,3,${d} 12:00:00,2.10,13047.0,France`)
    rows.push(`8${String(w).padStart(5, "0")},POST,POSTAGE,1,${d} 12:00:00,18.00,12583.0,France`)
  }
  rows.push("C900001,10001,MUG,-50,2011-10-05 10:00:00,1.25,17850.0,United Kingdom")
  rows.push("900002,10001,MUG,not-a-number,2011-10-05 10:00:00,1.25,17850.0,United Kingdom")
  rows.push("900003,10001,MUG,5,2011-10-32 10:00:00,1.25,17850.0,United Kingdom")
  return rows.join("\n") + "\n"
}

describe("forecast CLI", () => {
  let dir: string
  let out: string[]
  let err: string[]
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "forecast-cli-"))
    out = []
    err = []
    jest.spyOn(process.stdout, "write").mockImplementation((s) => (out.push(String(s)), true))
    jest.spyOn(process.stderr, "write").mockImplementation((s) => (err.push(String(s)), true))
  })
  afterEach(() => {
    jest.restoreAllMocks()
    rmSync(dir, { recursive: true, force: true })
  })

  it("writes stock_code,week_start,forecast for every product sold in the 12 weeks before as-of, weeks from Monday", async () => {
    const file = join(dir, "orders.csv")
    writeFileSync(file, fixture())
    const csv = join(dir, "out.csv")
    // as-of is a Wednesday: the history ends on Monday 2011-10-31, the first forecast week is 2011-11-07
    const code = await run(["--orders", file, "--as-of", "2011-11-02", "--horizon-weeks", "3", "--out", csv])
    expect(code).toBe(0)
    const [head, ...rows] = readFileSync(csv, "utf8").trimEnd().split("\n")
    expect(head).toBe("stock_code,week_start,forecast")
    expect(rows.map((r) => r.split(",").slice(0, 2).join(","))).toEqual(["10001,2011-11-07", "10001,2011-11-14", "10001,2011-11-21"])
    for (const r of rows) expect(Number(r.split(",")[2])).toBeGreaterThan(0)
    // the two malformed lines are counted and reported, not fatal
    expect(err.join("")).toMatch(/2 malformed line\(s\) skipped/)
    expect(out.join("")).toMatch(/1 products sold in the 12 weeks before/)
  })

  it("--detail adds the method, mean and interval columns", async () => {
    const file = join(dir, "orders.csv")
    writeFileSync(file, fixture())
    const csv = join(dir, "out.csv")
    expect(await run(["--orders", file, "--as-of", "2011-11-07", "--out", csv, "--detail"])).toBe(0)
    const [head, first] = readFileSync(csv, "utf8").split("\n")
    expect(head).toBe("stock_code,week_start,forecast,method,mean,lower_80,upper_80,lower_95,upper_95,interval_source")
    const c = first.split(",")
    expect(Number(c[5])).toBeLessThanOrEqual(Number(c[6]))
  })

  it.each([
    [["--orders", "x.csv", "--as-of", "2011-13-01"]],
    [["--orders", "x.csv", "--as-of", "2011-11-07", "--horizon-weeks", "0"]],
    [["--orders", "x.csv"]],
    [["--orders", "x.csv", "--as-of", "2011-11-07", "--method", "prophet"]],
  ])("bad options exit with 2: %p", async (argv) => {
    expect(await run(argv)).toBe(2)
  })

  it("--help exits 0 and says which lines count", async () => {
    expect(await run(["--help"])).toBe(0)
    expect(out.join("")).toMatch(/InvoiceNo does not start with C/)
  })

  it("a missing file exits with 1", async () => {
    expect(await run(["--orders", join(dir, "nope.csv"), "--as-of", "2011-11-07"])).toBe(1)
    expect(err.join("")).toMatch(/no such file/)
  })
})
