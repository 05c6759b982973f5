// Reader of Solomon's (1987) VRPTW text format: a name line, "VEHICLE / NUMBER CAPACITY / <count> <capacity>",
// then "CUSTOMER", a header and one line of 7 numbers per node (CUST NO., XCOORD., YCOORD., DEMAND, READY TIME,
// DUE DATE, SERVICE TIME), node 0 being the depot. Pure: text in, instance out.
import type { VrpInstance } from "./types"

export interface SolomonParseResult {
  instance: VrpInstance
  /** non-blank lines in the customer section that are not 7 numbers (skipped, not fatal) */
  malformedLines: number
}

export function parseSolomon(text: string): SolomonParseResult {
  const lines = text.split(/\r?\n/)
  let name: string | undefined
  let count = NaN
  let capacity = NaN
  let section: "head" | "vehicle" | "customer" = "head"
  let malformed = 0
  const rows: number[][] = []
  for (const raw of lines) {
    const line = raw.trim()
    if (!line) continue
    const upper = line.toUpperCase()
    if (upper === "VEHICLE") {
      section = "vehicle"
      continue
    }
    if (upper === "CUSTOMER") {
      section = "customer"
      continue
    }
    if (section === "head") {
      name ??= line
      continue
    }
    const cells = line.split(/\s+/)
    const nums = cells.map(Number)
    const numeric = nums.every((v) => Number.isFinite(v))
    if (section === "vehicle") {
      if (numeric && nums.length >= 2) {
        count = nums[0]
        capacity = nums[1]
      }
      continue
    }
    if (!numeric) {
      // the column header ("CUST NO. XCOORD. ...") is expected once; anything else is malformed
      if (/^CUST/i.test(line)) continue
      malformed++
      continue
    }
    if (nums.length !== 7) {
      malformed++
      continue
    }
    rows.push(nums)
  }
  if (!Number.isFinite(count) || !Number.isFinite(capacity)) throw new Error("no VEHICLE section with NUMBER and CAPACITY")
  const depotRow = rows.find((r) => r[0] === 0) ?? rows[0]
  if (!depotRow) throw new Error("no CUSTOMER lines")
  const customers = rows
    .filter((r) => r !== depotRow)
    .map(([id, x, y, demand, ready, due, service]) => ({ id, x, y, demand, ready, due, service }))
  return {
    instance: {
      name,
      depot: { id: depotRow[0], x: depotRow[1], y: depotRow[2], ready: depotRow[4], due: depotRow[5] },
      customers,
      vehicles: { count, capacity },
    },
    malformedLines: malformed,
  }
}
