import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125164134 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "finesse_variant_cost" drop constraint if exists "finesse_variant_cost_variant_id_currency_code_unique";`);
    this.addSql(`alter table if exists "finesse_rollup_dirty" drop constraint if exists "finesse_rollup_dirty_day_scope_unique";`);
    this.addSql(`alter table if exists "finesse_event_rejection" drop constraint if exists "finesse_event_rejection_day_reason_action_unique";`);
    this.addSql(`alter table if exists "finesse_event" drop constraint if exists "finesse_event_client_event_id_unique";`);
    this.addSql(`alter table if exists "finesse_daily_traffic" drop constraint if exists "finesse_daily_traffic_day_sales_channel_id_unique";`);
    this.addSql(`alter table if exists "finesse_daily_sales" drop constraint if exists "finesse_daily_sales_day_currency_code_sales_channel_id_region_id_unique";`);
    this.addSql(`alter table if exists "finesse_daily_product_sales" drop constraint if exists "finesse_daily_product_sales_day_currency_code_sales_channel_id_region_id_product_id_category_id_unique";`);
    this.addSql(`alter table if exists "finesse_customer_cohort" drop constraint if exists "finesse_customer_cohort_cohort_month_active_month_unique";`);
    this.addSql(`create table if not exists "finesse_customer_cohort" ("id" text not null, "cohort_month" text not null, "active_month" text not null, "customers" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_customer_cohort_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_customer_cohort_deleted_at" ON "finesse_customer_cohort" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_customer_cohort_cohort_month_active_month_unique" ON "finesse_customer_cohort" ("cohort_month", "active_month") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_daily_product_sales" ("id" text not null, "day" text not null, "currency_code" text not null, "sales_channel_id" text not null default '', "region_id" text not null default '', "product_id" text not null default '', "category_id" text not null default '', "orders" integer not null default 0, "units" integer not null default 0, "revenue" integer not null default 0, "cost" integer not null default 0, "margin" integer not null default 0, "returned_units" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_daily_product_sales_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_daily_product_sales_deleted_at" ON "finesse_daily_product_sales" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_daily_product_sales_day_currency_code_sales_channel_id_region_id_product_id_category_id_unique" ON "finesse_daily_product_sales" ("day", "currency_code", "sales_channel_id", "region_id", "product_id", "category_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_daily_product_sales_category_id_day" ON "finesse_daily_product_sales" ("category_id", "day") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_daily_sales" ("id" text not null, "day" text not null, "currency_code" text not null, "sales_channel_id" text not null default '', "region_id" text not null default '', "orders" integer not null default 0, "canceled_orders" integer not null default 0, "units" integer not null default 0, "gross" integer not null default 0, "subtotal" integer not null default 0, "discount" integer not null default 0, "shipping" integer not null default 0, "tax" integer not null default 0, "refunds" integer not null default 0, "cost" integer not null default 0, "margin" integer not null default 0, "costed_revenue" integer not null default 0, "costed_margin" integer not null default 0, "first_orders" integer not null default 0, "repeat_orders" integer not null default 0, "guest_orders" integer not null default 0, "refunded_orders" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_daily_sales_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_daily_sales_deleted_at" ON "finesse_daily_sales" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_daily_sales_day_currency_code_sales_channel_id_region_id_unique" ON "finesse_daily_sales" ("day", "currency_code", "sales_channel_id", "region_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_daily_traffic" ("id" text not null, "day" text not null, "sales_channel_id" text not null default '', "events" integer not null default 0, "sessions" integer not null default 0, "visitors" integer not null default 0, "product_views" integer not null default 0, "searches" integer not null default 0, "cart_adds" integer not null default 0, "checkouts" integer not null default 0, "sessions_viewed" integer not null default 0, "sessions_carted" integer not null default 0, "sessions_checkout" integer not null default 0, "sessions_ordered" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_daily_traffic_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_daily_traffic_deleted_at" ON "finesse_daily_traffic" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_daily_traffic_day_sales_channel_id_unique" ON "finesse_daily_traffic" ("day", "sales_channel_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_event" ("id" text not null, "client_event_id" text not null, "type" text not null, "source" text not null default 'storefront', "anonymous_id" text null, "session_id" text null, "customer_id" text null, "sales_channel_id" text null, "occurred_at" timestamptz not null, "received_at" timestamptz not null, "product_id" text null, "variant_id" text null, "category_id" text null, "cart_id" text null, "order_id" text null, "recommendation_id" text null, "query" text null, "result_count" integer null, "quantity" integer null, "amount" integer null, "currency_code" text null, "properties" jsonb null, "flags" text[] null, "ip_hash" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_event_deleted_at" ON "finesse_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_event_client_event_id_unique" ON "finesse_event" ("client_event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_event_occurred_at" ON "finesse_event" ("occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_event_type_occurred_at" ON "finesse_event" ("type", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_event_session_id" ON "finesse_event" ("session_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_event_anonymous_id_occurred_at" ON "finesse_event" ("anonymous_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_event_customer_id_occurred_at" ON "finesse_event" ("customer_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_event_product_id_occurred_at" ON "finesse_event" ("product_id", "occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_event_rejection" ("id" text not null, "day" text not null, "reason" text not null, "action" text not null, "count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_event_rejection_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_event_rejection_deleted_at" ON "finesse_event_rejection" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_event_rejection_day_reason_action_unique" ON "finesse_event_rejection" ("day", "reason", "action") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_order_fact" ("id" text not null, "display_id" integer null, "customer_id" text null, "anonymous_id" text null, "session_id" text null, "sales_channel_id" text null, "region_id" text null, "currency_code" text not null, "placed_at" timestamptz not null, "status" text not null, "canceled_at" timestamptz null, "customer_order_index" integer null, "item_count" integer not null default 0, "units" integer not null default 0, "subtotal" integer not null default 0, "discount_total" integer not null default 0, "shipping_total" integer not null default 0, "tax_total" integer not null default 0, "total" integer not null default 0, "cost_total" integer not null default 0, "margin" integer not null default 0, "refund_total" integer not null default 0, "returned_units" integer not null default 0, "promotion_codes" text[] null, "cost_complete" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_order_fact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_order_fact_deleted_at" ON "finesse_order_fact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_order_fact_placed_at" ON "finesse_order_fact" ("placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_order_fact_customer_id_placed_at" ON "finesse_order_fact" ("customer_id", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_order_fact_sales_channel_id_placed_at" ON "finesse_order_fact" ("sales_channel_id", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_order_fact_region_id_placed_at" ON "finesse_order_fact" ("region_id", "placed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_order_line_fact" ("id" text not null, "order_id" text not null, "placed_at" timestamptz not null, "status" text not null, "customer_id" text null, "sales_channel_id" text null, "region_id" text null, "currency_code" text not null, "product_id" text null, "variant_id" text null, "category_id" text null, "title" text null, "quantity" integer not null, "unit_price" integer not null, "subtotal" integer not null, "discount_total" integer not null default 0, "total" integer not null, "unit_cost" integer null, "cost_total" integer not null default 0, "margin" integer not null default 0, "returned_quantity" integer not null default 0, "refund_amount" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_order_line_fact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_order_line_fact_deleted_at" ON "finesse_order_line_fact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_order_line_fact_order_id" ON "finesse_order_line_fact" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_order_line_fact_placed_at" ON "finesse_order_line_fact" ("placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_order_line_fact_product_id_placed_at" ON "finesse_order_line_fact" ("product_id", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_order_line_fact_category_id_placed_at" ON "finesse_order_line_fact" ("category_id", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_order_line_fact_customer_id_placed_at" ON "finesse_order_line_fact" ("customer_id", "placed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_rollup_dirty" ("id" text not null, "day" text not null, "scope" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_rollup_dirty_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rollup_dirty_deleted_at" ON "finesse_rollup_dirty" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_rollup_dirty_day_scope_unique" ON "finesse_rollup_dirty" ("day", "scope") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_variant_cost" ("id" text not null, "variant_id" text not null, "currency_code" text not null, "amount" integer not null, "source" text not null default 'manual', "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_variant_cost_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_variant_cost_deleted_at" ON "finesse_variant_cost" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_variant_cost_variant_id_currency_code_unique" ON "finesse_variant_cost" ("variant_id", "currency_code") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finesse_customer_cohort" cascade;`);

    this.addSql(`drop table if exists "finesse_daily_product_sales" cascade;`);

    this.addSql(`drop table if exists "finesse_daily_sales" cascade;`);

    this.addSql(`drop table if exists "finesse_daily_traffic" cascade;`);

    this.addSql(`drop table if exists "finesse_event" cascade;`);

    this.addSql(`drop table if exists "finesse_event_rejection" cascade;`);

    this.addSql(`drop table if exists "finesse_order_fact" cascade;`);

    this.addSql(`drop table if exists "finesse_order_line_fact" cascade;`);

    this.addSql(`drop table if exists "finesse_rollup_dirty" cascade;`);

    this.addSql(`drop table if exists "finesse_variant_cost" cascade;`);
  }

}
