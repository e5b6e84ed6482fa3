package uk.send.placement.alternativeprovision.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares whole places among providers in proportion to weights (their places today), by largest
 * remainder so the shares add up exactly; equal shares when no provider has any weight.
 */
public final class Allocation {

    private Allocation() {
    }

    public static int[] split(int total, int[] weights) {
        int n = weights.length;
        int[] out = new int[n];
        if (n == 0 || total <= 0) {
            return out;
        }
        long sum = 0;
        for (int w : weights) {
            sum += Math.max(0, w);
        }
        double[] exact = new double[n];
        for (int i = 0; i < n; i++) {
            exact[i] = sum == 0 ? (double) total / n : (double) total * Math.max(0, weights[i]) / sum;
            out[i] = (int) Math.floor(exact[i]);
        }
        int left = total;
        for (int v : out) {
            left -= v;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -(exact[i] - Math.floor(exact[i]))).thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            out[order.get(k % n)]++;
        }
        return out;
    }
}
