package uk.send.funding.forum.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import uk.send.funding.forum.domain.VoteThreshold;
import uk.send.funding.forum.domain.Deduction;
import uk.send.funding.forum.domain.Tally;
import uk.send.funding.forum.domain.TopSlice;
import uk.send.funding.forum.domain.TopSliceBase;
import uk.send.funding.forum.domain.TopSliceStatus;
import uk.send.funding.forum.domain.TradedModel;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.register.entity.SettingType;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** All SQL of {@code top_slice} and {@code top_slice_deduction}, always within the caller's LA. */
@ApplicationScoped
public class TopSliceRepository {

    private static final String COLUMNS = "id, name, purpose, financial_year, sum_needed, base, setting_types, settings, settings_without_base, "
            + "status, meeting_date, minute_ref, votes_for, votes_against, abstentions, not_eligible, threshold, traded_model, price_per_school, "
            + "created_by, created_at, updated_at, version, quorate";

    private final EntityManager em;

    public TopSliceRepository(EntityManager em) {
        this.em = em;
    }

    public void insert(String tenant, TopSlice s) {
        NativeQuery<?> q = native_("insert into top_slice (tenant, " + COLUMNS + ") values (:tenant, :id, :name, :purpose, :fy, :sum, "
                + ":base, :types, :settings, :without, :status, :meeting, :minute, :for, :against, :abstain, :ineligible, :threshold, :model, "
                + ":price, :by, :at, :updated, :v, :quorate)").setParameter("tenant", tenant).setParameter("by", s.createdBy())
                .setParameter("at", Rows.timestamp(s.createdAt()));
        bind(q, s).executeUpdate();
    }

    /** Writes the proposal's current state; the caller holds its row lock and has checked its version. */
    public void update(String tenant, TopSlice s) {
        NativeQuery<?> q = native_("update top_slice set name = :name, purpose = :purpose, financial_year = :fy, sum_needed = :sum, "
                + "base = :base, setting_types = :types, settings = :settings, settings_without_base = :without, status = :status, "
                + "meeting_date = :meeting, minute_ref = :minute, votes_for = :for, votes_against = :against, abstentions = :abstain, "
                + "not_eligible = :ineligible, threshold = :threshold, traded_model = :model, price_per_school = :price, updated_at = :updated, "
                + "quorate = :quorate, version = :v where tenant = :tenant and id = :id").setParameter("tenant", tenant);
        bind(q, s).executeUpdate();
    }

    private NativeQuery<?> native_(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class);
    }

    private static NativeQuery<?> bind(NativeQuery<?> q, TopSlice s) {
        Tally t = s.tally();
        q.setParameter("quorate", t == null ? null : t.quorate(), Boolean.class);
        return q.setParameter("id", s.id()).setParameter("name", s.name()).setParameter("purpose", s.purpose())
                .setParameter("fy", s.financialYear().startYear()).setParameter("sum", s.sumNeeded()).setParameter("base", s.base().name())
                .setParameter("types", s.settingTypes().stream().map(Enum::name).collect(Collectors.joining(",")))
                .setParameter("settings", s.settings()).setParameter("without", s.settingsWithoutBase()).setParameter("status", s.status().name())
                .setParameter("meeting", s.meetingDate(), java.time.LocalDate.class).setParameter("minute", s.minuteRef(), String.class)
                .setParameter("for", t == null ? null : t.votesFor(), Integer.class)
                .setParameter("against", t == null ? null : t.votesAgainst(), Integer.class)
                .setParameter("abstain", t == null ? null : t.abstentions(), Integer.class)
                .setParameter("ineligible", t == null ? null : t.notEligible(), Integer.class)
                .setParameter("threshold", s.threshold() == null ? null : s.threshold().name(), String.class)
                .setParameter("model", s.tradedModel() == null ? null : s.tradedModel().name(), String.class)
                .setParameter("price", s.pricePerSchool(), BigDecimal.class)
                .setParameter("updated", Rows.timestamp(s.updatedAt())).setParameter("v", s.version());
    }

    public Optional<TopSlice> find(String tenant, UUID id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from top_slice where tenant = :t and id = :id" + (lock ? " for update" : ""))
                .setParameter("t", tenant).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(TopSliceRepository::toDomain);
    }

    public List<TopSlice> page(String tenant, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from top_slice where tenant = :t order by created_at desc, id "
                + "offset :o limit :l").setParameter("t", tenant).setParameter("o", offset).setParameter("l", limit).getResultList();
        return rows.stream().map(TopSliceRepository::toDomain).toList();
    }

    public long count(String tenant) {
        return ((Number) em.createNativeQuery("select count(*) from top_slice where tenant = :t").setParameter("t", tenant).getSingleResult()).longValue();
    }

    /** Replaces the proposal's deductions, in one batch. */
    public void replaceDeductions(UUID id, List<Deduction> deductions) {
        em.createNativeQuery("delete from top_slice_deduction where top_slice_id = :id").setParameter("id", id).executeUpdate();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into top_slice_deduction (top_slice_id, urn, setting_type, base_value, "
                    + "budget_share, deduction, percent_of_budget) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (Deduction d : deductions) {
                    ps.setObject(1, id);
                    ps.setString(2, d.urn());
                    ps.setString(3, d.type().name());
                    ps.setBigDecimal(4, d.baseValue());
                    ps.setBigDecimal(5, d.budgetShare());
                    ps.setBigDecimal(6, d.deduction());
                    ps.setBigDecimal(7, d.percentOfBudget());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Deductions, largest first then by URN; {@code onlyUrn} limits them to one school; {@code limit} 0 means all. */
    public List<Deduction> deductions(UUID id, String onlyUrn, int offset, int limit) {
        Query q = em.createNativeQuery("select urn, setting_type, base_value, budget_share, deduction, percent_of_budget from top_slice_deduction "
                + "where top_slice_id = :id" + (onlyUrn == null ? "" : " and urn = :urn") + " order by deduction desc, urn offset :o"
                + (limit > 0 ? " limit :l" : "")).setParameter("id", id).setParameter("o", offset);
        if (onlyUrn != null) {
            q.setParameter("urn", onlyUrn);
        }
        if (limit > 0) {
            q.setParameter("l", limit);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Deduction((String) r[0], SettingType.valueOf((String) r[1]), (BigDecimal) r[2], Rows.money(r[3]),
                Rows.money(r[4]), (BigDecimal) r[5])).toList();
    }

    public long countDeductions(UUID id, String onlyUrn) {
        Query q = em.createNativeQuery("select count(*) from top_slice_deduction where top_slice_id = :id" + (onlyUrn == null ? "" : " and urn = :urn"))
                .setParameter("id", id);
        if (onlyUrn != null) {
            q.setParameter("urn", onlyUrn);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private static TopSlice toDomain(Object[] r) {
        EnumSet<SettingType> types = EnumSet.noneOf(SettingType.class);
        Arrays.stream(((String) r[6]).split(",")).map(SettingType::valueOf).forEach(types::add);
        Tally tally = r[12] == null ? null : new Tally(Rows.integer(r[12]), Rows.integer(r[13]), Rows.integer(r[14]), Rows.integer(r[15]),
                r[23] == null || (Boolean) r[23], TopSliceStatus.valueOf((String) r[9]) == TopSliceStatus.CARRIED, List.of());
        return new TopSlice((UUID) r[0], (String) r[1], (String) r[2], new FinancialYear(Rows.integer(r[3])), Rows.money(r[4]),
                TopSliceBase.valueOf((String) r[5]), types, Rows.integer(r[7]), Rows.integer(r[8]), TopSliceStatus.valueOf((String) r[9]),
                Rows.date(r[10]), (String) r[11], tally, r[16] == null ? null : VoteThreshold.valueOf((String) r[16]),
                r[17] == null ? null : TradedModel.valueOf((String) r[17]), Rows.money(r[18]), (String) r[19], Rows.instant(r[20]),
                Rows.instant(r[21]), ((Number) r[22]).longValue());
    }
}
