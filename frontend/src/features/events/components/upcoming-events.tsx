import { Button } from "@codegouvfr/react-dsfr/Button";
import { paths } from "../../../config/paths";
import { useEventSearch } from "../api/use-events";
import { EventCard } from "./event-card";

const SHOWN = 3;

/** « Prochains événements », on the home page of a signed-in member: the next three, and the way to the agenda. */
export function UpcomingEvents() {
  const upcoming = useEventSearch({ when: "UPCOMING", page: 0, size: SHOWN });
  // A home page block that cannot load stays out of the way: the agenda tells why.
  if (upcoming.isError) return null;
  return (
    <section aria-labelledby="upcoming-events-heading" className="fr-my-6w">
      <h2 id="upcoming-events-heading">Prochains événements</h2>
      {upcoming.data && upcoming.data.items.length === 0 && <p>Aucun événement n'est prévu pour l'instant.</p>}
      {upcoming.data && upcoming.data.items.length > 0 && (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {upcoming.data.items.map((event) => (
            <li key={event.id} className="fr-col-12 fr-col-md-4">
              <EventCard event={event} />
            </li>
          ))}
        </ul>
      )}
      <Button className="fr-mt-2w" priority="secondary" linkProps={{ to: paths.events.list.getHref() }}>
        Voir l'agenda
      </Button>
    </section>
  );
}
