package uk.send.funding.forum.rest;

import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;

import java.util.List;

/** Pages a short list held in memory (a forum's votes: at most 100 members). */
final class ForumPaging {

    private ForumPaging() {
    }

    static <T> Page<T> page(List<T> all, PageParams page) {
        int from = Math.min(all.size(), page.offset());
        return Page.of(all.subList(from, Math.min(all.size(), from + page.size)), page, all.size());
    }
}
