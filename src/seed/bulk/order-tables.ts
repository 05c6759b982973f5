import { type Column, rawJson, TableBuffer } from "./table"

const T = (name: string, type: Column[1] = "text"): Column => [name, type]
const TIMES = [T("created_at", "timestamptz"), T("updated_at", "timestamptz")]
const LINK = [T("id"), ...TIMES]
const EMPTY = `'{}'::jsonb`
const ADDRESS = [T("first_name"), T("last_name"), T("address_1"), T("city"), T("country_code"), T("province"), T("postal_code"), T("phone")]
/** Product data a line item snapshots (cart_line_item and order_line_item alike). */
const LINE = [
  T("title"), T("subtitle"), T("variant_id"), T("product_id"), T("product_title"), T("product_description"),
  T("product_collection"), T("product_handle"), T("variant_sku"), T("variant_title"), T("unit_price", "numeric+raw"),
]
const LINE_FLAGS = {
  requires_shipping: "true", is_discountable: "true", is_tax_inclusive: "false", is_custom_price: "false",
  is_giftcard: "false", metadata: EMPTY,
}

/** order_summary.totals from the eight figures (major units) computed in order-money.ts. */
const SUMMARY_FIELDS = [
  "paid_total", "refunded_total", "accounting_total", "credit_line_total", "transaction_total",
  "pending_difference", "current_order_total", "original_order_total",
]
const summaryJson = `jsonb_build_object(${SUMMARY_FIELDS.map((f) => `'${f}', u."${f}", 'raw_${f}', ${rawJson(`u."${f}"`)}`).join(", ")})`

/**
 * The tables (and columns) one placed-and-completed order touches, in insert order, as read off a database diff
 * of Medusa 2.21.2's own flows (cart → complete cart → capture → fulfill → ship → deliver → complete; cancel;
 * return request → receive → refund). Columns left out keep their defaults (null / false / 0), as in those rows;
 * constant ones are written by SQL.
 */
export function createOrderTables() {
  return {
    cart_address: new TableBuffer("cart_address", [T("id"), ...ADDRESS, ...TIMES]),
    cart: new TableBuffer("cart", [
      T("id"), T("region_id"), T("customer_id"), T("sales_channel_id"), T("email"), T("currency_code"),
      T("shipping_address_id"), T("billing_address_id"), T("metadata", "jsonb"), T("completed_at", "timestamptz"), ...TIMES,
    ]),
    cart_line_item: new TableBuffer("cart_line_item", [T("id"), T("cart_id"), T("quantity", "int4"), ...LINE, ...TIMES], LINE_FLAGS),
    cart_line_item_adjustment: new TableBuffer(
      "cart_line_item_adjustment",
      [T("id"), T("promotion_id"), T("code"), T("amount", "numeric+raw"), T("item_id"), ...TIMES],
      { is_tax_inclusive: "false" }
    ),
    cart_promotion: new TableBuffer("cart_promotion", [T("cart_id"), T("promotion_id"), ...LINK]),
    cart_shipping_method: new TableBuffer(
      "cart_shipping_method",
      [T("id"), T("cart_id"), T("name"), T("amount", "numeric+raw"), T("shipping_option_id"), ...TIMES],
      { is_tax_inclusive: "false", data: EMPTY }
    ),
    payment_collection: new TableBuffer("payment_collection", [
      T("id"), T("currency_code"), T("amount", "numeric+raw"), T("authorized_amount", "numeric+raw"),
      T("captured_amount", "numeric+raw"), T("refunded_amount", "numeric+raw"), T("status"),
      T("completed_at", "timestamptz"), ...TIMES,
    ]),
    cart_payment_collection: new TableBuffer("cart_payment_collection", [T("cart_id"), T("payment_collection_id"), ...LINK]),
    payment_session: new TableBuffer(
      "payment_session",
      [T("id"), T("currency_code"), T("amount", "numeric+raw"), T("authorized_at", "timestamptz"), T("payment_collection_id"), ...TIMES],
      { provider_id: `'pp_system_default'`, data: EMPTY, context: EMPTY, status: `'authorized'`, metadata: EMPTY }
    ),
    order_address: new TableBuffer("order_address", [T("id"), ...ADDRESS, ...TIMES]),
    order: new TableBuffer(
      "order",
      [
        T("id"), T("region_id"), T("display_id", "int4"), T("customer_id"), T("version", "int4"), T("sales_channel_id"),
        T("status", "order_status_enum"), T("email"), T("currency_code"), T("shipping_address_id"),
        T("billing_address_id"), T("metadata", "jsonb"), T("canceled_at", "timestamptz"), ...TIMES,
      ],
      { is_draft_order: "false", no_notification: "false" }
    ),
    order_line_item: new TableBuffer("order_line_item", [T("id"), ...LINE, ...TIMES], LINE_FLAGS),
    order_item: new TableBuffer(
      "order_item",
      [
        T("id"), T("order_id"), T("version", "int4"), T("item_id"), T("quantity", "numeric+raw"),
        T("fulfilled_quantity", "numeric+raw"), T("shipped_quantity", "numeric+raw"), T("delivered_quantity", "numeric+raw"),
        T("return_requested_quantity", "numeric+raw"), T("return_received_quantity", "numeric+raw"),
        T("unit_price", "numeric+raw"), ...TIMES,
      ],
      { return_dismissed_quantity: "0", written_off_quantity: "0", metadata: EMPTY }
    ),
    order_line_item_adjustment: new TableBuffer(
      "order_line_item_adjustment",
      [T("id"), T("promotion_id"), T("code"), T("amount", "numeric+raw"), T("item_id"), T("version", "int4"), ...TIMES],
      { is_tax_inclusive: "false" }
    ),
    order_promotion: new TableBuffer("order_promotion", [T("order_id"), T("promotion_id"), ...LINK]),
    order_shipping_method: new TableBuffer(
      "order_shipping_method",
      [T("id"), T("name"), T("amount", "numeric+raw"), T("shipping_option_id"), ...TIMES],
      { is_tax_inclusive: "false", data: EMPTY, is_custom_amount: "false" }
    ),
    order_shipping: new TableBuffer("order_shipping", [
      T("id"), T("order_id"), T("version", "int4"), T("shipping_method_id"), T("return_id"), ...TIMES,
    ]),
    order_summary: new TableBuffer(
      "order_summary",
      [T("id"), T("order_id"), T("version", "int4"), ...SUMMARY_FIELDS.map((f) => T(f, "virtual:numeric")), ...TIMES],
      { totals: summaryJson }
    ),
    order_cart: new TableBuffer("order_cart", [T("order_id"), T("cart_id"), ...LINK]),
    order_payment_collection: new TableBuffer("order_payment_collection", [T("order_id"), T("payment_collection_id"), ...LINK]),
    payment: new TableBuffer(
      "payment",
      [
        T("id"), T("amount", "numeric+raw"), T("currency_code"), T("captured_at", "timestamptz"),
        T("canceled_at", "timestamptz"), T("payment_collection_id"), T("payment_session_id"), ...TIMES,
      ],
      { provider_id: `'pp_system_default'`, data: EMPTY }
    ),
    capture: new TableBuffer("capture", [T("id"), T("amount", "numeric+raw"), T("payment_id"), ...TIMES]),
    refund: new TableBuffer("refund", [T("id"), T("amount", "numeric+raw"), T("payment_id"), ...TIMES]),
    order_transaction: new TableBuffer("order_transaction", [
      T("id"), T("order_id"), T("version", "int4"), T("amount", "numeric+raw"), T("currency_code"), T("reference"),
      T("reference_id"), ...TIMES,
    ]),
    promotion_campaign_budget_usage: new TableBuffer("promotion_campaign_budget_usage", [
      T("id"), T("attribute_value"), T("used", "numeric+raw"), T("budget_id"), ...TIMES,
    ]),
    fulfillment_address: new TableBuffer("fulfillment_address", [T("id"), ...ADDRESS, ...TIMES]),
    fulfillment: new TableBuffer(
      "fulfillment",
      [
        T("id"), T("location_id"), T("packed_at", "timestamptz"), T("shipped_at", "timestamptz"),
        T("delivered_at", "timestamptz"), T("shipping_option_id"), T("delivery_address_id"), ...TIMES,
      ],
      { data: EMPTY, provider_id: `'manual_manual'`, requires_shipping: "true" }
    ),
    fulfillment_item: new TableBuffer(
      "fulfillment_item",
      [T("id"), T("title"), T("sku"), T("quantity", "numeric+raw"), T("line_item_id"), T("inventory_item_id"), T("fulfillment_id"), ...TIMES],
      { barcode: `''` }
    ),
    fulfillment_label: new TableBuffer("fulfillment_label", [
      T("id"), T("tracking_number"), T("tracking_url"), T("label_url"), T("fulfillment_id"), ...TIMES,
    ]),
    order_fulfillment: new TableBuffer("order_fulfillment", [T("order_id"), T("fulfillment_id"), ...LINK]),
    return: new TableBuffer("return", [
      T("id"), T("order_id"), T("order_version", "int4"), T("status", "return_status_enum"), T("location_id"),
      T("requested_at", "timestamptz"), T("received_at", "timestamptz"), ...TIMES,
    ]),
    return_item: new TableBuffer(
      "return_item",
      [T("id"), T("return_id"), T("item_id"), T("quantity", "numeric+raw"), T("received_quantity", "numeric+raw"), ...TIMES],
      { damaged_quantity: "0", raw_damaged_quantity: rawJson("0"), metadata: EMPTY }
    ),
    return_fulfillment: new TableBuffer("return_fulfillment", [T("return_id"), T("fulfillment_id"), ...LINK]),
    order_credit_line: new TableBuffer("order_credit_line", [
      T("id"), T("order_id"), T("reference"), T("reference_id"), T("amount", "numeric+raw"), T("metadata", "jsonb"),
      T("version", "int4"), ...TIMES,
    ]),
    order_change: new TableBuffer("order_change", [
      T("id"), T("order_id"), T("version", "int4"), T("status"), T("confirmed_at", "timestamptz"), T("change_type"),
      T("return_id"), ...TIMES,
    ]),
    order_change_action: new TableBuffer(
      "order_change_action",
      [
        T("id"), T("order_id"), T("version", "int4"), T("order_change_id"), T("reference"), T("reference_id"), T("action"),
        T("details", "jsonb"), T("amount", "numeric+raw"), T("return_id"), ...TIMES,
      ],
      { applied: "true" }
    ),
  }
}

export type OrderTables = ReturnType<typeof createOrderTables>
