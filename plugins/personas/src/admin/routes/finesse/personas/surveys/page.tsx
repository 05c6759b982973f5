import { Badge, Button, Container, DropdownMenu, Heading, IconButton, Table, Text, toast } from "@medusajs/ui"
import { EllipsisHorizontal } from "@medusajs/icons"
import { useState } from "react"
import { PersonasNav } from "../../../../components/personas-nav"
import { SurveyEditor } from "../../../../components/surveys/survey-editor"
import { SurveyResults } from "../../../../components/surveys/survey-results"
import { useDeleteSurvey, useSaveSurvey, useSurveys, type Survey } from "../../../../hooks/surveys"
import { formatDateTime, formatNumber, errorMessage, TablePager } from "@finesse/core/admin-kit"

const PAGE = 20
const STATUS_COLOR = { draft: "grey", active: "green", closed: "orange" } as const

const StatusActions = ({ survey }: { survey: Survey }) => {
  const save = useSaveSurvey(survey.id)
  const del = useDeleteSurvey()
  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn()
      toast.success(done)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }
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

/** Surveys: questionnaires for logged-in customers; answers become traits, results are summarised here. */
const SurveysPage = () => {
  const [offset, setOffset] = useState(0)
  const { data, isLoading } = useSurveys({ limit: PAGE, offset })
  const [editing, setEditing] = useState<Survey | "new" | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const surveys = data?.surveys ?? []
  const current = surveys.find((s) => s.id === selected) ?? surveys.find((s) => s.status === "active") ?? surveys[0]
  return (
    <div className="flex flex-col gap-y-3" data-testid="surveys-page">
      <Container className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-2">
          <div>
            <Heading level="h1">Surveys</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              One active survey at a time is offered to logged-in customers; each answers once, answers become traits for segments
            </Text>
          </div>
          <PersonasNav />
        </div>
        <Button size="small" onClick={() => setEditing("new")} data-testid="survey-create">
          Create survey
        </Button>
      </Container>
      <Container className="divide-y p-0">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Survey</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Questions</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Responses</Table.HeaderCell>
              <Table.HeaderCell>Incentive</Table.HeaderCell>
              <Table.HeaderCell>Updated</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {surveys.map((s) => (
              <Table.Row key={s.id} className="cursor-pointer" onClick={() => setSelected(s.id)} data-testid="survey-row">
                <Table.Cell>
                  <button className="text-ui-fg-base hover:text-ui-fg-interactive text-left" onClick={(e) => (e.stopPropagation(), setEditing(s))}>
                    {s.title}
                  </button>
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {s.key}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={STATUS_COLOR[s.status]}>
                    {s.status}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{s.questions.length}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatNumber(s.response_count)}</Table.Cell>
                <Table.Cell>
                  {s.incentive ? (s.incentive.type === "percentage" ? `${s.incentive.value} % off` : `${s.incentive.value} ${(s.incentive.currency_code ?? "").toUpperCase()} off`) : "–"}
                </Table.Cell>
                <Table.Cell>{formatDateTime(s.updated_at)}</Table.Cell>
                <Table.Cell>
                  <StatusActions survey={s} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {!isLoading && data?.count === 0 && (
          <div className="px-6 py-10 text-center">
            <Text size="small" className="text-ui-fg-subtle">
              No surveys yet
            </Text>
          </div>
        )}
        <TablePager count={data?.count ?? 0} offset={offset} pageSize={PAGE} onOffset={setOffset} />
      </Container>
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
