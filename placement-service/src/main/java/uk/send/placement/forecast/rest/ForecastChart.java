package uk.send.placement.forecast.rest;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import uk.send.placement.forecast.domain.Forecast;
import uk.send.placement.forecast.domain.ForecastOutcome;
import uk.send.placement.forecast.domain.Projection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/** Draws a forecast with JFreeChart: total demand (median, shaded 95% interval) against places commissioned, per January. */
final class ForecastChart {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ForecastChart() {
    }

    static byte[] png(ForecastOutcome o) {
        YIntervalSeries demand = new YIntervalSeries("Demand (median, 95% interval)");
        YIntervalSeries places = new YIntervalSeries("Places commissioned");
        for (Projection.YearTotal t : o.projection().totals()) {
            demand.add(t.year(), t.median(), t.lower(), t.upper());
        }
        Map<Integer, Integer> supply = new TreeMap<>();
        for (Forecast.Gap g : o.gaps()) {
            supply.merge(g.year(), g.places(), Integer::sum);
        }
        supply.forEach((year, n) -> places.add(year, n, n, n));
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(demand);
        data.addSeries(places);
        JFreeChart chart = ChartFactory.createXYLineChart("Specialist places: forecast demand from January " + o.projection().baseYear(),
                "January of year", "Children placed", data);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setSeriesPaint(0, new Color(0, 94, 165));
        renderer.setSeriesFillPaint(0, new Color(0, 94, 165));
        renderer.setSeriesPaint(1, new Color(212, 53, 28));
        renderer.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[]{6f, 4f}, 0f));
        renderer.setAlpha(0.25f);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, 900, 500);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
