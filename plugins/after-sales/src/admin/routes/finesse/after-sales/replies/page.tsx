import { Badge, Button, Input, Text, Textarea } from "@medusajs/ui"
import { DataTable, PageHeader, SectionCard, StartJobButton, TitleCell, formatNumber, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useState } from "react"
import { AFTER_SALES_TABS } from "../../../../components/after-sales-tabs"
import { startIndexUpdate, useDeleteReply, usePolicy, useReplies, useSaveReply } from "../../../../hooks/after-sales"

/** Saved replies with {{variables}}; suggestions group resolved cases by the saved reply that resolved them. */
const RepliesPage = () => {
  const list = usePagedList(20)
  const { data } = useReplies(list.query)
  const vars = usePolicy().data?.policy?.reply_variables ?? {}
  const save = useSaveReply()
  const del = useDeleteReply()
  const [f, setF] = useState({ key: "", title: "", body: "" })
  const columns: Column<any>[] = [
    { key: "reply", header: "Reply", className: "max-w-[420px] whitespace-normal", cell: (r) => <TitleCell title={r.title} detail={r.body} /> },
    { key: "key", header: "Key", cell: (r) => <span className="font-mono txt-small">{r.key}</span> },
    { key: "kinds", header: "For", cell: (r) => (r.kinds ?? []).join(", ") || "every case" },
    { key: "uses", header: "Used", align: "right", cell: (r) => formatNumber(r.use_count) },
    { key: "del", header: "", cell: (r) => <Button size="small" variant="transparent" onClick={() => runWithToast(() => del.mutateAsync(r.id), "Deleted")}>Delete</Button> },
  ]
  return (
    <div className="flex flex-col gap-y-3" data-testid="after-sales-replies">
      <PageHeader
        title="Saved replies"
        subtitle="Templates agents start from; the suggestion index learns which reply resolves which kind of case"
        tabs={AFTER_SALES_TABS}
        actions={<StartJobButton label="Update suggestion index" start={() => startIndexUpdate(false)} done={(j: any) => `${formatNumber(j.result?.documents ?? 0)} cases indexed`} />}
      >
        <div className="px-6 py-3">
          <Input size="small" type="search" placeholder="Search key or title" className="w-[240px]" {...list.search("q")} />
        </div>
        <DataTable columns={columns} rows={data?.replies} pager={list.pager(data?.count)} rowTestId="reply-row" empty="No saved replies yet: add one below." />
      </PageHeader>
      <SectionCard title="New saved reply" subtitle="An unknown variable is refused when you save, with the nearest known one">
        <div className="flex flex-col gap-y-2 px-6 py-3">
          <div className="flex gap-2">
            <Input size="small" className="w-[220px]" placeholder="key (reply_where_is_my_order)" value={f.key} onChange={(e) => setF({ ...f, key: e.target.value })} />
            <Input size="small" className="w-full" placeholder="Title" value={f.title} onChange={(e) => setF({ ...f, title: e.target.value })} />
          </div>
          <Textarea rows={4} placeholder="Hi {{customer.first_name | there}}, …" value={f.body} onChange={(e) => setF({ ...f, body: e.target.value })} />
          <div className="flex flex-wrap gap-1">
            {Object.entries(vars).map(([k, d]) => (
              <Badge key={k} size="2xsmall" className="cursor-pointer font-mono" title={String(d)} onClick={() => setF({ ...f, body: `${f.body}{{${k}}}` })}>
                {k}
              </Badge>
            ))}
          </div>
          <div className="flex justify-end">
            <Button size="small" disabled={!f.key || !f.title || !f.body} onClick={async () => (await runWithToast(() => save.mutateAsync(f), "Saved reply created")) && setF({ key: "", title: "", body: "" })}>
              Save reply
            </Button>
          </div>
          <Text size="xsmall" className="text-ui-fg-muted">
            Click a variable to add it; {"{{name | fallback}}"} prints the fallback when the value is missing.
          </Text>
        </div>
      </SectionCard>
    </div>
  )
}

export default RepliesPage
