package fr.spyrales.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the envelope every list endpoint answers with. A search over a large table counts its matches
 * only up to a cap ({@link ListCounting}); a list bounded by design counts them exactly.
 */
public record PageResponse<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, example = "0") int page,
        @Schema(required = true, example = "20") int size,

        @Schema(
                required = true,
                description = "Nombre d'éléments de la liste si `totalExact` ; sinon le plafond du comptage (1 000 par"
                        + " défaut), que la liste dépasse (« plus de 1 000 résultats »).",
                example = "137")
        long total,

        @Schema(
                required = true,
                description = "true si `total` est le nombre exact d'éléments ; false si la liste en compte davantage :"
                        + " le comptage s'arrête au plafond. Toute page reste accessible par `page` au-delà du"
                        + " plafond ; sans total exact la dernière page n'est pas connue : une page pleine en annonce"
                        + " peut-être une suivante, une page vide est au-delà de la fin, une page incomplète est la"
                        + " dernière et son total est exact.",
                example = "true")
        boolean totalExact,

        @Schema(
                required = true,
                nullable = true,
                description = NEXT_DESCRIPTION,
                example =
                        "eyJvIjoibWVtYmVyczpuYW1lLGFzYyIsImsiOlsiYWxpY2UiLCIwZjUzYzVhZS0xYjBlLTRjNWUtOTQ0Ni0zZTZmNGQ1ZjBmNGMiXX0")
        String next) {

    /** The documentation of {@code next}, shared with the lists that answer an envelope of their own. */
    public static final String NEXT_DESCRIPTION = "Curseur de la page suivante, à passer tel quel dans le paramètre"
            + " `after` (avec les mêmes filtres et le même tri) ; null sur la dernière page, et sur les listes qui"
            + " n'acceptent pas `after`. Une page lue par `after` vaut `page` = 0 : elle se situe par son curseur,"
            + " non par son numéro. Le curseur n'est qu'une position : il ne donne accès à rien de plus que les pages.";

    public PageResponse(List<T> items, int page, int size, ListTotal total) {
        this(items, page, size, total.value(), total.exact(), null);
    }

    /** A page of a list with keyset paging: {@code next} is the next page's cursor, null on the last page. */
    public PageResponse(List<T> items, int page, int size, ListTotal total, String next) {
        this(items, page, size, total.value(), total.exact(), next);
    }

    /** A page of a list bounded by design, whose total is counted exactly. */
    public PageResponse(List<T> items, int page, int size, long exactTotal) {
        this(items, page, size, exactTotal, true, null);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total, totalExact, next);
    }
}
