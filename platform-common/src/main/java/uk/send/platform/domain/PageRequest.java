package uk.send.platform.domain;

/** Which page of a list a caller wants (0-based), and how many items a page holds. The resource edge bounds {@code size}. */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 or more");
        }
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
