import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125180113 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "finesse_rec_touch" drop constraint if exists "finesse_rec_touch_source_key_unique";`);
    this.addSql(`alter table if exists "finesse_rec_setting" drop constraint if exists "finesse_rec_setting_key_unique";`);
    this.addSql(`alter table if exists "finesse_rec_product_state" drop constraint if exists "finesse_rec_product_state_product_id_sales_channel_id_currency_code_unique";`);
    this.addSql(`alter table if exists "finesse_rec_model_version" drop constraint if exists "finesse_rec_model_version_number_unique";`);
    this.addSql(`alter table if exists "finesse_rec_experiment" drop constraint if exists "finesse_rec_experiment_number_unique";`);
    this.addSql(`alter table if exists "finesse_rec_delivery" drop constraint if exists "finesse_rec_delivery_delivery_key_unique";`);
    this.addSql(`alter table if exists "finesse_rec_conversion" drop constraint if exists "finesse_rec_conversion_conversion_key_type_unique";`);
    this.addSql(`alter table if exists "finesse_rec_consent" drop constraint if exists "finesse_rec_consent_customer_id_unique";`);
    this.addSql(`alter table if exists "finesse_rec_campaign" drop constraint if exists "finesse_rec_campaign_number_unique";`);
    this.addSql(`alter table if exists "finesse_rec_artefact" drop constraint if exists "finesse_rec_artefact_version_id_kind_unique";`);
    this.addSql(`create table if not exists "finesse_rec_artefact" ("id" text not null, "version_id" text not null, "kind" text not null, "size_bytes" integer not null default 0, "data" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_rec_artefact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_artefact_deleted_at" ON "finesse_rec_artefact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_rec_artefact_version_id_kind_unique" ON "finesse_rec_artefact" ("version_id", "kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_rec_cache_invalidation" ("id" text not null, "scope" text not null, "product_ids" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_rec_cache_invalidation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_cache_invalidation_deleted_at" ON "finesse_rec_cache_invalidation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_cache_invalidation_created_at" ON "finesse_rec_cache_invalidation" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_rec_campaign" ("id" text not null, "number" serial, "name" text not null, "trigger" text check ("trigger" in ('abandoned_cart', 'back_in_stock', 'price_drop', 'replenishment', 'new_arrivals')) not null, "channel" text not null default 'email', "status" text check ("status" in ('draft', 'active', 'paused')) not null default 'draft', "template" text not null default 'finesse-recommendations', "subject" text null, "item_count" integer not null default 4, "cooldown_days" integer not null default 7, "params" jsonb null, "last_run_at" timestamptz null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_rec_campaign_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_campaign_deleted_at" ON "finesse_rec_campaign" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_rec_campaign_number_unique" ON "finesse_rec_campaign" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_campaign_status" ON "finesse_rec_campaign" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_rec_consent" ("id" text not null, "customer_id" text not null, "email" boolean not null default false, "sms" boolean not null default false, "feed" boolean not null default false, "source" text null, "unsubscribed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_rec_consent_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_consent_deleted_at" ON "finesse_rec_consent" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_rec_consent_customer_id_unique" ON "finesse_rec_consent" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_rec_conversion" ("id" text not null, "conversion_key" text not null, "type" text check ("type" in ('add_to_cart', 'order')) not null, "recommendation_id" text not null, "placement" text not null, "strategy" text not null, "model_version" integer not null, "experiment_number" integer null, "variant" text null, "product_id" text not null, "customer_id" text null, "anonymous_id" text null, "order_id" text null, "quantity" integer not null default 1, "amount" integer not null default 0, "currency_code" text null, "occurred_at" timestamptz not null, "touch_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_rec_conversion_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_conversion_deleted_at" ON "finesse_rec_conversion" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_rec_conversion_conversion_key_type_unique" ON "finesse_rec_conversion" ("conversion_key", "type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_conversion_occurred_at" ON "finesse_rec_conversion" ("occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_conversion_recommendation_id" ON "finesse_rec_conversion" ("recommendation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_conversion_experiment_number_variant" ON "finesse_rec_conversion" ("experiment_number", "variant") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_rec_delivery" ("id" text not null, "delivery_key" text not null, "campaign_id" text not null, "customer_id" text not null, "channel" text not null, "to" text null, "status" text check ("status" in ('scheduled', 'sending', 'sent', 'failed', 'skipped')) not null default 'scheduled', "reason" text null, "scheduled_for" timestamptz not null, "sent_at" timestamptz null, "notification_id" text null, "recommendation_id" text null, "product_ids" jsonb null, "data" jsonb null, "opened_at" timestamptz null, "open_count" integer not null default 0, "clicked_at" timestamptz null, "click_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_rec_delivery_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_delivery_deleted_at" ON "finesse_rec_delivery" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_rec_delivery_delivery_key_unique" ON "finesse_rec_delivery" ("delivery_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_delivery_campaign_id_status" ON "finesse_rec_delivery" ("campaign_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_delivery_customer_id_scheduled_for" ON "finesse_rec_delivery" ("customer_id", "scheduled_for") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_delivery_status_scheduled_for" ON "finesse_rec_delivery" ("status", "scheduled_for") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_rec_evaluation" ("id" text not null, "version_id" text not null, "version_number" integer not null, "model" text not null, "protocol" text not null, "k" integer not null, "users" integer not null, "hr" real not null, "recall" real not null, "ndcg" real not null, "cut_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_rec_evaluation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_evaluation_deleted_at" ON "finesse_rec_evaluation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_evaluation_version_id" ON "finesse_rec_evaluation" ("version_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_evaluation_model_protocol_created_at" ON "finesse_rec_evaluation" ("model", "protocol", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_rec_experiment" ("id" text not null, "number" serial, "name" text not null, "placement" text not null, "strategy_a" text not null, "strategy_b" text not null, "traffic_b" integer not null default 50, "status" text check ("status" in ('draft', 'running', 'stopped')) not null default 'draft', "confidence" real not null default 0.95, "started_at" timestamptz null, "stopped_at" timestamptz null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_rec_experiment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_experiment_deleted_at" ON "finesse_rec_experiment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_rec_experiment_number_unique" ON "finesse_rec_experiment" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_rec_experiment_running" ON "finesse_rec_experiment" ("placement") WHERE status = 'running' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_rec_model_version" ("id" text not null, "number" serial, "status" text check ("status" in ('building', 'ready', 'failed', 'retired')) not null default 'building', "serving" boolean not null default false, "trigger" text not null default 'manual', "job_id" text null, "started_at" timestamptz not null, "finished_at" timestamptz null, "duration_ms" integer null, "data_until" timestamptz null, "counts" jsonb null, "metrics" jsonb null, "params" jsonb null, "artefact_bytes" integer not null default 0, "error" text null, "activated_at" timestamptz null, "activated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_rec_model_version_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_model_version_deleted_at" ON "finesse_rec_model_version" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_rec_model_version_number_unique" ON "finesse_rec_model_version" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_rec_model_version_serving" ON "finesse_rec_model_version" ("serving") WHERE serving = true AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_model_version_status_created_at" ON "finesse_rec_model_version" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_rec_product_state" ("id" text not null, "product_id" text not null, "sales_channel_id" text not null, "currency_code" text not null, "in_stock" boolean not null, "price" integer null, "previous_price" integer null, "stock_changed_at" timestamptz null, "price_changed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_rec_product_state_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_product_state_deleted_at" ON "finesse_rec_product_state" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_rec_product_state_product_id_sales_channel_id_currency_code_unique" ON "finesse_rec_product_state" ("product_id", "sales_channel_id", "currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_rec_rule" ("id" text not null, "name" text not null, "action" text check ("action" in ('pin', 'boost', 'bury', 'block')) not null, "target_type" text check ("target_type" in ('product', 'category', 'collection', 'tag')) not null, "target_id" text not null, "placement" text null, "weight" real null, "position" integer null, "starts_at" timestamptz null, "ends_at" timestamptz null, "enabled" boolean not null default true, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_rec_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_rule_deleted_at" ON "finesse_rec_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_rule_placement" ON "finesse_rec_rule" ("placement") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_rule_target_type_target_id" ON "finesse_rec_rule" ("target_type", "target_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_rec_setting" ("id" text not null, "key" text not null, "value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_rec_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_setting_deleted_at" ON "finesse_rec_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_rec_setting_key_unique" ON "finesse_rec_setting" ("key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_rec_touch" ("id" text not null, "source_key" text not null, "type" text check ("type" in ('impression', 'click')) not null, "recommendation_id" text not null, "placement" text not null, "strategy" text not null, "model_version" integer not null, "experiment_number" integer null, "variant" text null, "customer_id" text null, "anonymous_id" text null, "product_id" text null, "product_ids" jsonb null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_rec_touch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_touch_deleted_at" ON "finesse_rec_touch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_rec_touch_source_key_unique" ON "finesse_rec_touch" ("source_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_touch_occurred_at" ON "finesse_rec_touch" ("occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_touch_recommendation_id" ON "finesse_rec_touch" ("recommendation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_touch_customer_id_occurred_at" ON "finesse_rec_touch" ("customer_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_touch_anonymous_id_occurred_at" ON "finesse_rec_touch" ("anonymous_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_rec_touch_experiment_number_variant" ON "finesse_rec_touch" ("experiment_number", "variant") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finesse_rec_artefact" cascade;`);

    this.addSql(`drop table if exists "finesse_rec_cache_invalidation" cascade;`);

    this.addSql(`drop table if exists "finesse_rec_campaign" cascade;`);

    this.addSql(`drop table if exists "finesse_rec_consent" cascade;`);

    this.addSql(`drop table if exists "finesse_rec_conversion" cascade;`);

    this.addSql(`drop table if exists "finesse_rec_delivery" cascade;`);

    this.addSql(`drop table if exists "finesse_rec_evaluation" cascade;`);

    this.addSql(`drop table if exists "finesse_rec_experiment" cascade;`);

    this.addSql(`drop table if exists "finesse_rec_model_version" cascade;`);

    this.addSql(`drop table if exists "finesse_rec_product_state" cascade;`);

    this.addSql(`drop table if exists "finesse_rec_rule" cascade;`);

    this.addSql(`drop table if exists "finesse_rec_setting" cascade;`);

    this.addSql(`drop table if exists "finesse_rec_touch" cascade;`);
  }

}
