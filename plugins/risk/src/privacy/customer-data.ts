import { Modules } from "@medusajs/framework/utils"
import { defineCustomerDataHandler, fieldCipher } from "@finesse/core/privacy"
import { canonicalEmail, hashToInt64, storedAccountKey } from "../lib"
import { assessmentViews } from "../engine/assessment-view"
import { invalidateRiskSettings } from "../engine/risk-settings"
import { riskServices } from "../engine/risk-services"

async function emailOf(container: any, customerId: string): Promise<string | null> {
  try {
    const c = await container.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
    return canonicalEmail(c?.email)?.canonical ?? null
  } catch {
    return null
  }
}

/**
 * What risk keeps about a customer: the assessments of their checkouts and orders (scores, signals, reasons), the
 * counter rows of those orders (identifiers only as keyed hashes), the outcomes of their orders, and list entries
 * naming them. Erasing deletes all of it except block-list entries, which are kept to prevent fraud (remove them on
 * the Rules page if the erasure request says otherwise); the result says how many were kept.
 */
export default defineCustomerDataHandler({
  plugin: "risk",
  describe: "order risk assessments (scores, signals and reasons), hashed identifiers of their orders for velocity and account links, order outcomes (chargebacks, refunds, cancellations) and allow/block-list entries naming the customer",
  async exportCustomer(container, customerId) {
    const { db, cipher } = riskServices(container)
    const email = await emailOf(container, customerId)
    const account = storedAccountKey(customerId, cipher.hash)
    const emailKey = email ? hashToInt64(cipher.hash(`email:${email}`)) : null
    const a = await db.raw(`select * from finesse_risk_assessment where customer_id = ? and deleted_at is null order by placed_at`, [customerId])
    const orderIds = a.rows.map((r: any) => r.order_id).filter(Boolean)
    const [uses, outcomes, lists] = await Promise.all([
      db.raw(`select ref, order_id, at, account::text, email::text, ip::text, card::text, address::text, device::text from finesse_risk_use where account = ? or (email = ? and ?::boolean) order by at`, [account, emailKey ?? "0", emailKey !== null]),
      db.raw(`select order_id, kind, fraud, occurred_at, amount, currency_code, source, note from finesse_risk_outcome where order_id = any(?) and deleted_at is null order by occurred_at`, [orderIds]),
      db.raw(`select id, list, kind, value, note, created_at from finesse_risk_list_entry where deleted_at is null and value_hash = any(?)`, [
        [cipher.hash(`customer:${customerId}`), ...(email ? [cipher.hash(`email:${email}`)] : [])],
      ]),
    ])
    return {
      assessments: await assessmentViews(container, a.rows),
      counter_rows: uses.rows,
      outcomes: outcomes.rows,
      list_entries: lists.rows.map((e: any) => ({ ...e, value: fieldCipher(container).decrypt(e.value) })),
    }
  },
  async eraseCustomer(container, customerId) {
    const { db, cipher } = riskServices(container)
    const email = await emailOf(container, customerId)
    const account = storedAccountKey(customerId, cipher.hash)
    const emailKey = email ? hashToInt64(cipher.hash(`email:${email}`)) : null
    const hashes = [cipher.hash(`customer:${customerId}`), ...(email ? [cipher.hash(`email:${email}`)] : [])]
    const result = await db.transaction(async (trx: any) => {
      const orders = await trx.raw(`select distinct order_id from finesse_risk_assessment where customer_id = ? and order_id is not null`, [customerId])
      const orderIds = orders.rows.map((r: any) => r.order_id)
      const outcomes = await trx.raw(`delete from finesse_risk_outcome where order_id = any(?)`, [orderIds])
      const assessments = await trx.raw(`delete from finesse_risk_assessment where customer_id = ?`, [customerId])
      const uses = await trx.raw(`delete from finesse_risk_use where account = ? or (email = ? and ?::boolean)`, [account, emailKey ?? "0", emailKey !== null])
      const allow = await trx.raw(`delete from finesse_risk_list_entry where list = 'allow' and value_hash = any(?)`, [hashes])
      const kept = await trx.raw(`select count(*)::int n from finesse_risk_list_entry where list = 'block' and value_hash = any(?) and deleted_at is null`, [hashes])
      return {
        assessments: assessments.rowCount ?? 0,
        counter_rows: uses.rowCount ?? 0,
        outcomes: outcomes.rowCount ?? 0,
        allow_list_entries: allow.rowCount ?? 0,
        block_list_entries_kept: kept.rows[0].n,
      }
    })
    invalidateRiskSettings()
    return result
  },
})
