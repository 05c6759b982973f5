import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defineCustomerDataHandler } from "."

/**
 * Core's own copies of a customer's data: behaviour events (theirs and those of the browsers stitched to them) and
 * order facts. Erasing deletes the events and detaches the facts from the customer (the sales stay in the KPIs as
 * an anonymous customer's); the orders themselves are Medusa's, erased or anonymised through Medusa.
 */
export default defineCustomerDataHandler({
  plugin: "core",
  describe: "behaviour events (page and product views, searches, carts) and order facts (amounts, products, margins)",
  async exportCustomer(container, customerId) {
    const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const [events, facts, lines] = await Promise.all([
      db.raw(
        `select id, type, source, anonymous_id, session_id, occurred_at, product_id, variant_id, category_id, order_id, query, quantity, amount, currency_code, properties
           from finesse_event where customer_id = ? and deleted_at is null order by occurred_at`,
        [customerId]
      ),
      db.raw(`select * from finesse_order_fact where customer_id = ? and deleted_at is null order by placed_at`, [customerId]),
      db.raw(`select * from finesse_order_line_fact where customer_id = ? and deleted_at is null order by placed_at`, [customerId]),
    ])
    return { events: events.rows, order_facts: facts.rows, order_line_facts: lines.rows }
  },
  async eraseCustomer(container, customerId) {
    const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    return db.transaction(async (trx: any) => {
      const days = await trx.raw(
        `select distinct to_char(placed_at at time zone 'UTC', 'YYYY-MM-DD') d from finesse_order_fact where customer_id = ? and deleted_at is null`,
        [customerId]
      )
      const events = await trx.raw(`delete from finesse_event where customer_id = ?`, [customerId])
      const facts = await trx.raw(`update finesse_order_fact set customer_id = null, updated_at = now() where customer_id = ?`, [customerId])
      const lines = await trx.raw(`update finesse_order_line_fact set customer_id = null, updated_at = now() where customer_id = ?`, [customerId])
      // the days' customer counts and cohorts change: roll them up again
      for (const r of days.rows as { d: string }[]) {
        await trx.raw(
          `insert into finesse_rollup_dirty (id, day, scope) values ('frd_' || replace(gen_random_uuid()::text, '-', ''), ?, 'sales')
           on conflict (day, scope) where deleted_at is null do nothing`,
          [r.d]
        )
      }
      return {
        events: events.rowCount ?? 0,
        order_facts_detached: facts.rowCount ?? 0,
        order_line_facts_detached: lines.rowCount ?? 0,
      }
    })
  },
})
