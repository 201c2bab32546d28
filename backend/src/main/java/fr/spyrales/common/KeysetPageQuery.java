package fr.spyrales.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of a list over an unbounded table: `page` and `size`, and `after`, the cursor of keyset
 * paging ({@link KeysetOrder}), which reaches deep pages without reading the rows before them.
 */
public class KeysetPageQuery extends PageQuery {
    @QueryParam(PageCursor.PARAMETER)
    @Parameter(
            description = "Curseur de la page à lire : la valeur `next` de la page précédente, telle quelle. La page"
                    + " suit alors la dernière ligne de la précédente, sans relire les lignes d'avant : c'est le moyen"
                    + " de parcourir une longue liste. Les filtres et le tri doivent rester ceux de la page qui l'a"
                    + " donné ; `page` doit valoir 0 (ou être absent).",
            example =
                    "eyJvIjoibWVtYmVyczpuYW1lLGFzYyIsImsiOlsiYWxpY2UiLCIwZjUzYzVhZS0xYjBlLTRjNWUtOTQ0Ni0zZTZmNGQ1ZjBmNGMiXX0")
    public String after;

    /**
     * The position the cursor names in {@code order}, or null for a page by number. A cursor with a page number is
     * refused: the cursor already says where the page starts.
     */
    public java.util.List<Object> position(KeysetOrder order) {
        if (after == null) {
            return null;
        }
        if (page > 0) {
            throw ApiException.invalidField(
                    PageCursor.PARAMETER,
                    "Indiquez soit `after`, soit `page`, pas les deux : avec un curseur, `page` vaut 0.");
        }
        return order.position(after);
    }
}
