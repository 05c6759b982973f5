import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125162644 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "finesse_job" ("id" text not null, "kind" text not null, "queue" text not null, "state" text check ("state" in ('queued', 'active', 'retrying', 'completed', 'failed', 'cancelled')) not null default 'queued', "progress" integer not null default 0, "message" text null, "attempts" integer not null default 0, "max_attempts" integer not null default 3, "payload" jsonb not null, "result" jsonb null, "error" text null, "worker" text null, "cancel_requested" boolean not null default false, "queued_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_job_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_job_deleted_at" ON "finesse_job" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_job_state_updated_at" ON "finesse_job" ("state", "updated_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_job_kind_created_at" ON "finesse_job" ("kind", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_job_created_at" ON "finesse_job" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "finesse_job_probe_run" ("id" text not null, "job_id" text not null, "attempt" integer not null, "worker" text not null, "label" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_job_probe_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_job_probe_run_deleted_at" ON "finesse_job_probe_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_job_probe_run_job_id" ON "finesse_job_probe_run" ("job_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finesse_job" cascade;`);

    this.addSql(`drop table if exists "finesse_job_probe_run" cascade;`);
  }

}
