package uk.send.plan.imports.domain;

import java.util.List;
import uk.send.plan.imports.domain.PlanCorpus.Deliverable;
import uk.send.plan.imports.domain.PlanCorpus.Person;
import uk.send.plan.imports.domain.PlanCorpus.Task;

/** The eight tasks of DOMAIN.md's unitary-authority SEND recovery plan, written out as the corpus's model. */
public final class RecoveryPlanCorpus {

    public static final String TITLE = "Anytown Borough Council - SEND Recovery Plan (November 2021)";

    public static final List<Task> TASKS = List.of(
            new Task("Task 1: Define the graduated approach", List.of(
                    new Deliverable("Ordinarily available document used in EHCP decisions",
                            List.of("Draft the ordinarily available guidance with SENCOs", "Publish it on the local offer"),
                            List.of("Every EHCP decision cites the document"), "Mar 2022", "BB"),
                    new Deliverable("Training for school SENCOs",
                            List.of("Run termly training for every SENCO"), List.of("90% of schools attend"), "SEPT 2022", "CD"))),
            new Task("Task 2: Decommission and commission resourced provision", List.of(
                    new Deliverable("Places commissioned by demand",
                            List.of("Model demand for resourced places by need type", "Agree places with each host school"),
                            List.of("Some unfilled places kept for in-year admission", "No waste of unfilled places"), "JULY 2022", "EF"))),
            new Task("Task 3: Capital programme for special school places", List.of(
                    new Deliverable("164 new places for SEMH, ASD, SLD and PMLD",
                            List.of("Secure capital funding", "Appoint the building contractor"),
                            List.of("Places open to pupils"), "Sept 2024", "GH"))),
            new Task("Task 4: EHCP banding system", List.of(
                    new Deliverable("Sample EHCPs in each setting to price each band",
                            List.of("Select 10 EHCPs per setting type", "Cost the provision in each sampled plan"),
                            List.of("Every band has a price based on real costs"), "Mar 2022", "BB"),
                    new Deliverable("Minimum income guarantee for 2 years",
                            List.of("Identify schools whose income falls under the new bands"),
                            List.of("MIG paid for 2 years to every school that loses income"), "Oct 2022", "CD"),
                    new Deliverable("Annual review of band values",
                            List.of("Uplift band values for cost inflation"), List.of("Band values published to schools each year"),
                            "EVERY JANUARY", "CD"))),
            new Task("Fund outreach services by a top-slice of mainstream budgets", List.of(
                    new Deliverable("Cost of outreach in pounds and as a share of each school budget",
                            List.of("Calculate the top-slice for every mainstream school"),
                            List.of("Schools forum votes on the top-slice"), "Nov 2022", "EF"))),
            new Task("Task 6: Reduce places commissioned in alternative provision", List.of(
                    new Deliverable("Required primary and secondary places modelled",
                            List.of("Use the year with the highest exclusions", "Estimate reintegration and year 11 leavers"),
                            List.of("Numbers agreed with providers"), "Apr 2023", "GH"))),
            new Task("Task 7: Stop non-EHCP high needs top-up except in exceptional cases", List.of(
                    new Deliverable("Criteria for exceptional top-up",
                            List.of("Publish the criteria and the application form"),
                            List.of("Only exceptional cases such as trauma funded"), "Jan 2023", "BB"))),
            new Task("Task 8: Visit independent providers for value for money", List.of(
                    new Deliverable("Desk review of placement cost by need type",
                            List.of("Flag atypically high or low costs", "Check inspection data"),
                            List.of("Unsatisfactory placements remedied"), "Jun 2023", "GH"))));

    /** The key, with Cyrillic look-alike letters in two sets of initials, as PDFs of council papers have them. */
    public static final List<Person> KEY = List.of(
            new Person("ВВ", "Bob Brown", "Head of SEN"),
            new Person("CD", "Carol Davies", "Finance Business Partner"),
            new Person("ЕF", "Emma Fox", "Commissioning Manager"),
            new Person("GH", "Gita Hussain", "Head of School Organisation and Capital"));

    private RecoveryPlanCorpus() {
    }
}
