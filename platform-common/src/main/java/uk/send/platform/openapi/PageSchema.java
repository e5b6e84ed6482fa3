package uk.send.platform.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The OpenAPI shape of {@link uk.send.platform.rest.Page}, for naming a list's page schema in the contract:
 * a resource declares {@code static final class ProgrammePage extends PageSchema<ProgrammeView> {}} with
 * {@code @Schema(name = "ProgrammePage")} and points its 200 response at it. Never instantiated; the
 * resource still returns {@code Page<T>}, whose JSON has exactly these fields.
 */
public abstract class PageSchema<T> {

    @Schema(required = true, description = "This page's items, in the list's order")
    public List<T> items;

    @Schema(required = true, description = "Page number, from 0", examples = "0")
    public int page;

    @Schema(required = true, description = "Items per page asked for, 1 to 100", examples = "20")
    public int size;

    @Schema(required = true, description = "Items in the whole list", examples = "1")
    public long totalItems;

    @Schema(required = true, description = "Pages in the whole list at this size", examples = "1")
    public int totalPages;
}
