import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { TopCategory, TopProduct } from "../../hooks/kpis"
import { formatMoney, formatNumber, formatPercent } from "../../../admin-kit"

type Row = { key: string; name: string; href?: string; onClick?: () => void; units: number; revenue: number; margin: number }

/** Revenue, units and margin of the best sellers; margin "–" when none of the items sold has a unit cost. */
const TopTable = ({
  title,
  subtitle,
  rows,
  currency,
  noCosts,
  testId,
  emptyText,
}: {
  title: string
  subtitle: string
  rows: Row[]
  currency: string
  noCosts: boolean
  testId: string
  emptyText: string
}) => (
  <Container className="flex min-w-0 flex-col p-0" data-testid={testId}>
    <div className="px-6 py-4">
      <Heading level="h2">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {subtitle}
      </Text>
    </div>
    {rows.length === 0 ? (
      <div className="border-ui-border-base border-t px-6 py-8 text-center">
        <Text size="small" className="text-ui-fg-subtle">
          {emptyText}
        </Text>
      </div>
    ) : (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Units</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Margin</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((r) => {
            // without any unit cost the "margin" is just revenue: show it as unknown
            const blank = noCosts
            return (
              <Table.Row key={r.key} data-testid={`${testId}-row`}>
                <Table.Cell className="max-w-[260px]">
                  {r.href ? (
                    <Link to={r.href} className="text-ui-fg-base hover:text-ui-fg-interactive block truncate" title={r.name}>
                      {r.name}
                    </Link>
                  ) : r.onClick ? (
                    <button
                      type="button"
                      onClick={r.onClick}
                      className="text-ui-fg-base hover:text-ui-fg-interactive block max-w-full truncate text-left"
                      title={`Show only ${r.name}`}
                    >
                      {r.name}
                    </button>
                  ) : (
                    <span className="block truncate" title={r.name}>
                      {r.name}
                    </span>
                  )}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatNumber(r.units)}</Table.Cell>
                <Table.Cell className="text-ui-fg-base text-right tabular-nums">{formatMoney(r.revenue, currency)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {blank ? (
                    "–"
                  ) : (
                    <span className="whitespace-nowrap">
                      {formatMoney(r.margin, currency)}
                      <span className="text-ui-fg-muted ml-1.5">{r.revenue ? formatPercent(r.margin / r.revenue, 0) : ""}</span>
                    </span>
                  )}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    )}
  </Container>
)

export const TopProducts = ({ products, currency, noCosts }: { products: TopProduct[]; currency: string; noCosts: boolean }) => (
  <TopTable
    title="Top products"
    subtitle="By revenue in the range"
    testId="top-products"
    currency={currency}
    noCosts={noCosts}
    emptyText="No products sold in this range."
    rows={products.map((p, i) => ({
      key: p.product_id ?? `deleted-${i}`,
      name: p.title,
      href: p.product_id ? `/products/${p.product_id}` : undefined,
      units: p.units,
      revenue: p.revenue,
      margin: p.margin,
    }))}
  />
)

export const TopCategories = ({
  categories,
  currency,
  noCosts,
  names,
  onSelect,
}: {
  categories: TopCategory[]
  currency: string
  noCosts: boolean
  /** full names ("Men › Accessories") by id, to tell same-named categories apart */
  names: Map<string, string>
  onSelect: (id: string) => void
}) => (
  <TopTable
    title="Top categories"
    subtitle="By revenue in the range; select one to filter the page by it"
    testId="top-categories"
    currency={currency}
    noCosts={noCosts}
    emptyText="No categories sold in this range."
    rows={categories.map((c, i) => ({
      key: c.category_id ?? `none-${i}`,
      name: (c.category_id && names.get(c.category_id)) || c.name,
      onClick: c.category_id ? () => onSelect(c.category_id!) : undefined,
      units: c.units,
      revenue: c.revenue,
      margin: c.margin,
    }))}
  />
)
