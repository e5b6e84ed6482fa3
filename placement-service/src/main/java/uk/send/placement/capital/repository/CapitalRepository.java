package uk.send.placement.capital.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.placement.capital.domain.CapitalProject;
import uk.send.placement.capital.domain.Milestone;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Capital projects and their milestones. */
@ApplicationScoped
public class CapitalRepository {

    private final EntityManager em;

    public CapitalRepository(EntityManager em) {
        this.em = em;
    }

    public void insertProject(UUID id, String tenant, String name, UUID providerId, String need, int places, int year, Instant at) {
        em.createNativeQuery("insert into capital_project values (:id, :t, :n, :p, :need, :places, :y, null, :at, 0)")
                .setParameter("id", id).setParameter("t", tenant).setParameter("n", name).setParameter("p", providerId).setParameter("need", need)
                .setParameter("places", places).setParameter("y", year).setParameter("at", Timestamp.from(at)).executeUpdate();
    }

    public void insertMilestone(UUID id, UUID projectId, String tenant, String name, LocalDate due) {
        em.createNativeQuery("insert into capital_milestone values (:id, :p, :t, :n, :d, null)")
                .setParameter("id", id).setParameter("p", projectId).setParameter("t", tenant).setParameter("n", name)
                .setParameter("d", Date.valueOf(due)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<CapitalProject> lockProject(String tenant, UUID id) {
        List<Object[]> rows = em.createNativeQuery("select id, name, provider_id, need_type, places, delivery_academic_year, delivered_on, version "
                + "from capital_project where tenant = :t and id = :id for update").setParameter("t", tenant).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(CapitalRepository::project);
    }

    @SuppressWarnings("unchecked")
    public List<CapitalProject> projects(String tenant, int offset, int size) {
        List<Object[]> rows = em.createNativeQuery("select id, name, provider_id, need_type, places, delivery_academic_year, delivered_on, version "
                        + "from capital_project where tenant = :t order by name, id limit :s offset :o")
                .setParameter("t", tenant).setParameter("s", size).setParameter("o", offset).getResultList();
        return rows.stream().map(CapitalRepository::project).toList();
    }

    public long count(String tenant) {
        return ((Number) em.createNativeQuery("select count(*) from capital_project where tenant = :t").setParameter("t", tenant).getSingleResult()).longValue();
    }

    public void markDelivered(UUID id, LocalDate on) {
        em.createNativeQuery("update capital_project set delivered_on = :d, version = version + 1 where id = :id")
                .setParameter("d", Date.valueOf(on)).setParameter("id", id).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Milestone> milestones(UUID projectId) {
        List<Object[]> rows = em.createNativeQuery("select id, project_id, name, due_date, done_on from capital_milestone where project_id = :p order by due_date, name")
                .setParameter("p", projectId).getResultList();
        return rows.stream().map(CapitalRepository::milestone).toList();
    }

    /** Open milestones of the LA due from {@code from} to {@code to}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> openMilestonesDue(String tenant, LocalDate from, LocalDate to) {
        return em.createNativeQuery("select m.id, m.project_id, m.name, m.due_date, p.name from capital_milestone m join capital_project p on p.id = m.project_id "
                        + "where m.tenant = :t and m.done_on is null and m.due_date between :f and :to order by m.due_date")
                .setParameter("t", tenant).setParameter("f", Date.valueOf(from)).setParameter("to", Date.valueOf(to)).getResultList();
    }

    public int completeMilestone(String tenant, UUID projectId, UUID milestoneId, LocalDate on) {
        return em.createNativeQuery("update capital_milestone set done_on = :d where tenant = :t and project_id = :p and id = :id")
                .setParameter("d", Date.valueOf(on)).setParameter("t", tenant).setParameter("p", projectId).setParameter("id", milestoneId).executeUpdate();
    }

    private static CapitalProject project(Object[] r) {
        return new CapitalProject((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                r[6] == null ? null : date(r[6]), ((Number) r[7]).longValue());
    }

    private static Milestone milestone(Object[] r) {
        return new Milestone((UUID) r[0], (UUID) r[1], (String) r[2], date(r[3]), r[4] == null ? null : date(r[4]));
    }

    static LocalDate date(Object o) {
        return o instanceof LocalDate l ? l : ((Date) o).toLocalDate();
    }
}
