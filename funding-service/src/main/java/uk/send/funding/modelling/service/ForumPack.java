package uk.send.funding.modelling.service;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.send.funding.banding.domain.Band;
import uk.send.funding.modelling.domain.ChangeDistribution;
import uk.send.funding.modelling.domain.Impact;
import uk.send.funding.modelling.domain.Protection;
import uk.send.funding.modelling.domain.Scenario;
import uk.send.funding.modelling.domain.SettingImpact;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The schools forum pack of one modelled scenario, as one XLSX (Apache POI): Summary (LA totals, winners and
 * losers by setting type, protection per year), Settings (every setting), Protection (each protected or capped
 * setting), Distribution (settings per band of % change, with a native bar chart drawn by XDDF) and Assumptions
 * (the proposal and policy as modelled). Money cells are numbers formatted to 2 places, the same figures as the API.
 */
public final class ForumPack {

    private ForumPack() {
    }

    public static void write(ModellingService.Modelled m, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            summary(wb.createSheet("Summary"), m, money);
            settings(wb.createSheet("Settings"), m, money);
            protection(wb.createSheet("Protection"), m, money);
            distribution(wb.createSheet("Distribution"), m.impact());
            assumptions(wb.createSheet("Assumptions"), m.scenario());
            wb.write(out);
        }
    }

    private static void row(XSSFSheet sheet, CellStyle money, Object... cells) {
        XSSFRow r = sheet.createRow(sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1);
        for (int i = 0; i < cells.length; i++) {
            Object c = cells[i];
            if (c == null) {
                continue;
            }
            var cell = r.createCell(i);
            if (c instanceof BigDecimal b) {
                cell.setCellValue(b.doubleValue());
                cell.setCellStyle(money);
            } else if (c instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(c.toString());
            }
        }
    }

    private static void summary(XSSFSheet s, ModellingService.Modelled m, CellStyle money) {
        Scenario sc = m.scenario();
        Impact i = m.impact();
        row(s, money, "Scenario", sc.name());
        row(s, money, "Applies from financial year", sc.financialYear().label());
        row(s, money, "EHCPs as placed and banded on", sc.asAt().toString());
        row(s, money, "Settings", i.settings().size());
        row(s, money, "EHCPs (of which unpriced)", i.ehcps(), i.unpriced());
        row(s, money, "High-needs top-up now", i.totalNow());
        row(s, money, "High-needs top-up proposed", i.totalProposed());
        row(s, money, "Change", i.change());
        row(s, money, "Settings adversely affected", i.adverselyAffected());
        if (sc.proposal().rebandsByMatrix()) {
            row(s, money, "EHCPs re-banded by the proposed matrix (kept their band: no matrix scores)", i.rebanded(), i.keptBand());
        }
        row(s, money);
        row(s, money, "Setting type", "Settings", "Winners", "Losers", "Unchanged", "Now", "Proposed", "Change");
        for (Impact.TypeSummary t : i.byType()) {
            row(s, money, t.settingType(), t.settings(), t.winners(), t.losers(), t.unchanged(), t.totalNow(), t.totalProposed(), t.change());
        }
        if (m.protection() != null) {
            row(s, money);
            row(s, money, "Protection", "Floor cost", "Gains cap raises", "Net cost", "Settings protected", "Settings capped");
            row(s, money, sc.financialYear().label(), m.protection().year1().floorCost(), m.protection().year1().capRaised(),
                    m.protection().year1().netCost(), m.protection().year1().protectedSettings(), m.protection().year1().cappedSettings());
            row(s, money, sc.financialYear().next().label(), m.protection().year2().floorCost(), m.protection().year2().capRaised(),
                    m.protection().year2().netCost(), m.protection().year2().protectedSettings(), m.protection().year2().cappedSettings());
        }
        s.setColumnWidth(0, 36 * 256);
    }

    private static void settings(XSSFSheet s, ModellingService.Modelled m, CellStyle money) {
        row(s, money, "Setting URN", "Setting type", "EHCPs", "Income now", "Income proposed", "Change", "Change %", "Adversely affected",
                "Unpriced EHCPs");
        for (SettingImpact x : m.impact().settings()) {
            row(s, money, x.settingUrn(), x.settingType(), x.ehcps(), x.incomeNow(), x.incomeProposed(), x.change(),
                    x.changePercent() == null ? "" : x.changePercent().toPlainString(), x.adverselyAffected() ? "yes" : "no", x.unpriced());
        }
    }

    private static void protection(XSSFSheet s, ModellingService.Modelled m, CellStyle money) {
        if (m.protection() == null) {
            row(s, money, "This scenario has no protection policy.");
            return;
        }
        Map<String, SettingImpact> impacts = m.impact().settings().stream()
                .collect(Collectors.toMap(SettingImpact::settingUrn, Function.identity()));
        row(s, money, "Setting URN", "Setting type", "Change", "Year 1 protection", "Year 1 gains cap", "Year 2 protection", "Year 2 gains cap",
                "Income year 1", "Income year 2");
        for (Protection.SettingProtection p : m.protection().settings()) {
            BigDecimal proposed = impacts.get(p.settingUrn()).incomeProposed();
            row(s, money, p.settingUrn(), p.settingType(), p.change(), p.year1Protection(), p.year1CapDeduction(), p.year2Protection(),
                    p.year2CapDeduction(), proposed.add(p.year1Protection()).subtract(p.year1CapDeduction()),
                    proposed.add(p.year2Protection()).subtract(p.year2CapDeduction()));
        }
    }

    private static void distribution(XSSFSheet s, Impact impact) {
        List<ChangeDistribution.Bucket> buckets = ChangeDistribution.of(impact.settings());
        row(s, null, "Change in annual top-up", "Settings");
        for (ChangeDistribution.Bucket b : buckets) {
            row(s, null, b.label(), b.settings());
        }
        XSSFDrawing drawing = s.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, 0, 13, 20));
        chart.setTitleText("Settings by change in annual top-up");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle("Change");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle("Settings");
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        int last = buckets.size();
        data.addSeries(XDDFDataSourcesFactory.fromStringCellRange(s, new CellRangeAddress(1, last, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(s, new CellRangeAddress(1, last, 1, 1))).setTitle("Settings", null);
        chart.plot(data);
        s.setColumnWidth(0, 26 * 256);
    }

    private static void assumptions(XSSFSheet s, Scenario sc) {
        row(s, null, "Assumption", "Value");
        row(s, null, "Incomes", "Whole-year top-up of the EHCPs placed at each setting on " + sc.asAt()
                + ": band value × EHCPs, priced by the banding engine; now = the approved scheme in force that day");
        sc.proposal().bands().forEach((category, bands) -> row(s, null, "Proposed " + category + " bands",
                String.join(", ", bands.stream().map((Band b) -> b.code() + " " + b.annualValue().toPlainString()).toList())));
        sc.proposal().bandMapping().forEach((category, mapping) -> row(s, null, "Band mapping " + category,
                mapping.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + " → " + e.getValue())
                        .collect(Collectors.joining(", "))));
        sc.proposal().matrices().forEach((category, mx) -> row(s, null, "Proposed " + category + " needs matrix",
                "areas " + mx.areas().stream().map(a -> a.code() + " ×" + a.weight()).collect(Collectors.joining(", ")) + "; bands from score "
                        + mx.thresholds().stream().map(t -> t.minScore() + " → " + t.bandCode()).collect(Collectors.joining(", "))
                        + "; applies to EHCPs whose band agreement holds matrix scores, the others keep their band"));
        row(s, null, "Uplift", sc.proposal().uplift() == null ? "none" : (sc.proposal().uplift().percentage() != null
                ? sc.proposal().uplift().percentage().toPlainString() + "%" : "£" + sc.proposal().uplift().flatAmount().toPlainString())
                + " per band, rounded " + sc.proposal().uplift().rounding());
        if (sc.protection() == null) {
            row(s, null, "Protection", "none");
        } else {
            row(s, null, "Year 1 floor", "no setting loses more than " + sc.protection().year1MaxLossPercent().toPlainString() + "% of income now");
            row(s, null, "Year 2 floor", "no setting loses more than " + sc.protection().year2MaxLossPercent().toPlainString() + "% of income now");
            row(s, null, "Gains cap", sc.protection().capGains()
                    ? "the floors' cost is taken from gainers in proportion to their gains, to the penny (cost-neutral as far as the gains reach)"
                    : "none: the floors are a cost to the high needs block");
        }
        row(s, null, "Unpriced EHCPs", "EHCPs with no band agreed, or whose band has no value now or proposed, count in neither figure");
        s.setColumnWidth(0, 30 * 256);
        s.setColumnWidth(1, 100 * 256);
    }
}
