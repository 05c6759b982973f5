import { z } from "@medusajs/framework/zod"

/**
 * A warranty term: how long and what for. Product terms beat category terms, which beat the store default
 * (a term with neither). Coverage codes are the store's own words ("manufacturing_defect", "battery",
 * "screen"); `excludes` wins over `covers` ("accidental_damage" is a common exclusion).
 */
export type WarrantyTerm = {
  id: string
  name?: string
  productIds?: string[]
  categoryIds?: string[]
  months: number
  covers: string[]
  excludes?: string[]
  /** Count from delivery (default) or from the order. */
  startsFrom?: "delivery" | "order"
}

export const warrantyTermSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().optional(),
    productIds: z.array(z.string().min(1)).optional(),
    categoryIds: z.array(z.string().min(1)).optional(),
    months: z.number().int().positive().max(240),
    covers: z.array(z.string().min(1)).nonempty(),
    excludes: z.array(z.string().min(1)).optional(),
    startsFrom: z.enum(["delivery", "order"]).optional(),
  })
  .strict()

export type WarrantyItem = { productId: string; categoryIds: string[] }

/**
 * The term that applies to an item: the most specific level that matches (product, then category, then default);
 * at one level the longest term, the customer's best case. Null when no term applies.
 */
export function findWarrantyTerm(terms: readonly WarrantyTerm[], item: WarrantyItem): WarrantyTerm | null {
  const levels: Array<(t: WarrantyTerm) => boolean> = [
    (t) => !!t.productIds?.includes(item.productId),
    (t) => !t.productIds?.length && !!t.categoryIds?.some((c) => item.categoryIds.includes(c)),
    (t) => !t.productIds?.length && !t.categoryIds?.length,
  ]
  for (const matches of levels) {
    const found = terms.filter(matches)
    if (found.length) return found.reduce((best, t) => (t.months > best.months ? t : best))
  }
  return null
}

/**
 * Adds calendar months in UTC, clamping to the month's last day (31 January + 1 month = 28/29 February), the way
 * a person reads "12 months from 31 January".
 */
export function addMonthsUtc(instant: number, months: number): number {
  const d = new Date(instant)
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth() + months
  const targetYear = y + Math.floor(m / 12)
  const targetMonth = ((m % 12) + 12) % 12
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate()
  return Date.UTC(targetYear, targetMonth, Math.min(d.getUTCDate(), lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds())
}

export type WarrantyCheck = {
  status: "in_warranty" | "out_of_warranty" | "no_warranty"
  term: WarrantyTerm | null
  startsAt: number | null
  /** The instant cover ends (exclusive). */
  endsAt: number | null
  /** Whole days of cover left (0 once expired). */
  daysLeft: number
  /** Whether the reported issue is covered: null when no issue was given or no term applies. */
  covered: boolean | null
  message: string
}

const DAY_MS = 86_400_000

/**
 * Is this item under warranty now, and is the reported issue covered? Cover starts at delivery (or the order
 * when the term says so, or when there is no delivery date) and ends `months` calendar months later.
 */
export function checkWarranty(input: {
  terms: readonly WarrantyTerm[]
  item: WarrantyItem
  order: { placedAt: number; deliveredAt: number | null }
  issue?: string | null
  now: number
}): WarrantyCheck {
  const term = findWarrantyTerm(input.terms, input.item)
  if (!term) return { status: "no_warranty", term: null, startsAt: null, endsAt: null, daysLeft: 0, covered: null, message: "no warranty term applies to this item" }
  const startsAt = term.startsFrom === "order" || input.order.deliveredAt == null ? input.order.placedAt : input.order.deliveredAt
  const endsAt = addMonthsUtc(startsAt, term.months)
  const inWarranty = input.now >= startsAt && input.now < endsAt
  const daysLeft = inWarranty ? Math.floor((endsAt - input.now) / DAY_MS) : 0
  let covered: boolean | null = null
  let why = ""
  if (input.issue) {
    if (term.excludes?.includes(input.issue)) {
      covered = false
      why = `; ${input.issue} is excluded`
    } else if (term.covers.includes(input.issue)) {
      covered = inWarranty
      why = inWarranty ? `; ${input.issue} is covered` : ""
    } else {
      covered = false
      why = `; ${input.issue} is not covered`
    }
  }
  const end = new Date(endsAt).toISOString().slice(0, 10)
  const message = inWarranty ? `in warranty until ${end} (${daysLeft} days left)${why}` : `warranty ended on ${end}${why}`
  return { status: inWarranty ? "in_warranty" : "out_of_warranty", term, startsAt, endsAt, daysLeft, covered, message }
}
