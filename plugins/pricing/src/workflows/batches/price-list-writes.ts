import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { fromMinor } from "@finesse/core/lib/money/minor-units"
import { pricingDb } from "../../engine/context"
import { pgArray } from "../../modules/finesse-pricing/store/bulk"
import { priceKey, variantPrices } from "../../reads/medusa-prices"

/** One price to write into the Finesse price list (minor units), with the list's price there now, if any. */
export type PriceWrite = {
  proposal_id: string | null
  variant_id: string
  product_id: string
  price_set_id: string
  currency_code: string
  region_id: string | null
  old_price: number
  amount: number
  existing_price_id: string | null
  existing_amount: number | null
}

/** What a write replaced: enough to put the price list back exactly (previous_amount null = there was no price). */
export type WriteSnapshot = {
  variant_id: string
  price_set_id: string
  currency_code: string
  region_id: string | null
  price_id: string
  previous_amount: number | null
  new_amount: number
}

const CHUNK = 2000

type PricingModule = {
  addPriceListPrices(data: { price_list_id: string; prices: Record<string, unknown>[] }[]): Promise<unknown[]>
  updatePriceListPrices(data: { price_list_id: string; prices: Record<string, unknown>[] }[]): Promise<unknown[]>
  removePrices(ids: string[]): Promise<void>
}

const rulesOf = (region: string | null) => (region ? { region_id: region } : {})

/**
 * Writes prices into the price list through Medusa's pricing module (updates where the list has the price, adds
 * where it has none) and returns the snapshot that `restorePriceListPrices` needs to undo exactly this.
 */
export async function writePriceListPrices(container: MedusaContainer, priceListId: string, writes: readonly PriceWrite[]): Promise<WriteSnapshot[]> {
  const pricing = container.resolve<PricingModule>(Modules.PRICING)
  const updates = writes.filter((w) => w.existing_price_id)
  const adds = writes.filter((w) => !w.existing_price_id)
  for (let i = 0; i < updates.length; i += CHUNK) {
    await pricing.updatePriceListPrices([
      {
        price_list_id: priceListId,
        prices: updates.slice(i, i + CHUNK).map((w) => ({ id: w.existing_price_id, price_set_id: w.price_set_id, currency_code: w.currency_code, amount: fromMinor(w.amount, w.currency_code), rules: rulesOf(w.region_id) })),
      },
    ])
  }
  for (let i = 0; i < adds.length; i += CHUNK) {
    await pricing.addPriceListPrices([
      {
        price_list_id: priceListId,
        prices: adds.slice(i, i + CHUNK).map((w) => ({ price_set_id: w.price_set_id, currency_code: w.currency_code, amount: fromMinor(w.amount, w.currency_code), rules: rulesOf(w.region_id) })),
      },
    ])
  }
  // the ids of the prices the list now holds for each target
  const now = adds.length ? await variantPrices(pricingDb(container), [...new Set(adds.map((w) => w.variant_id))], priceListId) : new Map()
  return writes.map((w) => {
    const id = w.existing_price_id ?? now.get(w.variant_id)?.list.get(priceKey(w.currency_code, w.region_id))?.priceId
    if (!id) throw new Error(`the price list has no price for variant ${w.variant_id} in ${w.currency_code} after the write`)
    return { variant_id: w.variant_id, price_set_id: w.price_set_id, currency_code: w.currency_code, region_id: w.region_id, price_id: id, previous_amount: w.existing_price_id ? w.existing_amount : null, new_amount: w.amount }
  })
}

/**
 * Puts the price list back as the snapshot says: prices the write created are removed (the base price applies
 * again), prices it updated get their previous amount. Used by the apply workflow's compensation and by a rollback,
 * so both restore the same way. Safe to run twice.
 */
export async function restorePriceListPrices(container: MedusaContainer, priceListId: string, snapshot: readonly WriteSnapshot[]) {
  const pricing = container.resolve<PricingModule>(Modules.PRICING)
  const created = snapshot.filter((s) => s.previous_amount === null).map((s) => s.price_id)
  const updated = snapshot.filter((s) => s.previous_amount !== null)
  for (let i = 0; i < created.length; i += CHUNK) await pricing.removePrices(created.slice(i, i + CHUNK))
  const live = updated.length ? await existingIds(container, updated.map((s) => s.price_id)) : new Set<string>()
  const restore = updated.filter((s) => live.has(s.price_id))
  for (let i = 0; i < restore.length; i += CHUNK) {
    await pricing.updatePriceListPrices([
      {
        price_list_id: priceListId,
        prices: restore.slice(i, i + CHUNK).map((s) => ({ id: s.price_id, price_set_id: s.price_set_id, currency_code: s.currency_code, amount: fromMinor(s.previous_amount!, s.currency_code), rules: rulesOf(s.region_id) })),
      },
    ])
  }
}

/** Writes a snapshot's new amounts again (a rollback's compensation). */
export async function reapplySnapshot(container: MedusaContainer, priceListId: string, snapshot: readonly WriteSnapshot[]): Promise<WriteSnapshot[]> {
  const db = pricingDb(container)
  const now = await variantPrices(db, [...new Set(snapshot.map((s) => s.variant_id))], priceListId)
  const writes: PriceWrite[] = snapshot.map((s) => {
    const cur = now.get(s.variant_id)?.list.get(priceKey(s.currency_code, s.region_id)) ?? null
    return {
      proposal_id: null,
      variant_id: s.variant_id,
      product_id: "",
      price_set_id: s.price_set_id,
      currency_code: s.currency_code,
      region_id: s.region_id,
      old_price: cur?.amount ?? 0,
      amount: s.new_amount,
      existing_price_id: cur?.priceId ?? null,
      existing_amount: cur?.amount ?? null,
    }
  })
  return writePriceListPrices(container, priceListId, writes)
}

async function existingIds(container: MedusaContainer, ids: string[]): Promise<Set<string>> {
  const r = await pricingDb(container).raw(`select id from price where id = any(?::text[]) and deleted_at is null`, [pgArray(ids)])
  return new Set(r.rows.map((x: { id: string }) => x.id))
}

/**
 * Undoes a write that failed half-way (a step's own failure runs no compensation of its own): every planned
 * update gets its previous amount back, and whatever the list now holds for a planned add is removed.
 */
export async function undoPartialWrite(container: MedusaContainer, priceListId: string, writes: readonly PriceWrite[]) {
  const adds = writes.filter((w) => !w.existing_price_id)
  const now = adds.length ? await variantPrices(pricingDb(container), [...new Set(adds.map((w) => w.variant_id))], priceListId) : new Map()
  const snapshot: WriteSnapshot[] = []
  for (const w of writes) {
    const id = w.existing_price_id ?? now.get(w.variant_id)?.list.get(priceKey(w.currency_code, w.region_id))?.priceId
    if (!id) continue
    snapshot.push({ variant_id: w.variant_id, price_set_id: w.price_set_id, currency_code: w.currency_code, region_id: w.region_id, price_id: id, previous_amount: w.existing_price_id ? w.existing_amount : null, new_amount: w.amount })
  }
  await restorePriceListPrices(container, priceListId, snapshot)
}
