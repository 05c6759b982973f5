import { Container, Heading, Skeleton, Table, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

/** The heading row of a card: title, subtitle, and actions or filters on the right. */
export const SectionHeader = ({ title, subtitle, actions }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode }) => (
  <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 px-6 py-4">
    <div className="min-w-0">
      <Heading level="h2">{title}</Heading>
      {subtitle && (
        <Text size="small" className="text-ui-fg-subtle">
          {subtitle}
        </Text>
      )}
    </div>
    {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
  </div>
)

export type Column<T> = {
  key: string
  header: ReactNode
  cell: (row: T, index: number) => ReactNode
  align?: "left" | "right"
  className?: string
}

/**
 * A list as a table: columns, rows, a loading skeleton, an empty text, and a pager when `count` and `onOffset` are
 * given (offset-based, as every Finesse list route answers `{ …, count, offset, limit }`).
 */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  count,
  offset = 0,
  pageSize = 20,
  onOffset,
  isLoading,
  empty = "Nothing to show yet",
  rowTestId,
  onRowClick,
}: {
  columns: Column<T>[]
  rows: T[] | undefined
  rowKey: (row: T) => string
  count?: number
  offset?: number
  pageSize?: number
  onOffset?: (offset: number) => void
  isLoading?: boolean
  empty?: ReactNode
  rowTestId?: string
  onRowClick?: (row: T) => void
}) {
  const list = rows ?? []
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            {columns.map((c) => (
              <Table.HeaderCell key={c.key} className={clx(c.align === "right" && "text-right", c.className)}>
                {c.header}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {isLoading && !list.length
            ? [0, 1, 2].map((i) => (
                <Table.Row key={`skeleton-${i}`}>
                  {columns.map((c) => (
                    <Table.Cell key={c.key}>
                      <Skeleton className="h-4 w-full" />
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))
            : list.map((row, i) => (
                <Table.Row
                  key={rowKey(row)}
                  data-testid={rowTestId}
                  className={clx(onRowClick && "cursor-pointer")}
                  onClick={onRowClick ? () => onRowClick(row) : undefined}
                >
                  {columns.map((c) => (
                    <Table.Cell key={c.key} className={clx(c.align === "right" && "text-right tabular-nums", c.className)}>
                      {c.cell(row, i)}
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
        </Table.Body>
      </Table>
      {!isLoading && !list.length && (
        <div className="px-6 py-8 text-center">
          <Text size="small" className="text-ui-fg-subtle">
            {empty}
          </Text>
        </div>
      )}
      {count != null && onOffset && <TablePager count={count} offset={offset} pageSize={pageSize} onOffset={onOffset} />}
    </>
  )
}

/** The paging footer of every list: "1 – 20 of 130" with previous/next, offset-based. Hidden for one page. */
export const TablePager = ({
  count,
  offset,
  pageSize,
  onOffset,
}: {
  count: number
  offset: number
  pageSize: number
  onOffset: (offset: number) => void
}) => {
  if (count <= pageSize && offset === 0) return null
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  const page = Math.floor(offset / pageSize)
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={page}
      pageCount={pageCount}
      canPreviousPage={page > 0}
      canNextPage={page + 1 < pageCount}
      previousPage={() => onOffset(Math.max(0, offset - pageSize))}
      nextPage={() => onOffset(offset + pageSize)}
    />
  )
}

/** A card holding a list: the section header above a DataTable (or any body). */
export const TableCard = ({
  title,
  subtitle,
  actions,
  children,
  testId,
}: {
  title: ReactNode
  subtitle?: ReactNode
  actions?: ReactNode
  children: ReactNode
  testId?: string
}) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <SectionHeader title={title} subtitle={subtitle} actions={actions} />
    <div>{children}</div>
  </Container>
)
