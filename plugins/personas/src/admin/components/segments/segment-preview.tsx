import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { usePreview, type RuleNode, type ScoreBand } from "../../hooks/segments"
import { formatMoney, formatNumber, formatPercent, errorMessage } from "@finesse/core/admin-kit"

/** Waits until the value stops changing for `ms` (typing in the builder should not fire a preview per keystroke). */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms)
    return () => clearTimeout(t)
  }, [JSON.stringify(value), ms])
  return v
}

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
    <Container className="flex flex-col divide-y p-0" data-testid="segment-preview">
      <div className="flex items-start justify-between px-6 py-4">
        <div>
          <Heading level="h2">Preview</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Who these rules match right now{segmentId ? " (members keep their place until they cross the exit threshold)" : ""}
          </Text>
        </div>
        {isFetching && (
          <Text size="xsmall" className="text-ui-fg-muted">
            updating…
          </Text>
        )}
      </div>
      {error ? (
        <div className="px-6 py-4" data-testid="preview-error">
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(error)}
          </Text>
        </div>
      ) : p ? (
        <>
          <div className="grid grid-cols-3 gap-3 px-6 py-4">
            <div>
              <Text size="xsmall" className="text-ui-fg-muted">
                Customers
              </Text>
              <Text size="xlarge" weight="plus" className="tabular-nums" data-testid="preview-count">
                {formatNumber(p.count)}
              </Text>
            </div>
            <div>
              <Text size="xsmall" className="text-ui-fg-muted">
                Of profiled
              </Text>
              <Text size="xlarge" weight="plus" className="tabular-nums">
                {formatPercent(p.share, 1)}
              </Text>
            </div>
            <div>
              <Text size="xsmall" className="text-ui-fg-muted">
                Spent so far
              </Text>
              <Text size="xlarge" weight="plus" className="tabular-nums">
                {formatMoney(p.monetary, currency)}
              </Text>
            </div>
          </div>
          {p.by_persona.length > 0 && (
            <div className="flex flex-col gap-y-1 px-6 py-3">
              <Text size="small" weight="plus">
                By persona
              </Text>
              {p.by_persona.map((b) => (
                <div key={b.name} className="flex items-center gap-x-3">
                  <Text size="small" className="w-44 shrink-0 truncate">
                    {b.name}
                  </Text>
                  <div className="bg-ui-bg-subtle h-2 flex-1 overflow-hidden rounded-full">
                    <div className="bg-ui-fg-interactive h-full" style={{ width: `${(100 * b.customers) / Math.max(1, p.count)}%` }} />
                  </div>
                  <Text size="small" className="text-ui-fg-subtle w-12 text-right tabular-nums">
                    {formatNumber(b.customers)}
                  </Text>
                </div>
              ))}
            </div>
          )}
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Sample</Table.HeaderCell>
                <Table.HeaderCell>Persona</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Spent</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {p.sample.map((s) => (
                <Table.Row key={s.customer_id} data-testid="preview-sample">
                  <Table.Cell className="max-w-[200px] truncate">{s.email ?? s.customer_id}</Table.Cell>
                  <Table.Cell>{s.persona_name ?? "–"}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatNumber(s.order_count)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatMoney(s.monetary, currency)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      ) : (
        <div className="px-6 py-6">
          <Text size="small" className="text-ui-fg-subtle">
            Loading…
          </Text>
        </div>
      )}
    </Container>
  )
}
