import { Trash } from "@medusajs/icons"
import { Button, Drawer, IconButton, Input, Label, Switch, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { Field, OptionSelect, runWithToast } from "@finesse/core/admin-kit"
import { useSaveSurvey, type Incentive, type Question, type QuestionType, type Survey } from "../../hooks/surveys"

const TYPE_LABEL: Record<QuestionType, string> = {
  single_choice: "Single choice",
  multiple_choice: "Multiple choice",
  scale: "Scale",
  free_text: "Free text",
}

const TYPE_OPTIONS = (Object.keys(TYPE_LABEL) as QuestionType[]).map((t) => ({ value: t, label: TYPE_LABEL[t] }))
const INCENTIVE_OPTIONS = [
  { value: "percentage", label: "Percent off" },
  { value: "fixed", label: "Amount off" },
]

const blank = (i: number): Question => ({ key: `question_${i + 1}`, type: "single_choice", prompt: "", options: ["", ""], required: true })

/** Create or edit a questionnaire: questions of four types and an optional promotion-code incentive. */
export const SurveyEditor = ({ survey, open, onOpenChange }: { survey?: Survey; open: boolean; onOpenChange: (o: boolean) => void }) => {
  const save = useSaveSurvey(survey?.id)
  const locked = !!survey && survey.response_count > 0
  const [key, setKey] = useState(survey?.key ?? "")
  const [title, setTitle] = useState(survey?.title ?? "")
  const [description, setDescription] = useState(survey?.description ?? "")
  const [questions, setQuestions] = useState<Question[]>(
    survey?.questions.map(({ key, type, prompt, options, min, max, required }) => ({ key, type, prompt, options, min, max, required })) ?? [blank(0)]
  )
  const [incentive, setIncentive] = useState<Incentive | null>(survey?.incentive ?? null)
  const set = (i: number, q: Partial<Question>) => setQuestions(questions.map((x, j) => (j === i ? { ...x, ...q } : x)))

  const submit = async () => {
    const saved = await runWithToast(
      () =>
        save.mutateAsync({
        ...(survey ? {} : { key }),
        title,
        description: description || null,
        incentive,
        ...(locked
          ? {}
          : {
              questions: questions.map((q) => ({
                ...q,
                options: q.type === "single_choice" || q.type === "multiple_choice" ? (q.options ?? []).map((o) => o.trim()) : null,
                min: q.type === "scale" ? (q.min ?? 1) : null,
                max: q.type === "scale" ? (q.max ?? 5) : null,
              })),
            }),
        }),
      survey ? "Survey saved" : "Survey created"
    )
    if (saved) onOpenChange(false)
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-[640px]" data-testid="survey-editor">
        <Drawer.Header>
          <Drawer.Title>{survey ? `Edit ${survey.title}` : "New survey"}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <div className="grid grid-cols-2 gap-3">
            <Field label={`Key (names the answers: survey.${key || "key"}.…)`}>
              <Input size="small" value={key} disabled={!!survey} onChange={(e) => setKey(e.target.value)} placeholder="style_2026" />
            </Field>
            <Field label="Title">
              <Input size="small" value={title} onChange={(e) => setTitle(e.target.value)} />
            </Field>
          </div>
          <Field label="Description">
            <Textarea rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
          </Field>
          {locked && (
            <Text size="small" className="text-ui-fg-subtle">
              Customers have answered this survey; its questions can no longer change.
            </Text>
          )}
          {questions.map((q, i) => (
            <div key={i} className="bg-ui-bg-subtle flex flex-col gap-y-2 rounded-lg p-3" data-testid="survey-question">
              <div className="flex items-center gap-x-2">
                <Input size="small" className="w-40" value={q.key} disabled={locked} onChange={(e) => set(i, { key: e.target.value })} />
                <OptionSelect
                  ariaLabel="Question type"
                  value={q.type}
                  disabled={locked}
                  onChange={(type) => set(i, { type: type as QuestionType })}
                  options={TYPE_OPTIONS}
                  className="w-44"
                />
                <div className="flex items-center gap-x-1.5">
                  <Switch size="small" checked={!!q.required} disabled={locked} onCheckedChange={(required) => set(i, { required })} />
                  <Text size="xsmall">required</Text>
                </div>
                <IconButton size="small" variant="transparent" className="ml-auto" disabled={locked} onClick={() => setQuestions(questions.filter((_, j) => j !== i))}>
                  <Trash />
                </IconButton>
              </div>
              <Input size="small" placeholder="Question" value={q.prompt} disabled={locked} onChange={(e) => set(i, { prompt: e.target.value })} />
              {(q.type === "single_choice" || q.type === "multiple_choice") && (
                <Input
                  size="small"
                  placeholder="Options, comma-separated"
                  disabled={locked}
                  value={(q.options ?? []).join(", ")}
                  onChange={(e) => set(i, { options: e.target.value.split(",").map((o) => o.trimStart()) })}
                />
              )}
              {q.type === "scale" && (
                <div className="flex items-center gap-x-2">
                  <Text size="small">from</Text>
                  <Input size="small" type="number" className="w-20" value={q.min ?? 1} disabled={locked} onChange={(e) => set(i, { min: Number(e.target.value) })} />
                  <Text size="small">to</Text>
                  <Input size="small" type="number" className="w-20" value={q.max ?? 5} disabled={locked} onChange={(e) => set(i, { max: Number(e.target.value) })} />
                </div>
              )}
            </div>
          ))}
          {!locked && (
            <Button size="small" variant="secondary" className="self-start" onClick={() => setQuestions([...questions, blank(questions.length)])}>
              Add question
            </Button>
          )}
          <div className="flex flex-col gap-y-2">
            <div className="flex items-center gap-x-2">
              <Switch id="incentive" checked={!!incentive} onCheckedChange={(on) => setIncentive(on ? { type: "percentage", value: 10 } : null)} />
              <Label size="small" htmlFor="incentive">
                Thank respondents with a single-use promotion code
              </Label>
            </div>
            {incentive && (
              <div className="flex items-center gap-x-2 pl-10">
                <OptionSelect
                  ariaLabel="Incentive"
                  value={incentive.type}
                  onChange={(type) => setIncentive({ ...incentive, type: type as Incentive["type"] })}
                  options={INCENTIVE_OPTIONS}
                  className="w-40"
                />
                <Input size="small" type="number" className="w-24" value={incentive.value} onChange={(e) => setIncentive({ ...incentive, value: Number(e.target.value) })} />
                {incentive.type === "fixed" && (
                  <Input
                    size="small"
                    className="w-20"
                    placeholder="eur"
                    value={incentive.currency_code ?? ""}
                    onChange={(e) => setIncentive({ ...incentive, currency_code: e.target.value.toLowerCase() })}
                  />
                )}
              </div>
            )}
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} isLoading={save.isPending} data-testid="survey-save">
            Save
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
