import { ArrowDownMini, ArrowUpMini, Trash } from "@medusajs/icons"
import { Badge, Button, IconButton, Input, Switch, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { EmptyNote, ErrorNote, Field, OptionSelect, SectionCard, runWithToast } from "@finesse/core/admin-kit"
import { useMeta, useRoutingConfig, useSaveRoutingConfig, type RoutingConfig, type StrategyConfig } from "../hooks/logistics"

type Row = StrategyConfig & { argsText: string }

/** The strategy chain: order, arguments (JSON checked against each strategy's schema by the API), combination mode. */
export const RoutingRulesCard = () => {
  const meta = useMeta()
  const cfg = useRoutingConfig()
  const save = useSaveRoutingConfig()
  const [draft, setDraft] = useState<(Omit<RoutingConfig, "strategies"> & { strategies: Row[] }) | null>(null)
  useEffect(() => {
    const c = cfg.data?.routing
    if (c && !draft) setDraft({ ...c, strategies: c.strategies.map((s) => ({ ...s, argsText: JSON.stringify(s.args ?? {}) })) })
  }, [cfg.data])
  const byCode = new Map((meta.data?.strategies ?? []).map((s) => [s.code, s]))
  if (cfg.error) return <ErrorNote error={cfg.error} />
  if (!draft) return <SectionCard title="Routing rules" subtitle="Loading…" />
  const set = (patch: Partial<typeof draft>) => setDraft({ ...draft, ...patch })
  const setRow = (k: number, patch: Partial<Row>) => set({ strategies: draft.strategies.map((r, i) => (i === k ? { ...r, ...patch } : r)) })
  const move = (k: number, d: number) => {
    const s = [...draft.strategies]
    const [x] = s.splice(k, 1)
    s.splice(k + d, 0, x)
    set({ strategies: s })
  }
  const unused = (meta.data?.strategies ?? []).filter((s) => !draft.strategies.some((r) => r.code === s.code))
  const submit = () =>
    runWithToast(async () => {
      const strategies = draft.strategies.map((r, i) => {
        let args: Record<string, unknown>
        try {
          args = r.argsText.trim() ? JSON.parse(r.argsText) : {}
        } catch {
          throw new Error(`strategies[${i}].args: not valid JSON`)
        }
        return { code: r.code, args, ...(draft.mode === "weighted" ? { weight: Number(r.weight ?? 1) } : { tolerance: Number(r.tolerance ?? 0) }) }
      })
      const { routing } = await save.mutateAsync({ mode: draft.mode, strategies, allow_split: draft.allow_split, max_shipments: draft.max_shipments, extra_shipments: draft.extra_shipments })
      setDraft({ ...routing, strategies: routing.strategies.map((s) => ({ ...s, argsText: JSON.stringify(s.args ?? {}) })) })
    }, "Routing rules saved; new orders use them")
  return (
    <SectionCard
      testId="routing-rules"
      title="Routing rules"
      subtitle="Each new order is routed through these strategies. Ranked: each keeps the best options (within its tolerance) for the next. Weighted: normalised scores are summed."
      actions={
        <Button size="small" onClick={submit} isLoading={save.isPending} data-testid="routing-rules-save">
          Save rules
        </Button>
      }
    >
      <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
        <Field label="Combination">
          <OptionSelect value={draft.mode} onChange={(v) => set({ mode: v as RoutingConfig["mode"] })} options={[{ value: "ranked", label: "Ranked (rule order)" }, { value: "weighted", label: "Weighted sum" }]} testId="routing-mode" />
        </Field>
        <Field label="Split shipments">
          <div className="flex h-8 items-center gap-x-2">
            <Switch checked={draft.allow_split} onCheckedChange={(v) => set({ allow_split: v })} />
            <Text size="small">{draft.allow_split ? "allowed" : "only when unavoidable"}</Text>
          </div>
        </Field>
        <Field label="Max shipments per order">
          <Input size="small" type="number" min={1} max={10} value={draft.max_shipments} onChange={(e) => set({ max_shipments: Number(e.target.value) })} />
        </Field>
        <Field label="Extra shipments considered">
          <Input size="small" type="number" min={0} max={3} value={draft.extra_shipments} onChange={(e) => set({ extra_shipments: Number(e.target.value) })} />
        </Field>
      </div>
      {draft.strategies.map((r, k) => {
        const m = byCode.get(r.code)
        return (
          <div key={r.code} className="flex flex-col gap-y-2 px-6 py-3" data-testid="routing-rule" data-code={r.code}>
            <div className="flex items-start justify-between gap-x-4">
              <div className="min-w-0">
                <div className="flex items-center gap-x-2">
                  <Badge size="2xsmall">{k + 1}</Badge>
                  <Text size="small" weight="plus">
                    {m?.title ?? r.code}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-muted font-mono">
                    {r.code}
                  </Text>
                </div>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {m?.description}
                </Text>
              </div>
              <div className="flex shrink-0 gap-x-1">
                <IconButton size="small" variant="transparent" disabled={k === 0} onClick={() => move(k, -1)} aria-label="Move up">
                  <ArrowUpMini />
                </IconButton>
                <IconButton size="small" variant="transparent" disabled={k === draft.strategies.length - 1} onClick={() => move(k, 1)} aria-label="Move down">
                  <ArrowDownMini />
                </IconButton>
                <IconButton size="small" variant="transparent" disabled={draft.strategies.length === 1} onClick={() => set({ strategies: draft.strategies.filter((_, i) => i !== k) })} aria-label="Remove">
                  <Trash />
                </IconButton>
              </div>
            </div>
            <div className="grid grid-cols-4 gap-3">
              <div className="col-span-3">
                <Field label={`Arguments (${Object.keys(m?.args_json_schema?.properties ?? {}).join(", ") || "none"})`}>
                  <Textarea rows={1} className="font-mono text-xs" value={r.argsText} onChange={(e) => setRow(k, { argsText: e.target.value })} />
                </Field>
              </div>
              {draft.mode === "weighted" ? (
                <Field label="Weight">
                  <Input size="small" type="number" min={0} step={0.1} value={r.weight ?? 1} onChange={(e) => setRow(k, { weight: Number(e.target.value) })} />
                </Field>
              ) : (
                <Field label="Tie tolerance">
                  <Input size="small" type="number" min={0} value={r.tolerance ?? 0} onChange={(e) => setRow(k, { tolerance: Number(e.target.value) })} />
                </Field>
              )}
            </div>
          </div>
        )
      })}
      {unused.length > 0 ? (
        <div className="flex flex-wrap items-center gap-2 px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            Add a strategy:
          </Text>
          {unused.map((s) => (
            <Button key={s.code} size="small" variant="secondary" onClick={() => set({ strategies: [...draft.strategies, { code: s.code, args: {}, argsText: "{}" }] })}>
              {s.title}
            </Button>
          ))}
        </div>
      ) : (
        <EmptyNote>Every strategy is in the chain.</EmptyNote>
      )}
    </SectionCard>
  )
}
