import { model } from "@medusajs/framework/utils"

// Daily rollups kept by the rollup job so KPI reads stay fast as data grows. Days are UTC dates as YYYY-MM-DD
// text (ISO dates compare correctly as text). Empty dimensions are stored as "" so unique keys work.

/** Orders and money per day, currency, sales channel and region (minor units). */
export const FinesseDailySales = model
  .define("finesse_daily_sales", {
    id: model.id({ prefix: "fds" }).primaryKey(),
    day: model.text(),
    currency_code: model.text(),
    sales_channel_id: model.text().default(""),
    region_id: model.text().default(""),
    orders: model.number().default(0),
    canceled_orders: model.number().default(0),
    units: model.number().default(0),
    gross: model.number().default(0),
    subtotal: model.number().default(0),
    discount: model.number().default(0),
    shipping: model.number().default(0),
    tax: model.number().default(0),
    refunds: model.number().default(0),
    cost: model.number().default(0),
    margin: model.number().default(0),
    // goods revenue (subtotal - discount) of orders whose every line has a cost: the base of margin %
    costed_revenue: model.number().default(0),
    costed_margin: model.number().default(0),
    first_orders: model.number().default(0),
    repeat_orders: model.number().default(0),
    guest_orders: model.number().default(0),
    refunded_orders: model.number().default(0),
  })
  .indexes([{ on: ["day", "currency_code", "sales_channel_id", "region_id"], unique: true }])

/** Units and revenue per day, product and category (and the same dimensions as daily sales). */
export const FinesseDailyProductSales = model
  .define("finesse_daily_product_sales", {
    id: model.id({ prefix: "fdps" }).primaryKey(),
    day: model.text(),
    currency_code: model.text(),
    sales_channel_id: model.text().default(""),
    region_id: model.text().default(""),
    product_id: model.text().default(""),
    category_id: model.text().default(""),
    orders: model.number().default(0),
    units: model.number().default(0),
    revenue: model.number().default(0),
    cost: model.number().default(0),
    margin: model.number().default(0),
    returned_units: model.number().default(0),
  })
  .indexes([
    { on: ["day", "currency_code", "sales_channel_id", "region_id", "product_id", "category_id"], unique: true },
    { on: ["category_id", "day"] },
  ])

/** Sessions and the storefront funnel per day and sales channel. */
export const FinesseDailyTraffic = model
  .define("finesse_daily_traffic", {
    id: model.id({ prefix: "fdt" }).primaryKey(),
    day: model.text(),
    sales_channel_id: model.text().default(""),
    events: model.number().default(0),
    sessions: model.number().default(0),
    visitors: model.number().default(0),
    product_views: model.number().default(0),
    searches: model.number().default(0),
    cart_adds: model.number().default(0),
    checkouts: model.number().default(0),
    sessions_viewed: model.number().default(0),
    sessions_carted: model.number().default(0),
    sessions_checkout: model.number().default(0),
    sessions_ordered: model.number().default(0),
  })
  .indexes([{ on: ["day", "sales_channel_id"], unique: true }])

/** Customers by first-order month and month of activity: the retention cohort matrix. */
export const FinesseCustomerCohort = model
  .define("finesse_customer_cohort", {
    id: model.id({ prefix: "fcc" }).primaryKey(),
    cohort_month: model.text(), // YYYY-MM
    active_month: model.text(), // YYYY-MM
    customers: model.number().default(0),
  })
  .indexes([{ on: ["cohort_month", "active_month"], unique: true }])

/** Days whose rollups are out of date (scope: sales | traffic). Written by ingestion and fact updates. */
export const FinesseRollupDirty = model
  .define("finesse_rollup_dirty", {
    id: model.id({ prefix: "frd" }).primaryKey(),
    day: model.text(),
    scope: model.text(),
  })
  .indexes([{ on: ["day", "scope"], unique: true }])
