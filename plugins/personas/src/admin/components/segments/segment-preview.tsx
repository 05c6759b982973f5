import { Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { DataTable, EmptyNote, ErrorNote, SectionCard, ShareBar, Stat, StatGrid, formatMoney, formatNumber, formatPercent, type Column } from "@finesse/core/admin-kit"
import { usePreview, type Preview, type RuleNode, type ScoreBand } from "../../hooks/segments"

/** Waits until the value stops changing for `ms` (typing in the builder should not fire a preview per keystroke). */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms)
    return () => clearTimeout(t)
  }, [JSON.stringify(value), ms])
  return v
}

type Sample = Preview["sample"][number]

const sampleColumns = (currency: string | null): Column<Sample>[] => [
  { key: "sample", header: "Sample", className: "max-w-[200px] truncate", cell: (s) => s.email ?? s.customer_id },
  { key: "persona", header: "Persona", cell: (s) => s.persona_name ?? "–" },
  { key: "orders", header: "Orders", align: "right", cell: (s) => formatNumber(s.order_count) },
  { key: "spent", header: "Spent", align: "right", cell: (s) => formatMoney(s.monetary, currency) },
]

/** Live preview of the rules being edited: how many customers match now, which personas they are, a sample. */
export const SegmentPreview = ({
  rules,
  score,
  segmentId,
  currency,
}: {
  rules: RuleNode
  score: ScoreBand | null
  segmentId?: string
  currency: string | null
}) => {
  const body = useDebounced({ rules, score, ...(segmentId ? { segment_id: segmentId } : {}) }, 400)
  const { data, error, isFetching } = usePreview(body)
  const p = data?.preview
  return (
    <SectionCard
      testId="segment-preview"
      title="Preview"
      subtitle={`Who these rules match right now${segmentId ? " (members keep their place until they cross the exit threshold)" : ""}`}
      actions={
        isFetching && (
          <Text size="xsmall" className="text-ui-fg-muted">
            updating…
          </Text>
        )
      }
    >
      {error ? (
        <ErrorNote testId="preview-error" error={error} />
      ) : p ? (
        <>
          <StatGrid columns={3} inset>
            <Stat size="large" label="Customers" value={formatNumber(p.count)} valueTestId="preview-count" />
            <Stat size="large" label="Of profiled" value={formatPercent(p.share, 1)} />
            <Stat size="large" label="Spent so far" value={formatMoney(p.monetary, currency)} />
          </StatGrid>
          {p.by_persona.length > 0 && (
            <div className="flex flex-col px-6 py-3">
              <Text size="small" weight="plus">
                By persona
              </Text>
              {p.by_persona.map((b) => (
                <ShareBar key={b.name} label={b.name} share={b.customers / Math.max(1, p.count)} figures={[formatNumber(b.customers)]} />
              ))}
            </div>
          )}
          <DataTable columns={sampleColumns(currency)} rows={p.sample} rowKey={(s) => s.customer_id} rowTestId="preview-sample" empty="No customer matches these rules" />
        </>
      ) : (
        <EmptyNote>Loading…</EmptyNote>
      )}
    </SectionCard>
  )
}
