import { applyRepairTransition, initialRepairStatus, nextRepairStatuses, RepairTransitionError } from "../repair-status"
import { addMonthsUtc, checkWarranty, findWarrantyTerm, WarrantyTerm, warrantyTermSchema } from "../warranty-terms"

const terms: WarrantyTerm[] = [
  { id: "default", months: 12, covers: ["manufacturing_defect"] },
  { id: "electronics", categoryIds: ["electronics"], months: 24, covers: ["manufacturing_defect", "battery"], excludes: ["water_damage", "accidental_damage"] },
  { id: "electronics-short", categoryIds: ["electronics"], months: 18, covers: ["manufacturing_defect"] },
  { id: "kettle-pro", productIds: ["prod_kettle"], months: 36, covers: ["manufacturing_defect", "heating_element"], startsFrom: "order" },
]
const t = (iso: string) => Date.parse(iso)

describe("warranty terms", () => {
  it("picks product over category over default, the longest at a level", () => {
    expect(findWarrantyTerm(terms, { productId: "prod_kettle", categoryIds: ["electronics"] })?.id).toBe("kettle-pro")
    expect(findWarrantyTerm(terms, { productId: "prod_phone", categoryIds: ["electronics"] })?.id).toBe("electronics")
    expect(findWarrantyTerm(terms, { productId: "prod_tee", categoryIds: ["apparel"] })?.id).toBe("default")
    expect(findWarrantyTerm(terms.slice(1), { productId: "prod_tee", categoryIds: ["apparel"] })).toBeNull()
    expect(warrantyTermSchema.safeParse(terms[1]).success).toBe(true)
    expect(warrantyTermSchema.safeParse({ id: "x", months: 0, covers: [] }).success).toBe(false)
  })

  it("adds calendar months, clamping to the end of the month", () => {
    expect(addMonthsUtc(t("2024-01-31T10:00:00Z"), 1)).toBe(t("2024-02-29T10:00:00Z"))
    expect(addMonthsUtc(t("2023-01-31T10:00:00Z"), 1)).toBe(t("2023-02-28T10:00:00Z"))
    expect(addMonthsUtc(t("2024-02-29T00:00:00Z"), 12)).toBe(t("2025-02-28T00:00:00Z"))
    expect(addMonthsUtc(t("2024-11-15T00:00:00Z"), 26)).toBe(t("2027-01-15T00:00:00Z"))
  })

  it.each([
    // [label, item, issue, now, status, covered, endsAt, daysLeft]
    ["a phone battery after 20 months: covered", { productId: "p", categoryIds: ["electronics"] }, "battery", "2025-11-10T12:00:00Z", "in_warranty", true, "2026-03-10T12:00:00Z", 120],
    ["water damage is excluded", { productId: "p", categoryIds: ["electronics"] }, "water_damage", "2024-06-10T12:00:00Z", "in_warranty", false, "2026-03-10T12:00:00Z", 638],
    ["a screen is not listed", { productId: "p", categoryIds: ["electronics"] }, "screen", "2024-06-10T12:00:00Z", "in_warranty", false, "2026-03-10T12:00:00Z", 638],
    ["a tee after 13 months: out of warranty", { productId: "p", categoryIds: ["apparel"] }, "manufacturing_defect", "2025-04-10T12:00:00Z", "out_of_warranty", false, "2025-03-10T12:00:00Z", 0],
    ["the kettle counts from the order", { productId: "prod_kettle", categoryIds: [] }, null, "2027-03-02T00:00:00Z", "out_of_warranty", null, "2027-03-01T09:00:00Z", 0],
  ] as const)("%s", (_l, item, issue, now, status, covered, endsAt, daysLeft) => {
    const c = checkWarranty({ terms, item: { ...item, categoryIds: [...item.categoryIds] }, order: { placedAt: t("2024-03-01T09:00:00Z"), deliveredAt: t("2024-03-10T12:00:00Z") }, issue, now: t(now) })
    expect(c).toMatchObject({ status, covered, endsAt: t(endsAt), daysLeft })
  })

  it("says no warranty when no term applies", () => {
    expect(checkWarranty({ terms: [], item: { productId: "p", categoryIds: [] }, order: { placedAt: 0, deliveredAt: null }, now: 1 })).toMatchObject({ status: "no_warranty", covered: null })
    const c = checkWarranty({ terms, item: { productId: "p", categoryIds: ["electronics"] }, order: { placedAt: t("2024-03-01T09:00:00Z"), deliveredAt: null }, issue: "battery", now: t("2024-03-05T00:00:00Z") })
    expect(c.message).toBe("in warranty until 2026-03-01 (726 days left); battery is covered")
  })
})

describe("repair statuses", () => {
  it("follows the repair flow and names what may come next", () => {
    let s = initialRepairStatus("in_warranty", true)
    expect(s).toBe("approved")
    for (const next of ["awaiting_item", "received", "diagnosing", "repairing", "repaired", "shipped_back", "completed"] as const) s = applyRepairTransition(s, next)
    expect(s).toBe("completed")
    expect(initialRepairStatus("out_of_warranty", null)).toBe("requested")
    expect(initialRepairStatus("in_warranty", false)).toBe("requested")
    expect(nextRepairStatuses("diagnosing")).toEqual(["repairing", "quote_sent", "replaced", "returned_unrepaired"])
    expect(() => applyRepairTransition("requested", "repairing")).toThrow(RepairTransitionError)
    expect(() => applyRepairTransition("completed", "repairing")).toThrow("a repair cannot go from completed to repairing; next: none (final)")
  })
})
