import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125171832 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "finesse_import_file" ("id" text not null, "kind" text not null, "filename" text null, "content" text not null, "size_bytes" integer not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "finesse_import_file_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_finesse_import_file_deleted_at" ON "finesse_import_file" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finesse_import_file" cascade;`);
  }

}
