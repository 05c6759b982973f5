import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204195012 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "finesse_promotion_plan" drop constraint if exists "finesse_promotion_plan_promotion_id_unique";`);
    this.addSql(`alter table if exists "finesse_promotion_experiment_arm" drop constraint if exists "finesse_promotion_experiment_arm_experiment_id_code_unique";`);
    this.addSql(`alter table if exists "finesse_promotion_assignment" drop constraint if exists "finesse_promotion_assignment_experiment_id_customer_id_unique";`);
    this.addSql(`create table if not exists "finesse_promotion_assignment" ("id" text not null, "experiment_id" text not null, "customer_id" text not null, "arm" text not null, "assigned_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_promotion_assignment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_assignment_deleted_at" ON "finesse_promotion_assignment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_promotion_assignment_experiment_id_customer_id_unique" ON "finesse_promotion_assignment" ("experiment_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_assignment_customer_id" ON "finesse_promotion_assignment" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_promotion_attribution_run" ("id" text not null, "model" text check ("model" in ('last_touch', 'first_touch', 'position_based')) not null, "currency_code" text not null, "since" timestamptz not null, "until" timestamptz not null, "lookback_days" integer not null default 30, "orders" integer not null default 0, "untouched_orders" integer not null default 0, "touches" integer not null default 0, "by_channel" jsonb not null, "by_campaign" jsonb not null, "roi" jsonb not null, "job_id" text null, "computed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_promotion_attribution_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_attribution_run_deleted_at" ON "finesse_promotion_attribution_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_attribution_run_model_computed_at" ON "finesse_promotion_attribution_run" ("model", "computed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_promotion_channel_spend" ("id" text not null, "channel" text not null, "campaign" text null, "amount" integer not null, "currency_code" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "source" text check ("source" in ('manual', 'import', 'demo')) not null default 'manual', "note" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_promotion_channel_spend_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_channel_spend_deleted_at" ON "finesse_promotion_channel_spend" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_channel_spend_channel_starts_at" ON "finesse_promotion_channel_spend" ("channel", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_promotion_check_result" ("id" text not null, "promotion_id" text not null, "run_id" text not null, "code" text not null, "status" text check ("status" in ('pass', 'warn', 'fail')) not null, "message" text not null, "figures" jsonb not null, "run_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_promotion_check_result_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_check_result_deleted_at" ON "finesse_promotion_check_result" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_check_result_promotion_id_run_at" ON "finesse_promotion_check_result" ("promotion_id", "run_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_promotion_evaluation" ("id" text not null, "promotion_id" text not null, "code" text not null, "experiment_id" text null, "design" text not null, "status" text check ("status" in ('ready', 'no_control', 'failed')) not null default 'ready', "message" text null, "currency_code" text null, "verdict" text null, "net_effect" integer null, "net_effect_low" integer null, "net_effect_high" integer null, "report" jsonb null, "as_of" timestamptz not null, "job_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_promotion_evaluation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_evaluation_deleted_at" ON "finesse_promotion_evaluation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_evaluation_promotion_id_as_of" ON "finesse_promotion_evaluation" ("promotion_id", "as_of") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_promotion_experiment" ("id" text not null, "name" text not null, "kind" text check ("kind" in ('holdout', 'ab')) not null, "key" text not null, "holdout_share" real not null default 0, "audience_group_id" text null, "status" text check ("status" in ('running', 'stopped')) not null default 'running', "currency_code" text null, "started_at" timestamptz null, "stopped_at" timestamptz null, "member_count" integer not null default 0, "synced_at" timestamptz null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_promotion_experiment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_experiment_deleted_at" ON "finesse_promotion_experiment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_experiment_status_created_at" ON "finesse_promotion_experiment" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_promotion_experiment_arm" ("id" text not null, "experiment_id" text not null, "code" text not null, "weight" real not null default 1, "promotion_id" text null, "customer_group_id" text null, "member_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_promotion_experiment_arm_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_experiment_arm_deleted_at" ON "finesse_promotion_experiment_arm" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_promotion_experiment_arm_experiment_id_code_unique" ON "finesse_promotion_experiment_arm" ("experiment_id", "code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_promotion_order_attribution" ("id" text not null, "run_id" text not null, "order_id" text not null, "customer_id" text null, "channel" text not null, "campaign" text null, "weight" real not null, "revenue" integer not null, "margin" integer not null, "new_customer" boolean not null default false, "placed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_promotion_order_attribution_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_order_attribution_deleted_at" ON "finesse_promotion_order_attribution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_order_attribution_run_id_channel" ON "finesse_promotion_order_attribution" ("run_id", "channel") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_order_attribution_customer_id" ON "finesse_promotion_order_attribution" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_order_attribution_order_id" ON "finesse_promotion_order_attribution" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_promotion_plan" ("id" text not null, "promotion_id" text not null, "campaign_id" text null, "code" text not null, "name" text not null, "template" text check ("template" in ('flash_sale', 'tiered_spend', 'coupon', 'bundle', 'free_shipping', 'custom')) not null default 'custom', "args" jsonb null, "promotion_ids" text[] null, "audience_group_id" text null, "currency_code" text not null, "starts_at" timestamptz null, "ends_at" timestamptz null, "expected_uplift" real not null default 0.2, "status" text check ("status" in ('planned', 'launched', 'ended', 'cancelled')) not null default 'planned', "launched_at" timestamptz null, "launched_by" text null, "experiment_id" text null, "check_status" text null, "checked_at" timestamptz null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_promotion_plan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_plan_deleted_at" ON "finesse_promotion_plan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_finesse_promotion_plan_promotion_id_unique" ON "finesse_promotion_plan" ("promotion_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_plan_status_starts_at" ON "finesse_promotion_plan" ("status", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_promotion_simulation" ("id" text not null, "promotion_id" text not null, "days" integer not null, "currency_code" text not null, "since" timestamptz not null, "until" timestamptz not null, "orders" jsonb not null, "carts" jsonb null, "job_id" text null, "computed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_promotion_simulation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_simulation_deleted_at" ON "finesse_promotion_simulation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_promotion_simulation_promotion_id_computed_at" ON "finesse_promotion_simulation" ("promotion_id", "computed_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finesse_promotion_assignment" cascade;`);

    this.addSql(`drop table if exists "finesse_promotion_attribution_run" cascade;`);

    this.addSql(`drop table if exists "finesse_promotion_channel_spend" cascade;`);

    this.addSql(`drop table if exists "finesse_promotion_check_result" cascade;`);

    this.addSql(`drop table if exists "finesse_promotion_evaluation" cascade;`);

    this.addSql(`drop table if exists "finesse_promotion_experiment" cascade;`);

    this.addSql(`drop table if exists "finesse_promotion_experiment_arm" cascade;`);

    this.addSql(`drop table if exists "finesse_promotion_order_attribution" cascade;`);

    this.addSql(`drop table if exists "finesse_promotion_plan" cascade;`);

    this.addSql(`drop table if exists "finesse_promotion_simulation" cascade;`);
  }

}
