import { Badge, Input, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { DataTable, FilterSelect, SectionCard, TitleCell, formatNumber, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useTodo, type QualitySummary, type TodoItem } from "../hooks/catalog"

const COLUMNS: Column<TodoItem>[] = [
  { key: "rank", header: "#", cell: (t) => <span className="tabular-nums">{t.rank}</span>, className: "w-[48px]" },
  {
    key: "product",
    header: "Product",
    cell: (t) => <TitleCell title={<Link to={`/products/${t.product_id}`} className="hover:underline">{t.title || t.product_id}</Link>} detail={t.score !== null ? `score ${formatNumber(t.score, 1)}` : undefined} />,
    className: "max-w-[240px]",
  },
  { key: "rule", header: "Rule", cell: (t) => <Badge size="2xsmall" color="grey">{t.label}</Badge> },
  { key: "what", header: "What is wrong", cell: (t) => <Text size="small" className="whitespace-normal">{t.message}</Text>, className: "max-w-[320px] whitespace-normal" },
  { key: "fix", header: "Fix", cell: (t) => <Text size="small" className="text-ui-fg-subtle whitespace-normal">{t.fix}</Text>, className: "max-w-[320px] whitespace-normal" },
  { key: "gain", header: "Adds", align: "right", cell: (t) => <span className="tabular-nums">+{formatNumber(t.gain, 1)}</span> },
]

/** The ranked to-do list: every unmet rule of every product, the fix, and the points it adds, what sells first. */
export const QualityTodo = ({ quality }: { quality?: QualitySummary }) => {
  const list = usePagedList<{ code?: string; q?: string }>(20)
  const { data, error } = useTodo(list.query)
  return (
    <SectionCard
      testId="quality-todo"
      title="Catalogue quality to-do"
      subtitle="Each fix with the points it adds to the product's score, ranked by points × how much the product sells"
      actions={
        <>
          <Input size="small" type="search" placeholder="Search products" className="w-[200px]" {...list.search("q")} />
          <FilterSelect className="w-[220px]" allLabel="All rules" {...list.select("code")} options={(quality?.rules ?? []).map((r) => ({ value: r.code, label: `${r.label} (${r.products})` }))} />
        </>
      }
    >
      <DataTable
        columns={COLUMNS}
        rows={data?.todo}
        error={error}
        pager={list.pager(data?.count)}
        rowTestId="todo-row"
        rowProps={(t) => ({ "data-code": t.code, "data-product": t.product_id })}
        empty="Nothing to fix: every product meets every rule (or the catalogue has not been scored yet)."
      />
    </SectionCard>
  )
}
