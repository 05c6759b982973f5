import { EllipsisHorizontal } from "@medusajs/icons"
import { Badge, Button, DropdownMenu, IconButton } from "@medusajs/ui"
import { useState } from "react"
import { DataTable, EmptyNote, TitleCell, formatDateTime, formatNumber, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { PersonasHeader } from "../../../../components/personas-header"
import { SurveyEditor } from "../../../../components/surveys/survey-editor"
import { SurveyResults } from "../../../../components/surveys/survey-results"
import { useDeleteSurvey, useSaveSurvey, useSurveys, type Survey } from "../../../../hooks/surveys"

const PAGE = 20
const STATUS_COLOR = { draft: "grey", active: "green", closed: "orange" } as const

const StatusActions = ({ survey }: { survey: Survey }) => {
  const save = useSaveSurvey(survey.id)
  const del = useDeleteSurvey()
  const act = (fn: () => Promise<unknown>, done: string) => runWithToast(fn, done)
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" onClick={(e) => e.stopPropagation()}>
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content onClick={(e) => e.stopPropagation()}>
        {survey.status !== "active" && (
          <DropdownMenu.Item onClick={() => act(() => save.mutateAsync({ status: "active" }), "Survey is live (any other active survey was closed)")}>
            Activate
          </DropdownMenu.Item>
        )}
        {survey.status === "active" && <DropdownMenu.Item onClick={() => act(() => save.mutateAsync({ status: "closed" }), "Survey closed")}>Close</DropdownMenu.Item>}
        <DropdownMenu.Item onClick={() => act(() => del.mutateAsync(survey.id), "Survey deleted")}>Delete</DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

const incentiveText = (s: Survey) =>
  s.incentive ? (s.incentive.type === "percentage" ? `${s.incentive.value} % off` : `${s.incentive.value} ${(s.incentive.currency_code ?? "").toUpperCase()} off`) : "–"

/** Surveys: questionnaires for logged-in customers; answers become traits, results are summarised here. */
const SurveysPage = () => {
  const page = usePagedList(PAGE)
  const { data } = useSurveys(page.query)
  const [editing, setEditing] = useState<Survey | "new" | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const surveys = data?.surveys ?? []
  const current = surveys.find((s) => s.id === selected) ?? surveys.find((s) => s.status === "active") ?? surveys[0]
  const columns: Column<Survey>[] = [
    {
      key: "survey",
      header: "Survey",
      cell: (s) => (
        <TitleCell
          title={
            <button className="hover:text-ui-fg-interactive text-left" onClick={(e) => (e.stopPropagation(), setEditing(s))}>
              {s.title}
            </button>
          }
          detail={s.key}
        />
      ),
    },
    {
      key: "status",
      header: "Status",
      cell: (s) => (
        <Badge size="2xsmall" color={STATUS_COLOR[s.status]}>
          {s.status}
        </Badge>
      ),
    },
    { key: "questions", header: "Questions", align: "right", cell: (s) => s.questions.length },
    { key: "responses", header: "Responses", align: "right", cell: (s) => formatNumber(s.response_count) },
    { key: "incentive", header: "Incentive", cell: incentiveText },
    { key: "updated", header: "Updated", cell: (s) => formatDateTime(s.updated_at) },
    { key: "actions", header: "", cell: (s) => <StatusActions survey={s} /> },
  ]
  return (
    <div className="flex flex-col gap-y-3" data-testid="surveys-page">
      <PersonasHeader
        title="Surveys"
        subtitle="One active survey at a time is offered to logged-in customers; each answers once, answers become traits for segments"
        actions={
          <Button size="small" onClick={() => setEditing("new")} data-testid="survey-create">
            Create survey
          </Button>
        }
      >
        <DataTable
          columns={columns}
          rows={data?.surveys}
          rowTestId="survey-row"
          onRowClick={(s) => setSelected(s.id)}
          pager={page.pager(data?.count)}
          empty={
            <EmptyNote title="No surveys yet">
              Create one to ask logged-in customers about their style or needs; its answers become traits that segments can use.
            </EmptyNote>
          }
        />
      </PersonasHeader>
      {current && <SurveyResults key={current.id} survey={current} />}
      {editing && (
        <SurveyEditor
          key={editing === "new" ? "new" : editing.id}
          survey={editing === "new" ? undefined : editing}
          open
          onOpenChange={(o) => !o && setEditing(null)}
        />
      )}
    </div>
  )
}

export default SurveysPage
