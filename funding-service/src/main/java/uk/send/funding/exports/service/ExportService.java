package uk.send.funding.exports.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.SchemeDetails;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.funding.payments.domain.PaymentLine;
import uk.send.funding.payments.service.PaymentService;
import uk.send.platform.export.TableWriter;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exports finance teams expect: a scheme's bands, a setting's payment statement, the LA's schedule for the
 * finance system. Statement and schedule end with a TOTAL row that equals the API's total for the same year.
 */
@ApplicationScoped
public class ExportService {

    static final List<String> LINE_HEADER = List.of("financial_year", "setting_urn", "ehcp_ref", "element", "for_month", "pay_month",
            "adjustment", "amount", "reason");

    private final PaymentService payments;

    public ExportService(PaymentService payments) {
        this.payments = payments;
    }

    public void bands(SchemeDetails scheme, TableWriter.Format format, OutputStream out) {
        var s = scheme.scheme();
        try (TableWriter w = TableWriter.open(format, out, "Bands", List.of("financial_year", "category", "version", "effective_from",
                "status", "band_code", "description", "annual_value"))) {
            for (Band b : s.bands()) {
                w.row(Arrays.asList(s.year().label(), s.category().name(), s.version(), s.effectiveFrom().toString(), s.status().name(),
                        b.code(), b.description(), Money.toPenny(b.annualValue())));
            }
        }
    }

    /** Every line of one setting's year (urn given) or of the LA's year (urn null), streamed, then the total. */
    public void lines(String tenant, FinancialYear year, String urnOrNull, TableWriter.Format format, OutputStream out) {
        try (TableWriter w = TableWriter.open(format, out, urnOrNull == null ? "Schedule " + year.label() : "Statement " + urnOrNull, LINE_HEADER)) {
            BigDecimal[] total = {Money.ZERO};
            payments.forEachLine(tenant, year, urnOrNull, (PaymentLine l) -> {
                total[0] = total[0].add(l.amount());
                w.row(Arrays.asList(year.label(), l.settingUrn(), l.ehcpRef(), l.element().name(), l.forMonth().toString(),
                        l.payMonth().toString(), l.adjustment() ? "Y" : "N", Money.toPenny(l.amount()), l.reason()));
            });
            List<Object> totalRow = new ArrayList<>(Arrays.asList(year.label(), urnOrNull, null, "TOTAL", null, null, null, total[0], null));
            w.row(totalRow);
        }
    }
}
