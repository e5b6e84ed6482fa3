package uk.send.placement.forecast.domain;

import java.util.SplittableRandom;

/**
 * The random draws the simulation needs, on a caller's {@link SplittableRandom} so that a seed fixes
 * every result: binomial (inversion for small means, a normal approximation with continuity correction
 * above a mean of 30, where its error is far below the forecast's own spread), multinomial (sequential
 * conditional binomials), gamma (Marsaglia and Tsang), beta and Dirichlet (normalised gammas).
 */
public final class Sampling {

    private static final double NORMAL_ABOVE_MEAN = 30;

    private Sampling() {
    }

    public static int binomial(SplittableRandom rnd, int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - binomial(rnd, n, 1 - p);
        }
        double mean = n * p;
        if (mean < NORMAL_ABOVE_MEAN) {
            double q = 1 - p;
            double s = p / q;
            double a = (n + 1) * s;
            double r = Math.pow(q, n);
            double u = rnd.nextDouble();
            int x = 0;
            while (u > r) {
                u -= r;
                x++;
                if (x > n) {
                    return n;
                }
                r *= a / x - s;
                if (r <= 0) {
                    return x;
                }
            }
            return x;
        }
        double x = Math.floor(mean + Math.sqrt(mean * (1 - p)) * gaussian(rnd) + 0.5);
        return (int) Math.max(0, Math.min(n, x));
    }

    /** Splits {@code n} over outcomes with probabilities {@code p} (summing to 1, or less: the rest is dropped) into {@code out}. */
    public static void multinomial(SplittableRandom rnd, int n, double[] p, int[] out) {
        double left = 1.0;
        int remaining = n;
        for (int i = 0; i < p.length; i++) {
            if (remaining == 0 || left <= 0) {
                out[i] = 0;
                continue;
            }
            double pi = Math.min(1.0, p[i] / left);
            int k = binomial(rnd, remaining, pi);
            out[i] = k;
            remaining -= k;
            left -= p[i];
        }
    }

    public static double gaussian(SplittableRandom rnd) {
        // Marsaglia polar method; one value used, the pair's other discarded to keep the draw stateless.
        double u;
        double v;
        double s;
        do {
            u = 2 * rnd.nextDouble() - 1;
            v = 2 * rnd.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    public static double gamma(SplittableRandom rnd, double shape) {
        if (shape < 1) {
            return gamma(rnd, shape + 1) * Math.pow(rnd.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = gaussian(rnd);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rnd.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    public static double beta(SplittableRandom rnd, double a, double b) {
        double x = gamma(rnd, a);
        double y = gamma(rnd, b);
        return x / (x + y);
    }

    /** Draws a probability vector from Dirichlet({@code alpha}) into {@code out}. */
    public static void dirichlet(SplittableRandom rnd, double[] alpha, double[] out) {
        double sum = 0;
        for (int i = 0; i < alpha.length; i++) {
            out[i] = alpha[i] > 0 ? gamma(rnd, alpha[i]) : 0;
            sum += out[i];
        }
        for (int i = 0; i < alpha.length; i++) {
            out[i] = sum > 0 ? out[i] / sum : 0;
        }
    }
}
