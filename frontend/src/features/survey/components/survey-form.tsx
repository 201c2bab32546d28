import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState, type FormEvent } from "react";
import { ErrorSummary, type FieldInError } from "../../../components/error-summary";
import { describeError } from "../../../lib/api/api-error";
import { fieldState, mapFieldErrors } from "../../../lib/api/field-errors";
import type { SurveyAgreement, SurveyAnswerCreate, SurveyProgress, SurveyWish } from "../../../lib/api/types";
import { useAnswerSurvey } from "../api/survey-queries";
import {
  AGREEMENT_LABELS,
  AGREEMENTS,
  COMMENT_MAX,
  PROGRESS_LABELS,
  PROGRESSES,
  WISH_LABELS,
  WISH_OTHER_MAX,
  WISHES,
} from "../utils/survey-labels";

const FIELDS = ["recommendation", "lessAlone", "pythonProgress", "rProgress", "wishes", "wishOther", "comment"] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, string> = {
  recommendation: "Recommandation",
  lessAlone: "Moins seul·e face aux données",
  pythonProgress: "Progrès en Python",
  rProgress: "Progrès en R",
  wishes: "Ce que la communauté devrait faire davantage",
  wishOther: "Autre proposition",
  comment: "Commentaire",
};

type Draft = {
  recommendation: number | null;
  lessAlone: SurveyAgreement | null;
  pythonProgress: SurveyProgress | null;
  rProgress: SurveyProgress | null;
  wishes: SurveyWish[];
  wishOther: string;
  comment: string;
};

const EMPTY: Draft = {
  recommendation: null,
  lessAlone: null,
  pythonProgress: null,
  rProgress: null,
  wishes: [],
  wishOther: "",
  comment: "",
};

/** What the member must still correct, in French, field by field. */
export function validateSurvey(draft: Draft): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (draft.recommendation === null) errors.recommendation = "Indiquez une note de 0 à 10.";
  if (draft.lessAlone === null) errors.lessAlone = "Indiquez si vous vous sentez moins seul·e face aux données.";
  if (draft.pythonProgress === null) errors.pythonProgress = "Indiquez vos progrès en Python.";
  if (draft.rProgress === null) errors.rProgress = "Indiquez vos progrès en R.";
  if (draft.wishes.includes("OTHER") && !draft.wishOther.trim()) errors.wishOther = "Précisez ce que vous proposez sous « Autre ».";
  if (draft.wishOther.length > WISH_OTHER_MAX) errors.wishOther = "Précisez en 200 caractères au plus.";
  if (draft.comment.length > COMMENT_MAX) errors.comment = "Le commentaire ne doit pas dépasser 2 000 caractères.";
  return errors;
}

function radios<Value extends string | number>(
  name: string,
  values: readonly Value[],
  label: (value: Value) => string,
  chosen: Value | null,
  choose: (value: Value) => void,
) {
  return values.map((value) => ({
    label: label(value),
    nativeInputProps: { name, value: String(value), checked: chosen === value, onChange: () => choose(value) },
  }));
}

const SCORES = Array.from({ length: 11 }, (_, score) => score);

/** The fixed questionnaire of a campaign; sends the answer once it is complete. */
export function SurveyForm({ campaignId, onAnswered }: { campaignId: string; onAnswered: () => void }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [attempt, setAttempt] = useState(0);
  const [shown, setShown] = useState<Partial<Record<Field, string>>>({});
  const answer = useAnswerSurvey(campaignId);
  const server = mapFieldErrors(answer.error, FIELDS);
  const messageOf = (field: Field) => shown[field] ?? server[field];

  const change = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setShown((current) => ({ ...current, [field]: undefined }));
    answer.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validateSurvey(draft);
    setShown(errors);
    if (Object.keys(errors).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const body: SurveyAnswerCreate = {
      recommendation: draft.recommendation as number,
      lessAlone: draft.lessAlone as SurveyAgreement,
      pythonProgress: draft.pythonProgress as SurveyProgress,
      rProgress: draft.rProgress as SurveyProgress,
      wishes: draft.wishes,
      ...(draft.wishes.includes("OTHER") && { wishOther: draft.wishOther.trim() }),
      ...(draft.comment.trim() && { comment: draft.comment.trim() }),
    };
    answer.mutate(body, { onSuccess: onAnswered, onError: () => setAttempt((n) => n + 1) });
  };

  const inError: FieldInError[] = FIELDS.filter((field) => messageOf(field)).map((field) => ({
    targetId: `survey-${field}`,
    label: LABELS[field],
    message: messageOf(field) as string,
  }));
  const detail = answer.isError && inError.length === 0 ? describeError(answer.error) : null;

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary title="Votre réponse n'a pas été envoyée" errors={inError} attempt={attempt} visible={inError.length > 0 || !!detail}>
        {detail && <p>{detail}</p>}
      </ErrorSummary>
      <div id="survey-recommendation">
        <RadioButtons
          legend="Recommanderiez-vous la communauté Spyrales à un·e collègue ?"
          hintText="De 0 (pas du tout) à 10 (certainement)."
          name="recommendation"
          orientation="horizontal"
          {...fieldState(messageOf("recommendation"))}
          options={radios("recommendation", SCORES, String, draft.recommendation, (score) => change("recommendation", score))}
        />
      </div>
      <div id="survey-lessAlone">
        <RadioButtons
          legend="« Je me sens moins seul·e face aux données »"
          name="lessAlone"
          {...fieldState(messageOf("lessAlone"))}
          options={radios(
            "lessAlone",
            AGREEMENTS,
            (v) => AGREEMENT_LABELS[v],
            draft.lessAlone,
            (v) => change("lessAlone", v),
          )}
        />
      </div>
      <div id="survey-pythonProgress">
        <RadioButtons
          legend="Grâce à la communauté, avez-vous progressé en Python ?"
          name="pythonProgress"
          {...fieldState(messageOf("pythonProgress"))}
          options={radios(
            "pythonProgress",
            PROGRESSES,
            (v) => PROGRESS_LABELS[v],
            draft.pythonProgress,
            (v) => change("pythonProgress", v),
          )}
        />
      </div>
      <div id="survey-rProgress">
        <RadioButtons
          legend="Grâce à la communauté, avez-vous progressé en R ?"
          name="rProgress"
          {...fieldState(messageOf("rProgress"))}
          options={radios(
            "rProgress",
            PROGRESSES,
            (v) => PROGRESS_LABELS[v],
            draft.rProgress,
            (v) => change("rProgress", v),
          )}
        />
      </div>
      <div id="survey-wishes">
        <Checkbox
          legend="Que devrait faire davantage la communauté ?"
          hintText="Facultatif : cochez autant de propositions que vous voulez."
          {...fieldState(messageOf("wishes"))}
          options={WISHES.map((wish) => ({
            label: WISH_LABELS[wish],
            nativeInputProps: {
              name: "wishes",
              value: wish,
              checked: draft.wishes.includes(wish),
              onChange: (event) =>
                change("wishes", event.target.checked ? [...draft.wishes, wish] : draft.wishes.filter((w) => w !== wish)),
            },
          }))}
        />
      </div>
      {draft.wishes.includes("OTHER") && (
        <Input
          label="Précisez votre proposition « Autre »"
          hintText="200 caractères au plus."
          {...fieldState(messageOf("wishOther"))}
          nativeInputProps={{
            id: "survey-wishOther",
            name: "wishOther",
            maxLength: WISH_OTHER_MAX,
            value: draft.wishOther,
            onChange: (event) => change("wishOther", event.target.value),
          }}
        />
      )}
      <Input
        label="Un commentaire ? (facultatif)"
        hintText="2 000 caractères au plus. Évitez d'y écrire votre nom : la réponse reste anonyme."
        textArea
        {...fieldState(messageOf("comment"))}
        nativeTextAreaProps={{
          id: "survey-comment",
          name: "comment",
          rows: 4,
          value: draft.comment,
          onChange: (event) => change("comment", event.target.value),
        }}
      />
      <Button type="submit" disabled={answer.isPending}>
        Envoyer ma réponse
      </Button>
    </form>
  );
}
