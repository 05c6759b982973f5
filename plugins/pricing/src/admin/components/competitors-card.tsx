import { Button, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { DataTable, Field, SectionCard, StartJobButton, formatDateTime, formatNumber, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { startFetch, useCompetitors, useSaveCompetitor, type Competitor } from "../hooks/pricing"

/** Watched competitors: how many of our variants are matched to their offers, how many prices were observed and when. */
export const CompetitorsCard = () => {
  const page = usePagedList(10)
  const { data, isLoading, error } = useCompetitors(page.query)
  const save = useSaveCompetitor()
  const [form, setForm] = useState({ code: "", name: "", website: "" })
  const columns: Column<Competitor>[] = [
    { key: "name", header: "Competitor", cell: (c) => <Text size="small" weight="plus">{c.name}</Text> },
    { key: "code", header: "Code", cell: (c) => <Text size="xsmall" className="font-mono">{c.code}</Text> },
    { key: "matches", header: "Matched variants", align: "right", cell: (c) => formatNumber(c.matches ?? 0) },
    { key: "observations", header: "Observations", align: "right", cell: (c) => formatNumber(c.observations ?? 0) },
    { key: "last", header: "Last seen", cell: (c) => <Text size="xsmall">{formatDateTime(c.last_observed_at)}</Text> },
    { key: "fetcher", header: "Source", cell: (c) => <Text size="xsmall">{c.fetcher ?? "API / CSV"}</Text> },
  ]
  const add = async () => {
    const ok = await runWithToast(() => save.mutateAsync({ code: form.code.trim(), name: form.name.trim(), ...(form.website ? { website: form.website.trim() } : {}) }), "Competitor added")
    if (ok) setForm({ code: "", name: "", website: "" })
  }
  return (
    <SectionCard
      testId="pricing-competitors"
      title="Competitors"
      subtitle="Prices arrive by the admin API (POST /admin/finesse/pricing/observations), a CSV import or an HTTP/JSON fetcher; offers match our variants by GTIN, SKU or by hand"
      actions={<StartJobButton label="Fetch prices now" start={startFetch} refresh={[["pricing"]]} done={(j) => `${(j.result as any)?.observations ?? 0} observation(s) fetched`} />}
    >
      <DataTable columns={columns} rows={data?.competitors} isLoading={isLoading} error={error} pager={page.pager(data?.count)} rowTestId="pricing-competitor-row" empty="No competitor yet: add one below." />
      <div className="flex flex-wrap items-end gap-3 px-6 py-4">
        <Field label="Code">
          <Input size="small" placeholder="shopa" value={form.code} onChange={(e) => setForm((f) => ({ ...f, code: e.target.value }))} />
        </Field>
        <Field label="Name">
          <Input size="small" placeholder="Shop A" value={form.name} onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))} />
        </Field>
        <Field label="Website">
          <Input size="small" placeholder="https://…" value={form.website} onChange={(e) => setForm((f) => ({ ...f, website: e.target.value }))} />
        </Field>
        <Button size="small" variant="secondary" disabled={!form.code || !form.name} isLoading={save.isPending} onClick={add}>
          Add competitor
        </Button>
      </div>
    </SectionCard>
  )
}
