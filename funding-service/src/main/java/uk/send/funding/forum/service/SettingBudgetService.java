package uk.send.funding.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.forum.domain.BudgetLine;
import uk.send.funding.forum.domain.BudgetLines;
import uk.send.funding.forum.domain.SettingBudget;
import uk.send.funding.forum.repository.SettingBudgetRepository;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.platform.domain.DomainException.FieldIssue;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Budget shares and pupil numbers of the LA's settings by financial year: the base of a top-slice. An upload is
 * all or nothing: one bad line (or a URN not in the register) refuses the whole upload with every problem named.
 */
@ApplicationScoped
public class SettingBudgetService {

    private final SettingBudgetRepository budgets;
    private final Clock clock;

    public SettingBudgetService(SettingBudgetRepository budgets, Clock clock) {
        this.budgets = budgets;
        this.clock = clock;
    }

    /** Sets the lines' budgets for the year; returns how many settings were written. */
    @Transactional
    public int upload(String tenant, String by, FinancialYear year, List<BudgetLine> lines) {
        List<FieldIssue> problems = new ArrayList<>(BudgetLines.problems("lines", lines));
        if (problems.isEmpty()) {
            Map<String, UUID> ids = budgets.settingIds(tenant, lines.stream().map(BudgetLine::urn).toList());
            for (int i = 0; i < lines.size(); i++) {
                if (!ids.containsKey(lines.get(i).urn())) {
                    problems.add(new FieldIssue("lines[" + i + "].urn", "URN " + lines.get(i).urn() + " is not in your LA's register of settings"));
                }
            }
            if (problems.isEmpty()) {
                List<BudgetLine> exact = lines.stream().map(l -> new BudgetLine(l.urn(), l.budgetShare() == null ? null : Money.toPenny(l.budgetShare()),
                        l.pupils())).toList();
                budgets.upsert(tenant, year, exact, ids, by, clock.instant());
                return lines.size();
            }
        }
        throw new InvalidInput(problems.size() + " problem(s) in the budget lines; nothing was written", problems);
    }

    /** A page of the year's budgets by URN; {@code onlyUrn} (a school user's own) limits it to one setting. */
    @Transactional
    public Slice<SettingBudget> page(String tenant, FinancialYear year, String onlyUrn, PageRequest page) {
        return new Slice<>(budgets.page(tenant, year, onlyUrn, page.offset(), page.size()), budgets.count(tenant, year, onlyUrn));
    }
}
