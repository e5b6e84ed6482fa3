package uk.send.platform.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list endpoint's results. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageParams params, long totalItems) {
        int pages = (int) ((totalItems + params.size - 1) / params.size);
        return new Page<>(items, params.page, params.size, totalItems, pages);
    }

    /** The page {@code params} asks for of a Panache query, each row shown through {@code view}, with the query's count. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageParams params, Function<E, T> view) {
        return of(query.page(params.page, params.size).list().stream().map(view).toList(), params, query.count());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
