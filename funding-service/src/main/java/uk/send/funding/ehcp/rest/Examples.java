package uk.send.funding.ehcp.rest;

/** The OpenAPI examples of the intake: one request per decision kind, and the answers. */
final class Examples {


    static final String ASSESSMENT_REQUESTED = "{\"sourceId\":\"CAP1-DEC-000101\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"ASSESSMENT_REQUESTED\",\"decisionDate\":\"2025-01-06\",\"ncy\":4,\"caseOfficerId\":\"jsmith\"" + ",\"reassessment\":false}";
    static final String DECIDED_TO_ASSESS = "{\"sourceId\":\"CAP1-DEC-000102\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"DECIDED_TO_ASSESS\",\"decisionDate\":\"2025-02-10\",\"ncy\":4,\"caseOfficerId\":\"jsmith\"" + "}";
    static final String REFUSED_TO_ASSESS = "{\"sourceId\":\"CAP1-DEC-000103\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"REFUSED_TO_ASSESS\",\"decisionDate\":\"2025-02-10\",\"ncy\":4,\"caseOfficerId\":\"jsmith\"" + ",\"refusalAppealable\":true}";
    static final String DECIDED_NOT_TO_ISSUE = "{\"sourceId\":\"CAP1-DEC-000104\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"DECIDED_NOT_TO_ISSUE\",\"decisionDate\":\"2025-04-22\",\"ncy\":4,\"caseOfficerId\":\"jsmith\"" + ",\"refusalAppealable\":true}";
    static final String DRAFT_PLAN_ISSUED = "{\"sourceId\":\"CAP1-DEC-000105\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"DRAFT_PLAN_ISSUED\",\"decisionDate\":\"2025-04-14\",\"ncy\":4,\"caseOfficerId\":\"jsmith\"" + "}";
    static final String FINAL_PLAN_ISSUED = "{\"sourceId\":\"CAP1-DEC-000106\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"FINAL_PLAN_ISSUED\",\"decisionDate\":\"2025-05-19\",\"ncy\":4,\"caseOfficerId\":\"jsmith\""
            + ",\"settingUrns\":[\"118234\"],\"needTypes\":[\"ASD\",\"SLCN\"],\"bandCode\":\"B3\",\"effectiveDate\":\"2025-06-02\"}";
    static final String ANNUAL_REVIEW_HELD = "{\"sourceId\":\"CAP1-DEC-000107\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"ANNUAL_REVIEW_HELD\",\"decisionDate\":\"2026-04-27\",\"ncy\":4,\"caseOfficerId\":\"jsmith\"" + "}";
    static final String REVIEW_DECISION = "{\"sourceId\":\"CAP1-DEC-000108\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"REVIEW_DECISION\",\"decisionDate\":\"2026-05-11\",\"ncy\":4,\"caseOfficerId\":\"jsmith\"" + ",\"reviewOutcome\":\"CEASE\",\"ceaseReason\":\"2\",\"effectiveDate\":\"2026-09-01\"}";
    static final String AMENDMENT_NOTICE_ISSUED = "{\"sourceId\":\"CAP1-DEC-000109\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"AMENDMENT_NOTICE_ISSUED\",\"decisionDate\":\"2026-05-11\",\"ncy\":4,\"caseOfficerId\":\"jsmith\"" + "}";
    static final String AMENDED_PLAN_ISSUED = "{\"sourceId\":\"CAP1-DEC-000110\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"AMENDED_PLAN_ISSUED\",\"decisionDate\":\"2026-06-29\",\"ncy\":4,\"caseOfficerId\":\"jsmith\""
            + ",\"settingUrns\":[\"145678\"],\"bandCode\":\"B4\",\"effectiveDate\":\"2026-09-01\"}";
    static final String EXCEPTION_APPLIED = "{\"sourceId\":\"CAP1-DEC-000111\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"EXCEPTION_APPLIED\",\"decisionDate\":\"2025-03-17\",\"ncy\":4,\"caseOfficerId\":\"jsmith\"" + ",\"exceptionReason\":\"ABSENT_FROM_AREA\"}";
    static final String EXCEPTION_ENDED = "{\"sourceId\":\"CAP1-DEC-000112\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"EXCEPTION_ENDED\",\"decisionDate\":\"2025-04-21\",\"ncy\":4,\"caseOfficerId\":\"jsmith\"" + ",\"exceptionReason\":\"ABSENT_FROM_AREA\"}";
    static final String MEDIATION_CERTIFICATE_ISSUED = "{\"sourceId\":\"CAP1-DEC-000113\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"MEDIATION_CERTIFICATE_ISSUED\",\"decisionDate\":\"2025-03-24\",\"ncy\":4,\"caseOfficerId\":\"jsmith\"" + "}";
    static final String APPEAL_REGISTERED = "{\"sourceId\":\"CAP1-DEC-000114\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"APPEAL_REGISTERED\",\"decisionDate\":\"2025-04-07\",\"ncy\":4,\"caseOfficerId\":\"jsmith\"" + "}";
    static final String TRIBUNAL_ORDER = "{\"sourceId\":\"CAP1-DEC-000115\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"TRIBUNAL_ORDER\",\"decisionDate\":\"2025-09-15\",\"ncy\":4,\"caseOfficerId\":\"jsmith\"" + ",\"tribunalOrder\":\"ASSESS\"}";
    static final String TRANSFER_IN = "{\"sourceId\":\"CAP1-DEC-000116\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"TRANSFER_IN\",\"decisionDate\":\"2025-07-01\",\"ncy\":4,\"caseOfficerId\":\"jsmith\""
            + ",\"fromLa\":\"E10000016\",\"effectiveDate\":\"2025-06-23\",\"settingUrns\":[\"118234\"],\"needTypes\":[\"SEMH\"]}";
    static final String CORRECTION = "{\"sourceId\":\"CAP1-DEC-000117\",\"ehcpRef\":\"EHCP-2025-00042\",\"kind\":\"CORRECTION\",\"decisionDate\":\"2025-01-08\",\"ncy\":4,\"caseOfficerId\":\"jsmith\""
            + ",\"supersedesSourceId\":\"CAP1-DEC-000101\",\"correctedKind\":\"ASSESSMENT_REQUESTED\",\"reassessment\":false}";

    static final String VIEW = "{\"decisionId\":\"0b8f0f4e-6c9a-4d0e-9a43-2f1e3c9b7d11\",\"sourceId\":\"CAP1-DEC-000106\",\"ehcpRef\":\"EHCP-2025-00042\","
            + "\"kind\":\"FINAL_PLAN_ISSUED\",\"decisionDate\":\"2025-05-19\",\"recordedAt\":\"2025-05-19T10:15:30.123456Z\",\"ncy\":4,"
            + "\"caseOfficerId\":\"jsmith\",\"settingUrns\":[\"118234\"],\"needTypes\":[\"ASD\",\"SLCN\"],\"bandCode\":\"B3\",\"effectiveDate\":\"2025-06-02\"}";
    static final String PAGE = "{\"items\":[" + VIEW + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";
    static final String CONFLICT = "{\"type\":\"https://send-platform.uk/problems/conflict\",\"title\":\"Conflict\",\"status\":409,"
            + "\"detail\":\"sourceId CAP1-DEC-000106 was already used for a different decision (0b8f0f4e-6c9a-4d0e-9a43-2f1e3c9b7d11); 1 field differs\","
            + "\"instance\":\"/api/v1/ehcp-decisions\",\"errors\":[{\"field\":\"bandCode\",\"message\":\"differs from the decision already recorded under this sourceId, which has B3\"}]}";
    static final String INVALID = "{\"type\":\"https://send-platform.uk/problems/validation\",\"title\":\"Request is not valid\",\"status\":400,"
            + "\"detail\":\"2 fields are not valid\",\"instance\":\"/api/v1/ehcp-decisions\",\"errors\":[{\"field\":\"childName\",\"message\":"
            + "\"is not accepted: the intake never takes personal data; identify the child by ehcpRef and give ncy instead of a birth date\"},"
            + "{\"field\":\"settingUrns\",\"message\":\"must not be null for FINAL_PLAN_ISSUED\"}]}";

    static final String NDJSON = ASSESSMENT_REQUESTED + "\n" + DECIDED_TO_ASSESS + "\n" + FINAL_PLAN_ISSUED + "\n";
    static final String CSV = "sourceId,ehcpRef,kind,decisionDate,ncy,caseOfficerId,settingUrns,needTypes,bandCode,effectiveDate\n"
            + "CAP1-DEC-000101,EHCP-2025-00042,ASSESSMENT_REQUESTED,2025-01-06,4,jsmith,,,,\n"
            + "CAP1-DEC-000106,EHCP-2025-00042,FINAL_PLAN_ISSUED,2025-05-19,4,jsmith,118234,ASD;SLCN,B3,2025-06-02\n";
    static final String BATCH = "{\"batchId\":\"5d1c7a52-2b0e-4f51-8a55-6f0f3c1e9a20\",\"format\":\"NDJSON\",\"status\":\"PROCESSING\",\"receivedAt\":\"2025-05-19T10:15:30Z\","
            + "\"totalLines\":200000,\"processedLines\":61000,\"accepted\":60950,\"duplicates\":40,\"refused\":10}";
    static final String LINES = "{\"items\":[{\"line\":17,\"outcome\":\"REFUSED\",\"sourceId\":\"CAP1-DEC-000117\",\"errors\":[{\"field\":\"ncy\","
            + "\"message\":\"must be a national curriculum year from -4 to 21\"}]}],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    private Examples() {
    }
}
