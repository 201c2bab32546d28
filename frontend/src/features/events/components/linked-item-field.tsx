import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { ProblemAlert } from "../../../components/problem-alert";

export type LinkedItem = { id: string; title: string };

type LinkedItemFieldProps = {
  /** "project" or "path": names the inputs and the cache. */
  name: string;
  legend: string;
  /** « le projet », « le parcours »: in the buttons' names. */
  noun: string;
  /** The search field's label: « Chercher un projet par son titre ». */
  searchLabel: string;
  value: LinkedItem | null;
  onChange: (value: LinkedItem | null) => void;
  search: (q: string) => Promise<LinkedItem[]>;
};

/** An optional link to one thing of the platform, found by its title and chosen with a button (no drag, no combobox). */
export function LinkedItemField({ name, legend, noun, searchLabel, value, onChange, search }: LinkedItemFieldProps) {
  const [text, setText] = useState("");
  const [submitted, setSubmitted] = useState("");
  const found = useQuery({
    queryKey: ["events", "link-search", name, submitted],
    queryFn: () => search(submitted),
    enabled: submitted.length >= 2,
  });
  const searchInput = useRef<HTMLInputElement>(null);

  return (
    <fieldset className="fr-fieldset" aria-labelledby={`${name}-legend`}>
      <legend id={`${name}-legend`} className="fr-fieldset__legend">
        {legend}
      </legend>
      <div className="fr-fieldset__element">
        {value ? (
          <p>
            {value.title}{" "}
            <Button
              type="button"
              size="small"
              priority="tertiary"
              iconId="fr-icon-delete-line"
              onClick={() => {
                onChange(null);
                window.setTimeout(() => searchInput.current?.focus());
              }}
            >
              Retirer {noun}
            </Button>
          </p>
        ) : (
          <>
            <Input
              label={searchLabel}
              hintText="Deux lettres au moins"
              nativeInputProps={{
                name: `${name}Search`,
                type: "search",
                value: text,
                ref: searchInput,
                onChange: (event) => setText(event.target.value),
                onKeyDown: (event) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    setSubmitted(text.trim());
                  }
                },
              }}
            />
            <Button type="button" size="small" priority="secondary" iconId="fr-icon-search-line" onClick={() => setSubmitted(text.trim())}>
              Chercher {noun}
            </Button>
            <div aria-live="polite">
              {found.isError && <ProblemAlert error={found.error} title="La recherche n'a pas abouti" />}
              {found.data?.length === 0 && <p>Rien trouvé pour « {submitted} ».</p>}
              {found.data && found.data.length > 0 && (
                <ul className="fr-raw-list fr-mt-1w">
                  {found.data.map((item) => (
                    <li key={item.id} className="fr-mb-1w">
                      <Button type="button" size="small" priority="tertiary" iconId="fr-icon-link" onClick={() => onChange(item)}>
                        Choisir « {item.title} »
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </>
        )}
      </div>
    </fieldset>
  );
}
