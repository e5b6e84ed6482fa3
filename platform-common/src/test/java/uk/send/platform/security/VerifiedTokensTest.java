package uk.send.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    /** SmallRye's parser with its full check replaced: counts checks; tokens are "iat:exp", "bad" fails. */
    private static final class CountingParser extends DefaultJWTParser {
        final AtomicInteger checks = new AtomicInteger();
        /** Reads of the LA and URN claims (not of exp and iat, which the parse itself reads). */
        final AtomicInteger claimReads = new AtomicInteger();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            checks.incrementAndGet();
            if (token.equals("bad")) {
                throw new ParseException("signature");
            }
            String[] f = token.split(":");
            Map<String, Object> claims = Map.of("iat", Long.parseLong(f[0]), "exp", Long.parseLong(f[1]), "sub", token, "la", "KENT");
            return new JsonWebToken() {
                @Override
                public String getName() {
                    return token;
                }

                @Override
                public Set<String> getClaimNames() {
                    return claims.keySet();
                }

                @Override
                @SuppressWarnings("unchecked")
                public <T> T getClaim(String name) {
                    if (name.equals("la") || name.equals("urn")) {
                        claimReads.incrementAndGet();
                    }
                    return (T) claims.get(name);
                }

                @Override
                public Set<String> getGroups() {
                    return new java.util.HashSet<>(Set.of("sen-officer"));
                }
            };
        }
    }

    private static String token(Instant iat, Duration ttl) {
        return iat.getEpochSecond() + ":" + iat.plus(ttl).getEpochSecond();
    }

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    @Test
    void shouldCheckATokenOnceThenAgainOnlyAfterItExpires() throws Exception {
        CountingParser parser = new CountingParser();
        String token = token(T0, Duration.ofHours(1));
        assertThat(new VerifiedTokens(parser, 43200, at(T0)).parse(token).getName()).isEqualTo(token);

        VerifiedTokens tokens = new VerifiedTokens(parser, 43200, at(T0.plusSeconds(60)));
        tokens.parse(token);
        tokens.parse(token);
        assertThat(parser.checks).hasValue(2);

        VerifiedTokens later = new VerifiedTokens(parser, 43200, at(T0.plusSeconds(3600)));
        later.parse(token);
        later.parse(token);
        assertThat(parser.checks).hasValue(4);
    }

    @Test
    void shouldCheckAgainOnceTheMaximumAgeHasPassedEvenBeforeExpiry() throws Exception {
        CountingParser parser = new CountingParser();
        String token = token(T0, Duration.ofDays(2));
        MutableClock clock = new MutableClock(T0);
        VerifiedTokens tokens = new VerifiedTokens(parser, 600, clock);
        tokens.parse(token);
        clock.now = T0.plusSeconds(599);
        tokens.parse(token);
        assertThat(parser.checks).hasValue(1);
        clock.now = T0.plusSeconds(600);
        tokens.parse(token);
        assertThat(parser.checks).hasValue(2);
    }

    @Test
    void shouldNeverRememberATokenThatFailed() {
        CountingParser parser = new CountingParser();
        VerifiedTokens tokens = new VerifiedTokens(parser, 43200, at(T0));
        assertThatThrownBy(() -> tokens.parse("bad")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("bad")).isInstanceOf(ParseException.class);
        assertThat(parser.checks).hasValue(2);
    }

    @Test
    void shouldKeepNoMoreThanItsLimit() throws Exception {
        CountingParser parser = new CountingParser();
        VerifiedTokens tokens = new VerifiedTokens(parser, 43200, at(T0));
        for (int i = 0; i <= VerifiedTokens.MAX_TOKENS; i++) {
            tokens.parse(token(T0.minusSeconds(i), Duration.ofHours(1)));
        }
        String first = token(T0, Duration.ofHours(1));
        tokens.parse(first);
        assertThat(parser.checks).hasValue(VerifiedTokens.MAX_TOKENS + 2);
    }

    @Test
    void shouldReadEachClaimOfATokenOnceHoweverOftenRequestsAskForIt() throws Exception {
        CountingParser parser = new CountingParser();
        VerifiedTokens tokens = new VerifiedTokens(parser, 43200, at(T0));
        String token = token(T0, Duration.ofHours(1));
        for (int request = 0; request < 3; request++) {
            JsonWebToken jwt = tokens.parse(token);
            assertThat((String) jwt.getClaim("la")).isEqualTo("KENT");
            assertThat(jwt.claim("la")).contains("KENT");
            assertThat((Object) jwt.getClaim("urn")).isNull();
            assertThat(jwt.containsClaim("urn")).isFalse();
            assertThat(jwt.getGroups()).containsExactly("sen-officer");
        }
        assertThat(parser.claimReads).as("one read of 'la' and one of 'urn', for every request after").hasValue(2);
        assertThat(parser.checks).hasValue(1);
        assertThatThrownBy(() -> tokens.parse(token).getGroups().add("admin")).as("no request can grant itself a role")
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
