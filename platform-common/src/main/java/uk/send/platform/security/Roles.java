package uk.send.platform.security;

/** The roles a token may carry in its {@code groups} claim. */
public final class Roles {
    public static final String PROGRAMME_LEAD = "programme-lead";
    public static final String SEN_OFFICER = "sen-officer";
    public static final String FINANCE = "finance";
    public static final String COMMISSIONER = "commissioner";
    /** A school user; the token's {@code urn} claim names their setting. */
    public static final String SCHOOL = "school";
    /** The LA's case management system, a client of its own. */
    public static final String CASE_MANAGEMENT = "case-management";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
