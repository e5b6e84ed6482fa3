package uk.send.platform.rest;

import java.util.List;
import java.util.function.Function;

/** One page of a list endpoint's results. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageParams params, long totalItems) {
        int pages = (int) ((totalItems + params.size - 1) / params.size);
        return new Page<>(items, params.page, params.size, totalItems, pages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
