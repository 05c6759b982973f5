import { Button, Input, Text, Textarea, toast } from "@medusajs/ui"
import { DataTable, EmptyNote, Field, OptionSelect, SectionCard, errorMessage, formatDate, formatMoney, majorInputToMinor, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useState } from "react"
import { useCreateSpend, useDeleteSpend, useImportSpend, useSpend, type Spend } from "../hooks/promotions"
import { CHANNEL_LABEL } from "./labels"

const PAID = ["paid_search", "paid_social", "display", "affiliate", "email", "sms", "paid_other"]

/** Marketing spend per channel: entered one row at a time or imported as CSV; ROI and CPA read it. */
export const SpendCard = ({ currency }: { currency: string }) => {
  const list = usePagedList(10)
  const { data } = useSpend(list.query)
  const create = useCreateSpend()
  const importCsv = useImportSpend()
  const remove = useDeleteSpend()
  const [channel, setChannel] = useState("paid_search")
  const [amount, setAmount] = useState("")
  const [from, setFrom] = useState(new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10))
  const [to, setTo] = useState(new Date().toISOString().slice(0, 10))
  const [csv, setCsv] = useState("")
  const columns: Column<Spend>[] = [
    { key: "channel", header: "Channel", cell: (s) => CHANNEL_LABEL[s.channel] ?? s.channel },
    { key: "campaign", header: "Campaign", cell: (s) => s.campaign ?? "–" },
    { key: "period", header: "Period", cell: (s) => `${formatDate(s.starts_at)} – ${formatDate(new Date(Date.parse(s.ends_at) - 1).toISOString())}` },
    { key: "amount", header: "Amount", align: "right", cell: (s) => formatMoney(s.amount, s.currency_code) },
    { key: "source", header: "Source", cell: (s) => s.source },
    {
      key: "remove",
      header: "",
      align: "right",
      cell: (s) => (
        <Button size="small" variant="transparent" onClick={() => runWithToast(() => remove.mutateAsync(s.id), "Spend removed")}>
          Remove
        </Button>
      ),
    },
  ]
  const add = async () => {
    const minor = majorInputToMinor(amount, currency)
    if (minor === null) return toast.error("Amount: enter an amount")
    await runWithToast(
      () => create.mutateAsync({ channel, amount: minor, currency_code: currency, starts_at: new Date(`${from}T00:00:00Z`).toISOString(), ends_at: new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString() }),
      "Spend recorded"
    )
    setAmount("")
  }
  const upload = async () => {
    try {
      const r = await importCsv.mutateAsync({ csv, currency_code: currency })
      toast.success(`${r.imported} rows imported${r.errors.length ? `; ${r.errors.length} refused: ${r.errors.slice(0, 3).map((e) => `line ${e.lineNo} ${e.reason}`).join("; ")}` : ""}`)
      setCsv("")
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }
  return (
    <SectionCard title="Channel spend" subtitle={`What each channel cost (${currency.toUpperCase()}); re-run the attribution after a change`} testId="spend-card">
      <div className="flex flex-wrap items-end gap-3 px-6 py-4">
        <Field label="Channel">
          <OptionSelect value={channel} onChange={setChannel} options={PAID.map((c) => ({ value: c, label: CHANNEL_LABEL[c] }))} className="w-[160px]" />
        </Field>
        <Field label="Amount">
          <Input size="small" value={amount} onChange={(e) => setAmount(e.target.value)} placeholder="1200.00" className="w-[120px]" />
        </Field>
        <Field label="From">
          <Input size="small" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label="To (inclusive)">
          <Input size="small" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <Button size="small" variant="secondary" onClick={add} isLoading={create.isPending}>
          Add spend
        </Button>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="xsmall" className="text-ui-fg-subtle">
          Or paste CSV with the columns channel, amount (major units), campaign, from, to (YYYY-MM-DD, to inclusive). Rows that cannot be read are reported, the others imported.
        </Text>
        <Textarea value={csv} onChange={(e) => setCsv(e.target.value)} rows={3} placeholder={"channel,amount,campaign,from,to\npaid_search,1200.00,brand,2026-11-01,2026-11-30"} />
        <div>
          <Button size="small" variant="secondary" disabled={!csv.trim()} onClick={upload} isLoading={importCsv.isPending}>
            Import CSV
          </Button>
        </div>
      </div>
      <DataTable columns={columns} rows={data?.spend} pager={list.pager(data?.count)} rowTestId="spend-row" empty={<EmptyNote title="No spend yet">Enter or import what the channels cost to see ROI and cost per acquisition.</EmptyNote>} />
    </SectionCard>
  )
}
