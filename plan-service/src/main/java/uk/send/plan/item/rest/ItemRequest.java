package uk.send.plan.item.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.plan.item.domain.ItemKind;
import uk.send.plan.item.domain.ItemStatus;

import java.util.List;
import java.util.UUID;

/** An item to create, or the full new state of one (PUT: kind and parent cannot change). */
public record ItemRequest(
        @NotNull ItemKind kind,
        @Schema(description = "The item above: a task's phase, a deliverable's task, an action's or criterion's deliverable") UUID parentId,
        @Size(max = 40) @Schema(example = "Task 4") String ref,
        @NotBlank @Size(max = 4000) @Schema(example = "Model every school's budget under the new bands") String title,
        @Valid LeadOfficer leadOfficer,
        @Size(max = 10) List<@Valid @NotNull DeadlineInput> deadlines,
        @Schema(description = "Defaults to NOT_STARTED") ItemStatus status) {
}
