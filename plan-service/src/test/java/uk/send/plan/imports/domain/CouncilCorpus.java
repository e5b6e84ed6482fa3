package uk.send.plan.imports.domain;

import java.util.List;
import uk.send.plan.imports.domain.PlanCorpus.Deliverable;
import uk.send.plan.imports.domain.PlanCorpus.Person;
import uk.send.plan.imports.domain.PlanCorpus.Task;

/**
 * Four more councils' plans for the corpus, each kept in its own layout (see {@link CouncilFiles}): their
 * content in the style of the seeds and DOMAIN.md's recovery plan, written out as each document's exact
 * expected tree. Lead initials and a deadline carry Cyrillic look-alike letters, as PDFs of council papers do.
 */
public final class CouncilCorpus {

    private CouncilCorpus() {
    }

    /** A Word plan: one table for the whole plan, task rows spanning it, its own column names in its own order, the key first. */
    public static final String NORTHSHIRE_TITLE = "Northshire County Council";
    public static final List<Task> NORTHSHIRE = List.of(
            new Task("Task 1 – Sufficiency of specialist places", List.of(
                    new Deliverable("Special school places for ASD and SEMH",
                            List.of("Open a 60-place satellite of Oakfield School", "Expand the Riverside ASD base by 12 places"),
                            List.of("Fewer out-county placements for autistic pupils"), "Sept 2024", "JO"),
                    new Deliverable("Resourced provision in mainstream schools",
                            List.of("Consult headteachers on six new resourced provisions"),
                            List.of("Places filled within one term of opening", "No waste of unfilled places"), "Apr 2024", "JO"))),
            new Task("Task 2 – EHCP banding and top-up", List.of(
                    new Deliverable("Banding framework for mainstream schools",
                            List.of("Cost a sample of 200 EHCPs against the draft bands", "Model every school's budget under the new bands"),
                            List.of("Schools Forum approves the bands"), "Jan 2024", "RP"),
                    new Deliverable("Minimum income guarantee for two years",
                            List.of("Identify schools adversely affected by the new bands"),
                            List.of("Protection paid to every school that loses income"), "Apr 2024", "RP"))),
            new Task("Task 3 – Graduated approach and ordinarily available provision", List.of(
                    new Deliverable("Ordinarily available provision guidance",
                            List.of("Co-produce the guidance with parents and SENCOs", "Train every SENCO on the guidance"),
                            List.of("Requests for EHC needs assessment cite the guidance"), "Dec 2023", "ТМ"))));
    public static final List<Person> NORTHSHIRE_KEY = List.of(
            new Person("АН", "Amira Hassan", "Assistant Director, Education and Inclusion"),
            new Person("JO", "James Okafor", "Head of SEND Commissioning"),
            new Person("RP", "Rachel Price", "Strategic Finance Manager"),
            new Person("ТМ", "Tom Moss", "Principal Educational Psychologist"));

    /**
     * An Excel tracker: workstreams and milestones in merged cells, synonyms for every header, Excel dates, the key
     * below; also copied out of Excel as tab-separated text.
     */
    public static final List<Task> WESTBOROUGH = List.of(
            new Task("Early identification and SEN support", List.of(
                    new Deliverable("SEN support toolkit for early years settings",
                            List.of("Publish the toolkit on the local offer", "Run briefings for early years SENCOs"),
                            List.of("Every early years setting has a named SENCO"), "31 Jul 2023", "КW"),
                    new Deliverable("Inclusion funding for SEN support without an EHCP",
                            List.of("Agree the criteria with the Schools Forum"),
                            List.of("Non-EHCP top-up paid only in exceptional cases"), "1 Oct 2023", "SL"))),
            new Task("Statutory assessment within 20 weeks", List.of(
                    new Deliverable("EHC needs assessments completed within 20 weeks",
                            List.of("Recruit two EHC plan coordinators", "Track every open assessment weekly"),
                            List.of("At least 60% of plans issued within 20 weeks", "No request waits more than 6 weeks for a decision"),
                            "31 Mar 2024", "SL"))),
            new Task("Alternative provision", List.of(
                    new Deliverable("AP places modelled from the exclusions profile",
                            List.of("Use the year with the highest exclusions", "Estimate reintegration and year 11 leavers"),
                            List.of("Places agreed with providers"), "31 Dec 2023", "NB"))));
    public static final List<Person> WESTBOROUGH_KEY = List.of(
            new Person("КW", "Kate Wilson", "Head of Early Years and Childcare"),
            new Person("SL", "Sanjay Lal", "Head of SEN Assessment"),
            new Person("NB", "Niamh Byrne", "Inclusion Manager"));

    /** Council papers as a PDF: unnumbered task headings, the key first, a running title, OFFICIAL and "Page N of M" on every page. */
    public static final String EASTMERE_TITLE = "Eastmere City Council - SEND Recovery Plan";
    public static final List<Task> EASTMERE = List.of(
            new Task("Reduce reliance on independent specialist placements", List.of(
                    new Deliverable("Desk review of independent placement costs by need type",
                            List.of("Flag atypically high or low costs against the regional benchmark",
                                    "Check the latest inspection report for every provider"),
                            List.of("Unsatisfactory placements remedied or moved"), "JULY 2023 SEPT 2023", "ВК"),
                    new Deliverable("Local alternatives for pupils returning from out-county schools",
                            List.of("Agree a transition plan for each returning pupil"),
                            List.of("Twenty pupils placed locally"), "Mar 2024", "LT"))),
            new Task("Outreach funded by a top-slice of mainstream budgets", List.of(
                    new Deliverable("Cost of outreach as a share of each school budget",
                            List.of("Calculate the top-slice for every mainstream school"),
                            List.of("Schools Forum votes on the top-slice"), "29 Nov 23", "MA"))),
            new Task("Annual review of band values", List.of(
                    new Deliverable("Band values uplifted for cost inflation",
                            List.of("Apply the agreed inflation index to every band"),
                            List.of("New values published to schools before February"), "EVERY JANUARY", "MA"))));
    public static final List<Person> EASTMERE_KEY = List.of(
            new Person("ВК", "Bilal Khan", "Head of Placements and Commissioning"),
            new Person("LT", "Laura Turner", "SEND Transitions Lead"),
            new Person("MA", "Mark Adeyemi", "Finance Business Partner for High Needs"));

    /** Text pasted from a Word plan: TASK lines in capitals, bullets run onto one line, the key between tasks, a Cyrillic date. */
    public static final String SOUTHVALE_TITLE = "Southvale Borough Council: Written Statement of Action";
    public static final List<Task> SOUTHVALE = List.of(
            new Task("Task 1: Joint commissioning with health", List.of(
                    new Deliverable("Joint commissioning strategy for SEND",
                            List.of("Map current spend across education, health and care", "Agree shared priorities with the ICB"),
                            List.of("Strategy signed off by the Health and Wellbeing Board"), "Ост 2023", "DM"),
                    new Deliverable("Speech and language therapy for children without an EHCP",
                            List.of("Commission an early help SALT offer"),
                            List.of("Waiting times under 18 weeks"), "Mar 2024", "FO"))),
            new Task("Task 2: Personal budgets and direct payments", List.of(
                    new Deliverable("Personal budget policy published on the local offer",
                            List.of("Review the policy with the parent carer forum", "Publish indicative budgets for each band"),
                            List.of("Families offered a personal budget at every annual review"), "Jun 2024", "DM"))));
    public static final List<Person> SOUTHVALE_KEY = List.of(
            new Person("DM", "Dana Mensah", "Head of Joint Commissioning"),
            new Person("FO", "Finn O'Neill", "Designated Clinical Officer"));
}
