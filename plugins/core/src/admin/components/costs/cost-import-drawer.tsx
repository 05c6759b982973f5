import { ArrowDownTray, CheckCircleSolid, DocumentText, ExclamationCircleSolid } from "@medusajs/icons"
import { Badge, Button, CodeBlock, Drawer, Heading, Label, Text, clx } from "@medusajs/ui"
import { useEffect, useRef, useState, type ReactNode } from "react"
import { DataTable, ProgressBar, errorMessage, formatNumber, isOpenJob, jobTone, useJob, usePagedList, type Column } from "../../../admin-kit"
import { useImportCosts, useInvalidateCosts, type CostsImportResult } from "../../hooks/costs"

const EXAMPLE = `sku,currency_code,cost
SHIRT-LINEN-M,eur,12.50
SHIRT-LINEN-M,usd,13.90
variant_01JABCDEF0123456789XYZ,eur,7`

const MAX_BYTES = 20 * 1024 * 1024
const ERRORS_PAGE = 10

type ImportError = CostsImportResult["errors"][number]

const ERROR_COLUMNS: Column<ImportError>[] = [
  {
    key: "line",
    header: "Line",
    className: "w-20 tabular-nums",
    cell: (e) => (
      <Badge size="2xsmall" color="grey">
        {e.line}
      </Badge>
    ),
  },
  { key: "problem", header: "Problem", className: "text-ui-fg-base whitespace-normal py-2", cell: (e) => e.message },
]

function templateHref() {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(EXAMPLE + "\n")}`
}

/**
 * Imports unit costs from a CSV as a background job (`core.costs-import`): pick a file, watch the job's progress,
 * then read its summary with the bad rows by line number. Good rows are imported even when others are bad.
 */
export const CostImportDrawer = ({ trigger }: { trigger?: ReactNode }) => {
  const [open, setOpen] = useState(false)
  const [file, setFile] = useState<{ name: string; size: number; csv: string; rows: number } | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [jobId, setJobId] = useState<string | null>(null)
  const errorsPage = usePagedList(ERRORS_PAGE)
  const input = useRef<HTMLInputElement>(null)
  const start = useImportCosts()
  const job = useJob(jobId)
  const invalidate = useInvalidateCosts()

  const reset = () => {
    setFile(null)
    setFileError(null)
    setJobId(null)
    errorsPage.reset()
    start.reset()
    if (input.current) input.current.value = ""
  }

  const pick = async (f: File | undefined) => {
    setFileError(null)
    setJobId(null)
    start.reset()
    if (!f) return setFile(null)
    if (f.size > MAX_BYTES) {
      setFile(null)
      return setFileError(`${f.name} is ${(f.size / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB. Split it into smaller files.`)
    }
    const csv = await f.text()
    const rows = csv.split(/\r?\n/).filter((l) => l.trim()).length - 1
    if (rows < 1) {
      setFile(null)
      return setFileError(`${f.name} has no rows below its header line.`)
    }
    setFile({ name: f.name, size: f.size, csv, rows })
  }

  const submit = async () => {
    if (!file) return
    try {
      const { job } = await start.mutateAsync({ csv: file.csv, filename: file.name })
      setJobId(job.id)
      errorsPage.reset()
    } catch {
      // shown from start.error
    }
  }

  const j = jobId ? job.data?.job : undefined
  const running = !!jobId && (!j || isOpenJob(j))
  const result = j?.state === "completed" ? (j.result as CostsImportResult | null) : null
  const errors = result?.errors ?? []

  // the import re-costs past orders: costs and every KPI report change once it completes
  useEffect(() => {
    if (j?.state === "completed") invalidate()
  }, [j?.id, j?.state])

  return (
    <Drawer
      open={open}
      onOpenChange={(o) => {
        setOpen(o)
        if (!o && !running) reset()
      }}
    >
      <Drawer.Trigger asChild>
        {trigger ?? (
          <Button size="small" variant="secondary">
            Import costs
          </Button>
        )}
      </Drawer.Trigger>
      <Drawer.Content data-testid="cost-import-drawer">
        <Drawer.Header>
          <Drawer.Title>Import unit costs</Drawer.Title>
          <Drawer.Description className="sr-only">Upload a CSV of variant unit costs</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          {!jobId && (
            <div className="flex flex-col gap-y-2">
              <Text size="small" className="text-ui-fg-subtle">
                Unit costs turn revenue into gross margin on the Insights page, and past orders are re-costed. One row per
                variant and currency; a row for a cost that exists replaces it.
              </Text>
              <ul className="txt-small text-ui-fg-subtle list-disc pl-5">
                <li>
                  <span className="text-ui-fg-base font-medium">sku</span> or{" "}
                  <span className="text-ui-fg-base font-medium">variant_id</span>: which variant
                </li>
                <li>
                  <span className="text-ui-fg-base font-medium">currency_code</span>: ISO code such as eur or usd
                </li>
                <li>
                  <span className="text-ui-fg-base font-medium">cost</span>: the unit cost in major units, e.g. 12.50
                </li>
              </ul>
              <CodeBlock snippets={[{ label: "costs.csv", language: "bash", code: EXAMPLE, hideLineNumbers: true }]}>
                <CodeBlock.Header />
                <CodeBlock.Body />
              </CodeBlock>
              <a href={templateHref()} download="finesse-costs-template.csv" className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover flex w-fit items-center gap-x-1">
                <ArrowDownTray /> Download this example
              </a>
            </div>
          )}

          <div className="flex flex-col gap-y-2">
            <Label size="small" weight="plus" htmlFor="finesse-costs-file">
              CSV file
            </Label>
            <label
              htmlFor="finesse-costs-file"
              className={clx(
                "border-ui-border-strong hover:bg-ui-bg-base-hover flex cursor-pointer items-center gap-x-3 rounded-lg border border-dashed px-4 py-4",
                running && "pointer-events-none opacity-50"
              )}
            >
              <DocumentText className="text-ui-fg-muted shrink-0" />
              <div className="flex min-w-0 flex-col">
                <Text size="small" weight="plus" className="truncate">
                  {file ? file.name : "Choose a .csv file"}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {file ? `${formatNumber(file.rows)} rows · ${(file.size / 1024).toFixed(1)} KB` : "Up to 20 MB"}
                </Text>
              </div>
            </label>
            <input
              ref={input}
              id="finesse-costs-file"
              data-testid="cost-import-file"
              type="file"
              accept=".csv,text/csv"
              className="sr-only"
              disabled={running}
              onChange={(e) => pick(e.target.files?.[0])}
            />
            {fileError && (
              <Text size="small" className="text-ui-fg-error">
                {fileError}
              </Text>
            )}
            {start.error && (
              <Text size="small" className="text-ui-fg-error" data-testid="cost-import-error">
                {errorMessage(start.error)}
              </Text>
            )}
          </div>

          {jobId && (
            <div className="flex flex-col gap-y-3" data-testid="cost-import-status" data-state={j?.state ?? "queued"}>
              <Heading level="h3">Import</Heading>
              <ProgressBar value={j?.progress ?? 0} tone={j ? jobTone(j.state) : "default"} showValue />
              <Text size="small" className="text-ui-fg-subtle">
                {j?.state === "failed"
                  ? `The import failed: ${j.error ?? "unknown error"}`
                  : j?.state === "cancelled"
                    ? "The import was cancelled."
                    : j?.state === "retrying"
                      ? `Retrying after an error: ${j.error ?? ""}`
                      : (j?.message ?? "Waiting for a worker…")}
              </Text>
              {result && (
                <div className="flex flex-col gap-y-3" data-testid="cost-import-summary">
                  <div className="flex items-center gap-x-2">
                    {result.skipped === 0 ? (
                      <CheckCircleSolid className="text-ui-tag-green-icon" />
                    ) : (
                      <ExclamationCircleSolid className="text-ui-tag-orange-icon" />
                    )}
                    <Text size="small" weight="plus">
                      {formatNumber(result.imported)} {result.imported === 1 ? "cost" : "costs"} imported
                      {result.skipped ? `, ${formatNumber(result.skipped)} ${result.skipped === 1 ? "row" : "rows"} skipped` : ""}
                    </Text>
                  </div>
                  {errors.length > 0 && (
                    <div className="border-ui-border-base overflow-hidden rounded-lg border">
                      <DataTable
                        columns={ERROR_COLUMNS}
                        rows={errors.slice(errorsPage.offset, errorsPage.offset + errorsPage.limit)}
                        rowKey={(e, i) => `${e.line}-${i}`}
                        rowTestId="cost-import-error-row"
                        rowProps={(e) => ({ "data-line": e.line })}
                        pager={errorsPage.pager(errors.length)}
                      />
                    </div>
                  )}
                  {result.errors_truncated && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      Only the first {formatNumber(errors.length)} problems are listed; fix them and import the file again.
                    </Text>
                  )}
                </div>
              )}
            </div>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              {result || j?.state === "failed" ? "Close" : "Cancel"}
            </Button>
          </Drawer.Close>
          {result || j?.state === "failed" ? (
            <Button size="small" onClick={reset}>
              Import another file
            </Button>
          ) : (
            <Button size="small" disabled={!file || running} isLoading={start.isPending || running} onClick={submit} data-testid="cost-import-submit">
              Import
            </Button>
          )}
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
