import { parseLeadTimeCsv } from "../lead-time-csv"

describe("lead-time CSV import", () => {
  it("reads good lines and reports each bad one with its line number and field (header = line 1)", () => {
    const csv = [
      "SKU,Location,Supplier,lead_time_days,lead_time_sd_days,pack_size,moq,order_cost,currency_code,notes",
      "A-1,Berlin Warehouse,Atelier,21,4,6,12,25.50,EUR,ignored column",
      "A-2,,,14,,,,,,",
      ",,,10,,,,,,",
      "A-3,,,0,,,,,,",
      "A-4,,,7,-1,2.5,,,,",
      "A-5,,,7,,,,12,,",
      "A-6,,,\"3,5\",,,,300,jpy,",
    ].join("\n")
    const { lines, errors } = parseLeadTimeCsv(csv)
    expect(lines.map((l) => l.line)).toEqual([2, 3, 8])
    expect(lines[0].row).toEqual({ sku: "A-1", variant_id: undefined, location: "Berlin Warehouse", supplier: "Atelier", lead_time_days: 21, lead_time_sd_days: 4, pack_size: 6, moq: 12, order_cost: 2550, currency_code: "eur" })
    expect(lines[1].row).toMatchObject({ sku: "A-2", lead_time_days: 14, location: undefined, order_cost: undefined })
    // a decimal comma reads as a point; JPY has no minor unit
    expect(lines[2].row).toMatchObject({ lead_time_days: 3.5, order_cost: 300, currency_code: "jpy" })
    expect(errors).toEqual([
      { line: 4, field: "sku", message: "a sku or a variant_id is required" },
      { line: 5, field: "lead_time_days", message: '"0" is not a number above 0 up to 365' },
      { line: 6, field: "lead_time_sd_days", message: '"-1" is not a number of at least 0 up to 180' },
      { line: 6, field: "pack_size", message: '"2.5" is not a whole number of at least 1' },
      { line: 7, field: "currency_code", message: "required with order_cost" },
    ])
  })

  it("a missing lead time is an error, a BOM and blank lines are not", () => {
    const { lines, errors } = parseLeadTimeCsv("\uFEFFvariant_id,lead_time_days\n\nvariant_1,\nvariant_2,5\n")
    expect(lines).toEqual([{ line: 4, row: expect.objectContaining({ variant_id: "variant_2", lead_time_days: 5 }) }])
    expect(errors).toEqual([{ line: 3, field: "lead_time_days", message: "required" }])
  })

  it("a malformed file is one error on the line where the parser stopped", () => {
    const { lines, errors } = parseLeadTimeCsv('sku,lead_time_days\nA,"5\nB,6\n')
    expect(lines).toEqual([])
    expect(errors).toHaveLength(1)
    expect(errors[0].field).toBe("csv")
  })
})
