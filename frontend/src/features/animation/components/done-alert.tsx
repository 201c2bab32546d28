import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useEffect, useRef } from "react";

/**
 * What a console action did. Focused when it appears: the button that opened the action has gone with the line (it
 * left its queue, or the suspension changed the line's buttons), so focus would otherwise fall back to the page's top.
 */
export function DoneAlert({ message, as }: { message: string; as: "h2" | "h3" }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <div ref={ref} tabIndex={-1}>
      <Alert as={as} severity="success" small className="fr-mb-2w" title="C'est fait" description={message} />
    </div>
  );
}
