package uk.send.placement.provider.domain;

/** Ofsted's overall effectiveness grades (1 to 4). A grade below good makes a placement review urgent. */
public enum InspectionGrade {
    OUTSTANDING(1), GOOD(2), REQUIRES_IMPROVEMENT(3), INADEQUATE(4);

    private final int grade;

    InspectionGrade(int grade) {
        this.grade = grade;
    }

    public int grade() {
        return grade;
    }

    public boolean belowGood() {
        return grade > GOOD.grade;
    }
}
