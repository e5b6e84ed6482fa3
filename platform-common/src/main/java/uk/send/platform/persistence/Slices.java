package uk.send.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;

import java.util.function.Function;

/** Pages a Panache query into a domain {@link Slice}: the page asked for, each row mapped to its domain type, with the query's count. */
public final class Slices {

    private Slices() {
    }

    public static <E, T> Slice<T> of(PanacheQuery<E> query, PageRequest page, Function<E, T> toDomain) {
        return new Slice<>(query.page(page.page(), page.size()).list().stream().map(toDomain).toList(), query.count());
    }
}
