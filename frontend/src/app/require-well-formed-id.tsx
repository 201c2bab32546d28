import { Outlet, useParams, type RouteObject } from "react-router";
import { NotFoundPage } from "../components/not-found-page";
import { isIdentifier } from "../lib/api/identifiers";

/** Renders the page of an `:id` address only when the id can name something; the not-found page otherwise. */
export function RequireWellFormedId() {
  const { id = "" } = useParams();
  return isIdentifier(id) ? <Outlet /> : <NotFoundPage />;
}

/**
 * Every identifier of the API is a UUID: a page whose `:id` is none (`/membres/pas-un-id`) shows the not-found page
 * at once, instead of asking the API and showing its « Certains champs sont invalides ».
 */
export function withWellFormedIds(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    if (route.path?.includes(":id") && !route.children) {
      const { path, ...page } = route;
      return { path, element: <RequireWellFormedId />, children: [{ ...page, index: true } as RouteObject] };
    }
    return route.children ? ({ ...route, children: withWellFormedIds(route.children) } as RouteObject) : route;
  });
}
