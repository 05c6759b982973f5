import { Modules } from "@medusajs/framework/utils"
import type { DemoCustomer } from "../demo"
import type { SeedContext } from "./context"

const BATCH = 500

/** The customer as Medusa stores it. The plan's hidden `behaviour` is deliberately not written anywhere. */
export function customerInput(c: DemoCustomer) {
  return {
    email: c.email,
    first_name: c.first_name,
    last_name: c.last_name,
    phone: c.phone,
    has_account: false,
    metadata: { demo_key: c.key },
    addresses: [
      {
        address_name: "Home",
        first_name: c.address.first_name,
        last_name: c.address.last_name,
        address_1: c.address.address_1,
        city: c.address.city,
        country_code: c.address.country_code,
        postal_code: c.address.postal_code,
        province: c.address.province,
        phone: c.phone,
        is_default_shipping: true,
        is_default_billing: true,
      },
    ],
  }
}

/**
 * Customers with their default address through the customer module's bulk create, then backdated to the
 * plan's sign-up time (the module always stamps now). Existing e-mails are reused.
 */
export async function seedCustomers(ctx: SeedContext): Promise<string> {
  const { container, plan, ids, db } = ctx
  const customerModule = container.resolve(Modules.CUSTOMER)
  const existing = new Map<string, string>()
  const emails = plan.customers.map((c) => c.email)
  for (let i = 0; i < emails.length; i += 2000) {
    const rows = await customerModule.listCustomers({ email: emails.slice(i, i + 2000) }, { select: ["id", "email"], take: null as any })
    for (const r of rows) existing.set(r.email!, r.id)
  }
  const missing = plan.customers.filter((c) => !existing.has(c.email))
  for (let i = 0; i < missing.length; i += BATCH) {
    const batch = missing.slice(i, i + BATCH)
    const created = await customerModule.createCustomers(batch.map(customerInput))
    for (const c of created) existing.set(c.email!, c.id)
    const when = batch.map((c) => c.created_at)
    const idList = batch.map((c) => existing.get(c.email)!)
    await db.raw(
      `update customer c set created_at = v.t, updated_at = v.t
         from unnest(?::text[], ?::timestamptz[]) as v(id, t) where c.id = v.id`,
      [pgArray(idList), pgArray(when)]
    )
    await db.raw(
      `update customer_address a set created_at = v.t, updated_at = v.t
         from unnest(?::text[], ?::timestamptz[]) as v(id, t) where a.customer_id = v.id`,
      [pgArray(idList), pgArray(when)]
    )
  }
  for (const c of plan.customers) ids.customers.set(c.key, existing.get(c.email)!)
  return `${plan.customers.length} customers (${missing.length} new)`
}

/** A text literal of a Postgres array (knex would otherwise expand a JS array binding into a list). */
export function pgArray(values: (string | number | null)[]): string {
  return (
    "{" +
    values
      .map((v) => (v === null ? "NULL" : `"${String(v).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`))
      .join(",") +
    "}"
  )
}
