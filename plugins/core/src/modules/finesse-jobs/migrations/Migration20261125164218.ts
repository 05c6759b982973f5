import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125164218 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "finesse_job" add column if not exists "checkpoint" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "finesse_job" drop column if exists "checkpoint";`);
  }

}
