package uk.send.platform.rest.limits;

/**
 * A token bucket: holds at most {@code capacity} tokens, refilled at {@code perSecond}; each request takes one.
 * Pure (the caller passes the time), thread-safe, and small, so that one can be kept per LA and per client.
 */
public final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    public TokenBucket(long capacity, double perSecond, long nowNanos) {
        if (capacity < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("a bucket needs a capacity of at least 1 and a positive refill rate");
        }
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.last = nowNanos;
    }

    /**
     * Takes a token if there is one: returns 0, else the whole seconds (at least 1) until one will be there, for
     * a {@code Retry-After} header.
     */
    public synchronized long take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        double nanosToOne = (1 - tokens) / perNano;
        return Math.max(1, (long) Math.ceil(nanosToOne / 1e9));
    }

    /** True when the bucket is full again, so that forgetting it changes nothing. */
    public synchronized boolean full(long nowNanos) {
        refill(nowNanos);
        return tokens >= capacity;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - last;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * perNano);
            last = nowNanos;
        }
    }
}
