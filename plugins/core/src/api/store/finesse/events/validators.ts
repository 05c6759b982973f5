import { z } from "@medusajs/framework/zod"

export const MAX_EVENTS_PER_BATCH = 500

const id = z.string().min(1).max(128)
const minor = z.number().int().min(0).max(1_000_000_000)
const currency = z.string().regex(/^[a-zA-Z]{3}$/, "expected an ISO 4217 currency code")

/** Type-specific properties: what each storefront event must say. */
const PROPERTIES = {
  page_viewed: z.object({ path: z.string().min(1).max(2048), title: z.string().max(500).optional(), referrer: z.string().max(2048).optional() }).strict(),
  product_viewed: z
    .object({ product_id: id, variant_id: id.optional(), category_id: id.optional(), price: minor.optional(), currency_code: currency.optional() })
    .strict(),
  category_viewed: z.object({ category_id: id }).strict(),
  search: z.object({ query: z.string().min(1).max(500), result_count: z.number().int().min(0).max(1_000_000) }).strict(),
  cart_item_added: z
    .object({ product_id: id, variant_id: id, quantity: z.number().int().min(1).max(10_000), cart_id: id.optional(), price: minor.optional(), currency_code: currency.optional() })
    .strict(),
  cart_item_removed: z
    .object({ product_id: id, variant_id: id, quantity: z.number().int().min(1).max(10_000), cart_id: id.optional() })
    .strict(),
  checkout_started: z
    .object({ cart_id: id, item_count: z.number().int().min(0).max(10_000).optional(), value: minor.optional(), currency_code: currency.optional() })
    .strict(),
  recommendation_shown: z
    .object({ recommendation_id: id, placement: z.string().min(1).max(64), product_ids: z.array(id).min(1).max(100) })
    .strict(),
  recommendation_clicked: z
    .object({ recommendation_id: id, placement: z.string().min(1).max(64).optional(), product_id: id })
    .strict(),
} as const

export const STOREFRONT_EVENT_TYPES = Object.keys(PROPERTIES) as (keyof typeof PROPERTIES)[]

const common = {
  /** The client's own event id (a UUID): the same id twice is stored once. */
  id: z.string().min(8).max(128),
  anonymous_id: z.string().min(1).max(128),
  session_id: z.string().min(1).max(128).optional(),
  /** When it happened on the device, ISO 8601 with a zone. */
  timestamp: z.string().datetime({ offset: true }),
}

const event = z.discriminatedUnion(
  "type",
  STOREFRONT_EVENT_TYPES.map((type) =>
    z.object({ ...common, type: z.literal(type), properties: PROPERTIES[type] }).strict()
  ) as unknown as [z.ZodObject<any>, ...z.ZodObject<any>[]]
)

export const StoreEventsBody = z
  .object({
    events: z.array(event).min(1).max(MAX_EVENTS_PER_BATCH),
  })
  .strict()
export type StoreEventsBodyType = z.infer<typeof StoreEventsBody>
