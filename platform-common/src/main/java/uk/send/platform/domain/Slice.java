package uk.send.platform.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a list as services return it: the items asked for and how many there are in all. */
public record Slice<T>(List<T> items, long totalItems) {

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(items.stream().map(mapper).toList(), totalItems);
    }
}
