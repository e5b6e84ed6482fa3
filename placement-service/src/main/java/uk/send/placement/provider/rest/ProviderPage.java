package uk.send.placement.provider.rest;

import java.util.List;

/** One page of providers (the OpenAPI name of {@code Page<ProviderView>}). */
public record ProviderPage(List<ProviderView> items, int page, int size, long totalItems, int totalPages) {
}
