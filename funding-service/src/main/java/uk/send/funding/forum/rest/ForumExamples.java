package uk.send.funding.forum.rest;

/** Request and response examples of the forum endpoints, kept apart so the resources stay readable. */
final class ForumExamples {

    static final String TOP_SLICE_REQUEST = """
            {"name": "Two outreach services 2026-27", "purpose": "Autism and SEMH outreach teams for mainstream schools",
             "financialYear": "2026-27", "sumNeeded": 450000.00, "base": "BUDGET_SHARE", "settingTypes": ["MAINSTREAM_PRIMARY", "MAINSTREAM_SECONDARY"]}""";
    static final String TOP_SLICE = """
            {"id": "7b0e4b1c-3f0a-4d6e-9d2a-5c1f0e9b8a77", "name": "Two outreach services 2026-27",
             "purpose": "Autism and SEMH outreach teams for mainstream schools", "financialYear": "2026-27", "sumNeeded": 450000.00,
             "base": "BUDGET_SHARE", "settingTypes": ["MAINSTREAM_PRIMARY", "MAINSTREAM_SECONDARY"], "settings": 412, "settingsWithoutBase": 0,
             "status": "PROPOSED", "createdBy": "finance@demo.gov.uk", "createdAt": "2026-01-05T09:00:00Z", "updatedAt": "2026-01-05T09:00:00Z", "version": 0}""";
    static final String DECIDED = """
            {"id": "7b0e4b1c-3f0a-4d6e-9d2a-5c1f0e9b8a77", "name": "Two outreach services 2026-27",
             "purpose": "Autism and SEMH outreach teams for mainstream schools", "financialYear": "2026-27", "sumNeeded": 450000.00,
             "base": "BUDGET_SHARE", "settingTypes": ["MAINSTREAM_PRIMARY", "MAINSTREAM_SECONDARY"], "settings": 412, "settingsWithoutBase": 0,
             "status": "FAILED", "meetingDate": "2026-01-15", "minuteRef": "SF/2026/01 item 5",
             "tally": {"votesFor": 4, "votesAgainst": 9, "abstentions": 1, "notEligible": 3, "quorate": true}, "threshold": "SIMPLE_MAJORITY",
             "createdBy": "finance@demo.gov.uk", "createdAt": "2026-01-05T09:00:00Z", "updatedAt": "2026-01-15T16:00:00Z", "version": 1}""";
    static final String VOTE_REQUEST = """
            {"meetingDate": "2026-01-15", "minuteRef": "SF/2026/01 item 5",
             "votes": [{"member": "PH-01", "category": "MAINTAINED_PRIMARY", "vote": "AGAINST"},
                       {"member": "AC-02", "category": "ACADEMY_SECONDARY", "vote": "FOR"},
                       {"member": "EY-01", "category": "EARLY_YEARS_PVI", "vote": "FOR"}]}""";
    static final String VOTES = """
            [{"member": "AC-02", "category": "ACADEMY_SECONDARY", "vote": "FOR", "counted": true},
             {"member": "EY-01", "category": "EARLY_YEARS_PVI", "vote": "FOR", "counted": false},
             {"member": "PH-01", "category": "MAINTAINED_PRIMARY", "vote": "AGAINST", "counted": true}]""";
    static final String DEDUCTION = """
            {"urn": "118234", "settingType": "MAINSTREAM_PRIMARY", "baseValue": 1250000.00, "budgetShare": 1250000.00, "deduction": 4017.86,
             "percentOfBudget": 0.321}""";
    static final String DEDUCTIONS_CSV = "urn,setting_type,base_value,budget_share,deduction,percent_of_budget\n"
            + "118234,MAINSTREAM_PRIMARY,1250000.00,1250000.00,4017.86,0.321\n";
    static final String BUDGETS_JSON = """
            {"lines": [{"urn": "118234", "budgetShare": 1250000.00, "pupils": 420}, {"urn": "118235", "pupils": 910}]}""";
    static final String BUDGETS_CSV = "urn,budget_share,pupils\n118234,1250000.00,420\n118235,,910\n";
    static final String RULE = """
            {"decision": "TOP_SLICE", "threshold": "SIMPLE_MAJORITY", "voters": ["MAINTAINED_PRIMARY", "MAINTAINED_SECONDARY", "ACADEMY_PRIMARY",
             "ACADEMY_SECONDARY"], "samePhaseOnly": true, "totalMembership": 20, "version": 1}""";
    static final String RULE_REQUEST = """
            {"threshold": "SIMPLE_MAJORITY", "voters": ["MAINTAINED_PRIMARY", "MAINTAINED_SECONDARY", "ACADEMY_PRIMARY", "ACADEMY_SECONDARY"],
             "samePhaseOnly": true, "totalMembership": 20}""";
    static final String TRANSFER_REQUEST = """
            {"financialYear": "2026-27", "amount": 654000.00, "schoolsBlockTotal": 109000000.00, "reason": "High needs deficit recovery plan, year 2"}""";
    static final String TRANSFER = """
            {"id": "2c7d4f10-8e5b-4a3c-9f61-7d2e1b0a9c55", "financialYear": "2026-27", "amount": 654000.00, "schoolsBlockTotal": 109000000.00,
             "percent": 0.6000, "limit": 545000.00, "limitPercent": 0.50, "needsDisapplication": true, "status": "PROPOSED",
             "reason": "High needs deficit recovery plan, year 2", "createdBy": "finance@demo.gov.uk", "createdAt": "2026-11-01T09:00:00Z",
             "updatedAt": "2026-11-01T09:00:00Z", "version": 0}""";
    static final String DISAPPLICATION_REQUEST = """
            {"requestedOn": "2026-11-20", "outcome": "APPROVED", "decidedOn": "2027-01-10", "reference": "DfE-DIS-2027-0042"}""";

    private ForumExamples() {
    }
}
