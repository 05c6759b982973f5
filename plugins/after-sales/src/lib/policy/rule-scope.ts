import { z } from "@medusajs/framework/zod"
import type { ReturnLine, ReturnRequest } from "./policy-types"

/** Which lines a rule entry applies to; every field given must match, an absent field matches all. */
export type LineScope = { categories?: string[]; products?: string[]; regions?: string[]; tags?: string[] }

export const lineScopeShape = {
  categories: z.array(z.string().min(1)).optional(),
  products: z.array(z.string().min(1)).optional(),
  regions: z.array(z.string().min(1)).optional(),
  tags: z.array(z.string().min(1)).optional(),
}

/** A region entry matches the order's region id or its country code (case-insensitive). */
export function regionMatches(regions: readonly string[], order: ReturnRequest["order"]): boolean {
  const country = order.countryCode?.toLowerCase() ?? null
  return regions.some((r) => r === order.regionId || (country !== null && r.toLowerCase() === country))
}

export function scopeMatches(scope: LineScope, line: ReturnLine, order: ReturnRequest["order"]): boolean {
  if (scope.categories && !scope.categories.some((c) => line.categoryIds.includes(c))) return false
  if (scope.products && !scope.products.includes(line.productId)) return false
  if (scope.regions && !regionMatches(scope.regions, order)) return false
  if (scope.tags && !scope.tags.some((t) => line.tags?.includes(t))) return false
  return true
}

/** How specific a scope is: products > categories > tags > regions, so a product entry beats a category one. */
export function scopeSpecificity(scope: LineScope): number {
  return (scope.products ? 8 : 0) + (scope.categories ? 4 : 0) + (scope.tags ? 2 : 0) + (scope.regions ? 1 : 0)
}

export function lineValueMinor(line: ReturnLine): number {
  return line.quantity * line.unitPriceMinor
}
