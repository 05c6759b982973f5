import { Button, Input, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { DataTable, SectionCard, errorMessage, runWithToast, type Column } from "@finesse/core/admin-kit"
import { useBacktest, useSaveRules, type Backtest, type RuleSetting, type RulesResponse, type SignalDef } from "../hooks/risk"
import { BacktestReport } from "./backtest-report"

type Row = { def: SignalDef; enabled: boolean; weight: string; args: string }

function initialRows(r: RulesResponse): Row[] {
  const byCode = new Map(r.rule_set.rules.map((s) => [s.code, s]))
  return r.signals.map((def) => {
    const s = byCode.get(def.code)
    return {
      def,
      enabled: s?.enabled !== false,
      weight: String(s?.weight ?? def.weight),
      args: JSON.stringify({ ...def.default_args, ...(s?.args ?? {}) }),
    }
  })
}

/** The settings that differ from a signal's defaults (what a rule set stores). */
function settingsOf(rows: Row[]): { rules: RuleSetting[]; error: string | null } {
  const rules: RuleSetting[] = []
  for (const [i, r] of rows.entries()) {
    let args: Record<string, unknown>
    try {
      args = JSON.parse(r.args)
    } catch {
      return { rules, error: `${r.def.title}: the arguments are not valid JSON (rules.${i}.args)` }
    }
    const weight = Number(r.weight)
    const s: RuleSetting = { code: r.def.code }
    if (!r.enabled) s.enabled = false
    if (weight !== r.def.weight) s.weight = weight
    if (JSON.stringify(args) !== JSON.stringify(r.def.default_args)) s.args = args
    if (Object.keys(s).length > 1) rules.push(s)
  }
  return { rules, error: null }
}

/**
 * The store's rules: each signal on or off, its points and arguments, the review and block thresholds. A back-test
 * replays the stored history with the edited setup next to the live one before anything is saved; saving makes a
 * new version (approver role), live for the next order.
 */
export const RulesEditor = ({ data }: { data: RulesResponse }) => {
  const [rows, setRows] = useState<Row[]>(() => initialRows(data))
  const [review, setReview] = useState(String(data.rule_set.thresholds.review))
  const [block, setBlock] = useState(String(data.rule_set.thresholds.block))
  const [note, setNote] = useState("")
  const [report, setReport] = useState<Backtest | null>(null)
  const backtest = useBacktest()
  const save = useSaveRules()
  useEffect(() => {
    setRows(initialRows(data))
    setReview(String(data.rule_set.thresholds.review))
    setBlock(String(data.rule_set.thresholds.block))
  }, [data.rule_set.version])
  const setRow = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  const candidate = () => {
    const { rules, error } = settingsOf(rows)
    if (error) {
      toast.error(error)
      return null
    }
    return { rules, thresholds: { review: Number(review), block: Number(block) } }
  }
  const runBacktest = async () => {
    const c = candidate()
    if (!c) return
    try {
      setReport((await backtest.mutateAsync({ ...c, days: 180 })).backtest)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }
  const saveRules = async () => {
    const c = candidate()
    if (c) await runWithToast(() => save.mutateAsync({ ...c, note: note || undefined }), (r) => `Rules v${r.rule_set.version} are live`)
  }
  const columns = useMemo<Column<Row & { i: number }>[]>(
    () => [
      { key: "on", header: "On", cell: (r) => <Switch checked={r.enabled} onCheckedChange={(v) => setRow(r.i, { enabled: v })} aria-label={`${r.def.title} on`} /> },
      {
        key: "signal",
        header: "Signal",
        className: "max-w-[360px] whitespace-normal",
        cell: (r) => (
          <div>
            <Text size="small" weight="plus">
              {r.def.title} <span className="text-ui-fg-muted txt-compact-xsmall font-mono">{r.def.code}</span>
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {r.def.description}
            </Text>
          </div>
        ),
      },
      {
        key: "weight",
        header: "Points",
        cell: (r) => <Input size="small" type="number" min={0} max={100} className="w-20" value={r.weight} onChange={(e) => setRow(r.i, { weight: e.target.value })} aria-label={`${r.def.title} points`} />,
      },
      {
        key: "args",
        header: "Arguments",
        className: "min-w-[280px]",
        cell: (r) =>
          r.args === "{}" ? (
            <Text size="xsmall" className="text-ui-fg-muted">
              none
            </Text>
          ) : (
            <Textarea className="font-mono text-xs" rows={2} value={r.args} onChange={(e) => setRow(r.i, { args: e.target.value })} aria-label={`${r.def.title} arguments`} />
          ),
      },
    ],
    []
  )
  return (
    <>
      <SectionCard
        title={`Rules (live: v${data.rule_set.version})`}
        subtitle="Each signal adds its points when it fires; the score decides: allow, hold for review, or refuse at checkout"
        testId="risk-rules"
        actions={
          <div className="flex items-center gap-2">
            <Text size="small">Review from</Text>
            <Input size="small" type="number" className="w-16" value={review} onChange={(e) => setReview(e.target.value)} aria-label="review threshold" data-testid="risk-review-threshold" />
            <Text size="small">block from</Text>
            <Input size="small" type="number" className="w-16" value={block} onChange={(e) => setBlock(e.target.value)} aria-label="block threshold" />
          </div>
        }
      >
        <DataTable columns={columns} rows={rows.map((r, i) => ({ ...r, i }))} rowKey={(r) => r.def.code} rowTestId="risk-rule-row" />
        <div className="flex flex-wrap items-center justify-end gap-2 px-6 py-4">
          <Input size="small" className="w-72" placeholder="What changed and why (kept with the version)" value={note} onChange={(e) => setNote(e.target.value)} />
          <Button size="small" variant="secondary" isLoading={backtest.isPending} onClick={runBacktest} data-testid="risk-run-backtest">
            Back-test on 180 days
          </Button>
          <Button size="small" isLoading={save.isPending} onClick={saveRules} data-testid="risk-save-rules">
            Save as v{data.rule_set.version + 1}
          </Button>
        </div>
      </SectionCard>
      {report && <BacktestReport report={report} />}
    </>
  )
}
