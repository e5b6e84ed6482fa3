package uk.send.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.plan.entity.Task;
import uk.send.plan.entity.TaskStatus;
import uk.send.platform.rest.PageParams;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {

    public Optional<Task> findInProgramme(String tenant, UUID programmeId, UUID taskId) {
        return find("id = ?1 and programme.id = ?2 and tenant = ?3", taskId, programmeId, tenant).firstResultOptional();
    }

    /** Filters of the task list; null means "any". */
    public record Filter(TaskStatus status, String lead, LocalDate dueBefore, LocalDate dueAfter) {
    }

    public io.quarkus.hibernate.orm.panache.PanacheQuery<Task> query(String tenant, UUID programmeId, Filter filter) {
        StringBuilder q = new StringBuilder("tenant = :tenant and programme.id = :programme");
        Parameters p = Parameters.with("tenant", tenant).and("programme", programmeId);
        if (filter.status() != null) {
            q.append(" and status = :status");
            p.and("status", filter.status());
        }
        if (filter.lead() != null) {
            q.append(" and leadOfficerId = :lead");
            p.and("lead", filter.lead());
        }
        if (filter.dueBefore() != null) {
            q.append(" and dueDate < :before");
            p.and("before", filter.dueBefore());
        }
        if (filter.dueAfter() != null) {
            q.append(" and dueDate > :after");
            p.and("after", filter.dueAfter());
        }
        return find(q.toString(), Sort.ascending("dueDate").and("title").and("id"), p);
    }

    public long countInProgramme(UUID programmeId) {
        return count("programme.id", programmeId);
    }

    public static PageParams all() {
        return new PageParams(0, PageParams.MAX_SIZE);
    }
}
