import type { z } from "@medusajs/framework/zod"

/**
 * What the quality rules read: a product as Medusa's query.graph returns it (the fields the rules need), plus the
 * variant costs that Medusa does not model (the caller passes them from its cost source, e.g. metadata or core's
 * facts). Dimensions and weight may sit on the variant or the product.
 */
export type QualityPrice = { currency_code: string; amount: number; region_id?: string | null }

export type QualityVariant = {
  id: string
  title?: string | null
  sku?: string | null
  /** option title → value, e.g. { Size: "M", Colour: "Blue" } */
  options?: Record<string, string> | null
  prices?: QualityPrice[] | null
  weight?: number | null
  length?: number | null
  width?: number | null
  height?: number | null
  /** unit cost in minor units (null/absent = unknown) */
  cost?: number | null
}

export type QualityProduct = {
  id: string
  title?: string | null
  description?: string | null
  status?: string | null
  thumbnail?: string | null
  images?: { url: string }[] | null
  options?: { title: string; values: string[] }[] | null
  variants?: QualityVariant[] | null
  tags?: string[] | null
  category_ids?: string[] | null
  weight?: number | null
  length?: number | null
  width?: number | null
  height?: number | null
  /** epoch ms, Date or ISO string */
  updated_at?: number | string | Date | null
}

export type QualityContext = {
  now: number
  /** the store's regions and their currencies: every variant needs a price in each */
  regions: { id: string; currency_code: string }[]
  /** normalised search terms that returned nothing, with how often they were searched */
  zeroResultQueries?: { query: string; searches: number }[]
}

export type RuleOutcome = {
  /** 1 = fully met, 0 = not at all */
  score: number
  /** what is wrong, for the to-do list; empty when the score is 1 */
  message: string
  /** the fix to make */
  fix: string
}

export type QualityRule<A = Record<string, unknown>> = {
  /** stable code: never renamed (stored scores and settings refer to it) */
  code: string
  label: string
  argsSchema: z.ZodType<A>
  defaults: A
  /** weight in the product score */
  weight: number
  evaluate(product: QualityProduct, args: A, ctx: QualityContext): RuleOutcome
}

export const PASS: RuleOutcome = { score: 1, message: "", fix: "" }
