package fr.spyrales.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the envelope every list endpoint answers with. */
public record PageResponse<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, example = "0") int page,
        @Schema(required = true, example = "20") int size,
        @Schema(required = true, example = "137") long total) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
