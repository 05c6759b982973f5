import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Button, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  DataTable,
  EmptyNote,
  Field,
  FilterSelect,
  PageHeader,
  TitleCell,
  asOptions,
  errorMessage,
  formatDateTime,
  usePagedList,
  type Column,
} from "../../../../admin-kit"
import { useAudit, useVerifyAudit, type AuditEntry, type Verification } from "../../../hooks/governance"

const PAGE_SIZE = 25
const PLUGINS = asOptions(["core", "medusa", "personas", "recommendations", "pricing", "promotions", "logistics", "after-sales", "risk", "catalog"])

/** The export link carries the page's filters (the CSV is the same list, oldest first). */
function exportHref(filters: Record<string, string | undefined>) {
  const q = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => !!e[1]))
  return `/admin/finesse/audit/export${q.size ? `?${q}` : ""}`
}

const VerifyResult = ({ v }: { v: Verification }) =>
  v.ok ? (
    <Badge color="green" size="small" data-testid="audit-verified">
      Chain intact: {v.checked} entries verified
    </Badge>
  ) : (
    <Badge color="red" size="small" data-testid="audit-broken">
      Entry #{v.broken?.seq} was altered ({v.broken?.reason.replace(/_/g, " ")}); {v.checked} entries before it verify
    </Badge>
  )

/**
 * Who changed what, across the suite and Medusa's own money, price, customer and rule routes: search, filters, the
 * CSV export, and a check of the hash chain that shows whether any stored entry was changed since it was written.
 */
const AuditPage = () => {
  const list = usePagedList<{ q?: string; plugin?: string; from?: string; to?: string }>(PAGE_SIZE)
  const { data, error } = useAudit(list.query)
  const verify = useVerifyAudit()
  const [result, setResult] = useState<Verification | null>(null)

  const runVerify = async () => {
    try {
      setResult((await verify.mutateAsync()).verification)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  const columns: Column<AuditEntry>[] = [
    { key: "seq", header: "#", className: "tabular-nums", cell: (e) => e.seq },
    { key: "when", header: "When", cell: (e) => formatDateTime(e.occurred_at) },
    {
      key: "who",
      header: "Who",
      cell: (e) => <TitleCell title={e.actor_email ?? (e.actor_type === "system" ? "System (job)" : e.actor_id ?? e.actor_type)} detail={e.actor_type} />,
    },
    { key: "plugin", header: "Plugin", cell: (e) => <Badge size="2xsmall">{e.plugin}</Badge> },
    { key: "what", header: "What", className: "whitespace-normal", cell: (e) => <TitleCell title={e.summary} detail={e.action} /> },
    { key: "resource", header: "Resource", cell: (e) => <TitleCell title={e.resource_type ?? "–"} detail={e.resource_id ?? ""} mono /> },
  ]

  return (
    <PageHeader
      title="Audit log"
      subtitle="Every admin change to money, prices, customers and rules, with its author; append-only and hash-chained"
      actions={
        <>
          <Input size="small" type="search" placeholder="Search" {...list.search("q")} className="w-[200px]" />
          <FilterSelect ariaLabel="Plugin" allLabel="All plugins" {...list.select("plugin")} options={PLUGINS} className="w-[170px]" />
          <Button size="small" variant="secondary" onClick={runVerify} isLoading={verify.isPending} data-testid="audit-verify">
            Verify chain
          </Button>
          <a href={exportHref(list.filters)} download data-testid="audit-export">
            <Button size="small" variant="secondary">
              Export CSV
            </Button>
          </a>
        </>
      }
    >
      <div className="flex flex-wrap items-end gap-4 px-6 py-3">
        <Field label="From">
          <Input size="small" type="date" value={list.filters.from ?? ""} onChange={(e) => list.set({ from: e.target.value || undefined })} />
        </Field>
        <Field label="To">
          <Input size="small" type="date" value={list.filters.to ?? ""} onChange={(e) => list.set({ to: e.target.value || undefined })} />
        </Field>
        {result && <VerifyResult v={result} />}
        {data && (
          <Text size="small" className="text-ui-fg-subtle ml-auto">
            {data.count} entries
          </Text>
        )}
      </div>
      <DataTable
        columns={columns}
        rows={data?.entries}
        error={error}
        pager={list.pager(data?.count)}
        rowTestId="audit-row"
        rowProps={(e) => ({ "data-seq": e.seq, "data-action": e.action })}
        empty={
          <EmptyNote title="No entries match">
            Entries are written when an admin changes costs, prices, promotions, customers, segments, rules, roles or
            refunds, and when a job does so on its own.
          </EmptyNote>
        }
      />
    </PageHeader>
  )
}

export const config = defineRouteConfig({ label: "Audit log", icon: ShieldCheck })

export default AuditPage
