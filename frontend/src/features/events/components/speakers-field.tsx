import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { ProblemAlert } from "../../../components/problem-alert";
import { memberSearch } from "../api/link-searches";
import { MAX_SPEAKERS, type SpeakerDraft } from "../utils/event-draft";

type SpeakersFieldProps = {
  speakers: SpeakerDraft[];
  onChange: (speakers: SpeakerDraft[]) => void;
  error?: string;
};

/** The speakers, in order: members of the community found by name, and people from outside named by hand. */
export function SpeakersField({ speakers, onChange, error }: SpeakersFieldProps) {
  const [search, setSearch] = useState("");
  const [submitted, setSubmitted] = useState("");
  const found = useQuery({ ...memberSearch(submitted), enabled: submitted.length >= 2 });
  const lastNameInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const full = speakers.length >= MAX_SPEAKERS;
  const errorId = "speakers-error";

  const remove = (index: number) => {
    onChange(speakers.filter((_, other) => other !== index));
    // The row and its button disappear: the focus goes back to the search.
    searchInput.current?.focus();
  };

  const addExternal = () => {
    onChange([...speakers, { name: "" }]);
    window.setTimeout(() => lastNameInput.current?.focus());
  };

  const chosenIds = new Set(speakers.map((speaker) => speaker.memberId).filter(Boolean));

  return (
    <fieldset
      className={`fr-fieldset${error ? " fr-fieldset--error" : ""}`}
      aria-labelledby="speakers-legend"
      aria-describedby={error ? errorId : undefined}
    >
      <legend id="speakers-legend" className="fr-fieldset__legend">
        Intervenants (facultatif)
        <span className="fr-hint-text">Jusqu'à {MAX_SPEAKERS} : des membres de la communauté ou des personnes extérieures.</span>
      </legend>
      {speakers.length > 0 && (
        <ol className="fr-col-12">
          {speakers.map((speaker, index) => (
            <li key={index} className="fr-mb-1w">
              {speaker.memberId ? (
                <span>{speaker.name} (membre de la communauté)</span>
              ) : (
                <Input
                  label={`Nom de l'intervenant ${index + 1}`}
                  nativeInputProps={{
                    name: `speaker-${index}`,
                    value: speaker.name,
                    maxLength: 150,
                    ref: index === speakers.length - 1 ? lastNameInput : undefined,
                    onChange: (event) => onChange(speakers.map((other, at) => (at === index ? { name: event.target.value } : other))),
                  }}
                />
              )}{" "}
              <Button type="button" size="small" priority="tertiary" iconId="fr-icon-delete-line" onClick={() => remove(index)}>
                Retirer {speaker.name || `l'intervenant ${index + 1}`}
              </Button>
            </li>
          ))}
        </ol>
      )}
      <div className="fr-col-12">
        <Input
          label="Chercher un membre"
          hintText="Deux lettres au moins de son nom"
          nativeInputProps={{
            name: "speakerSearch",
            type: "search",
            value: search,
            ref: searchInput,
            onChange: (event) => setSearch(event.target.value),
            onKeyDown: (event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                setSubmitted(search.trim());
              }
            },
          }}
        />
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
          <li>
            <Button type="button" priority="secondary" iconId="fr-icon-search-line" onClick={() => setSubmitted(search.trim())}>
              Chercher parmi les membres
            </Button>
          </li>
          <li>
            <Button type="button" priority="secondary" iconId="fr-icon-add-line" disabled={full} onClick={addExternal}>
              Ajouter une personne extérieure
            </Button>
          </li>
        </ul>
        <div aria-live="polite">
          {found.isError && <ProblemAlert error={found.error} title="La recherche n'a pas abouti" />}
          {found.data && found.data.items.length === 0 && <p>Aucun membre trouvé pour « {submitted} ».</p>}
          {found.data && found.data.items.length > 0 && (
            <ul className="fr-raw-list">
              {found.data.items.map((member) => (
                <li key={member.id} className="fr-mb-1w">
                  <Button
                    type="button"
                    size="small"
                    priority="tertiary"
                    iconId="fr-icon-user-add-line"
                    disabled={full || chosenIds.has(member.id)}
                    onClick={() => onChange([...speakers, { memberId: member.id, name: member.displayName }])}
                  >
                    Ajouter {member.displayName}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {error && (
        <div className="fr-messages-group" id={errorId} aria-live="assertive">
          <p className="fr-message fr-message--error">{error}</p>
        </div>
      )}
    </fieldset>
  );
}
