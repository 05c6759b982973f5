import { Button, Input, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { DataTable, EmptyNote, SectionCard, formatDateTime, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useListEntries, useListMutations, type ListEntry } from "../hooks/risk"

const KINDS = [
  ["email", "E-mail"],
  ["domain", "E-mail domain"],
  ["ip", "IP or CIDR block"],
  ["address", "Address key"],
  ["card", "Card fingerprint"],
  ["device", "Device id"],
  ["customer", "Customer id"],
] as const

/** Allow and block lists: an allow entry lets an order through whatever its score, a block entry refuses it at checkout. */
export const ListsCard = () => {
  const list = usePagedList(10)
  const { data, error } = useListEntries(list.query)
  const { add, remove } = useListMutations()
  const [entry, setEntry] = useState({ list: "block", kind: "email", value: "", note: "" })
  const columns: Column<ListEntry>[] = [
    { key: "list", header: "List", cell: (e) => (e.list === "block" ? "Block" : "Allow") },
    { key: "kind", header: "Kind", cell: (e) => KINDS.find(([k]) => k === e.kind)?.[1] ?? e.kind },
    { key: "value", header: "Value", cell: (e) => <span className="font-mono txt-compact-xsmall">{e.value}</span> },
    { key: "note", header: "Note", cell: (e) => e.note ?? "—" },
    { key: "added", header: "Added", cell: (e) => formatDateTime(e.created_at) },
    {
      key: "remove",
      header: "",
      align: "right",
      cell: (e) => (
        <Button size="small" variant="transparent" onClick={() => runWithToast(() => remove.mutateAsync(e.id), "Removed")}>
          Remove
        </Button>
      ),
    },
  ]
  return (
    <SectionCard title="Allow and block lists" subtitle="Checked first at every checkout: allow wins over block, block over any score (values are stored encrypted)" testId="risk-lists">
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Select size="small" value={entry.list} onValueChange={(v) => setEntry({ ...entry, list: v })}>
          <Select.Trigger className="w-28">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="block">Block</Select.Item>
            <Select.Item value="allow">Allow</Select.Item>
          </Select.Content>
        </Select>
        <Select size="small" value={entry.kind} onValueChange={(v) => setEntry({ ...entry, kind: v })}>
          <Select.Trigger className="w-44">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {KINDS.map(([k, label]) => (
              <Select.Item key={k} value={k}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Input size="small" className="w-64" placeholder="value" value={entry.value} onChange={(e) => setEntry({ ...entry, value: e.target.value })} aria-label="list value" />
        <Input size="small" className="w-56" placeholder="note (why)" value={entry.note} onChange={(e) => setEntry({ ...entry, note: e.target.value })} />
        <Button
          size="small"
          variant="secondary"
          disabled={!entry.value.trim()}
          isLoading={add.isPending}
          onClick={async () => {
            if (await runWithToast(() => add.mutateAsync({ list: entry.list, kind: entry.kind, value: entry.value.trim(), ...(entry.note ? { note: entry.note } : {}) }), "Added: live for the next order"))
              setEntry({ ...entry, value: "", note: "" })
          }}
        >
          Add
        </Button>
      </div>
      <DataTable
        columns={columns}
        rows={data?.entries}
        error={error}
        pager={list.pager(data?.count)}
        rowTestId="risk-list-row"
        empty={
          <EmptyNote title="Both lists are empty">
            <Text size="small">Add an e-mail, domain, IP range, card, device or customer to refuse or always allow their orders.</Text>
          </EmptyNote>
        }
      />
    </SectionCard>
  )
}
