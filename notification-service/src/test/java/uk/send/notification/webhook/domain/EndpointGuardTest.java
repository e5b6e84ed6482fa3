package uk.send.notification.webhook.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointGuardTest {

    private static final String NOT_PUBLIC = "must point to a public internet address";

    /** Stands in for DNS, so no test depends on the network or the machine's resolver. */
    private final List<String> lookedUp = new ArrayList<>();
    private final Map<String, InetAddress[]> dns = Map.of(
            "localhost", addresses("127.0.0.1", "::1"),
            "partner.example", addresses("93.184.216.34"),
            "dual.example", addresses("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
            "sneaky.example", addresses("93.184.216.34", "10.0.0.5"),
            "metadata.example", addresses("169.254.169.254"),
            "internal.example", addresses("192.168.10.20"),
            "six-internal.example", addresses("fd12:3456:789a::1"));
    private final Function<String, InetAddress[]> resolver = host -> {
        lookedUp.add(host);
        InetAddress[] found = dns.get(host);
        if (found == null) {
            throw new IllegalStateException("unknown host " + host);
        }
        return found;
    };

    private final EndpointGuard guard = new EndpointGuard(Set.of(), resolver);

    @Test
    void shouldAcceptHttpsToAPublicAddress() {
        assertThatCode(() -> guard.check(URI.create("https://93.184.216.34/hooks"))).doesNotThrowAnyException();
        assertThatCode(() -> guard.check(URI.create("https://93.184.216.34:8443/hooks?x=1"))).doesNotThrowAnyException();
        assertThatCode(() -> guard.check(URI.create("HTTPS://Partner.Example/hooks"))).doesNotThrowAnyException();
        assertThatCode(() -> guard.check(URI.create("https://dual.example/hooks"))).doesNotThrowAnyException();
        assertThatCode(() -> guard.check(URI.create("https://[2606:2800:220:1:248:1893:25c8:1946]/")))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseHttpEvenToAPublicAddress() {
        assertThatThrownBy(() -> guard.check(URI.create("http://93.184.216.34/hooks")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL must use https");
        assertThatThrownBy(() -> guard.check(URI.create("http://partner.example/hooks")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL must use https");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1/",
            "https://127.255.0.9/",
            "https://localhost/",
            "https://LOCALHOST:8443/",
            "https://0.0.0.0/",
            "https://0.1.2.3/",
            "https://10.1.2.3/",
            "https://172.16.0.1/",
            "https://172.20.0.1/",
            "https://172.31.255.255/",
            "https://192.168.1.1/",
            "https://169.254.169.254/latest/meta-data/",
            "https://100.64.0.1/",
            "https://100.127.255.255/",
            "https://224.0.0.1/",
            "https://239.255.255.250/",
            "https://255.255.255.255/",
            "https://[::1]/",
            "https://[::]/",
            "https://[0:0:0:0:0:0:0:1]:8443/",
            "https://[fe80::1]/",
            "https://[febf::1]/",
            "https://[fd00::1]/",
            "https://[fc00::1]/",
            "https://[ff02::1]/",
            "https://[::ffff:127.0.0.1]/",
            "https://[::ffff:10.0.0.1]/",
            "https://[::ffff:a9fe:a9fe]/",
            "https://[::127.0.0.1]/",
            "https://[64:ff9b::10.0.0.1]/",
            "https://[64:ff9b::a9fe:a9fe]/",
            // Issue 13 item 9: tunnels that embed an address, and the rest of the IANA special-purpose registries
            "https://[2002:7f00:1::]/",
            "https://[2002:c0a8:101::1]/",
            "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
            "https://[2001:2::1]/",
            "https://[2001:db8::1]/",
            "https://[3fff::1]/",
            "https://[100::1]/",
            "https://[64:ff9b:1::1]/",
            "https://[5f00::1]/",
            "https://198.18.0.1/",
            "https://198.19.255.255/",
            "https://192.0.0.8/",
            "https://192.0.0.170/",
            "https://192.0.2.1/",
            "https://198.51.100.7/",
            "https://203.0.113.9/",
            "https://192.88.99.1/",
            "https://192.31.196.1/",
            "https://192.52.193.1/",
            "https://192.175.48.1/",
    })
    void shouldRefuseHttpsToANonPublicAddress(String url) {
        assertThatThrownBy(() -> guard.check(URI.create(url)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NOT_PUBLIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://100.63.255.255/",
            "https://100.128.0.0/",
            "https://172.15.255.255/",
            "https://172.32.0.0/",
            "https://169.253.0.1/",
            "https://192.167.1.1/",
            "https://11.0.0.1/",
            "https://1.1.1.1/",
            "https://223.255.255.255/",
            "https://[2001:4860:4860::8888]/",
            "https://[::ffff:93.184.216.34]/",
            "https://[64:ff9b::93.184.216.34]/",
            "https://198.17.255.255/",
            "https://198.20.0.0/",
            "https://192.0.1.1/",
            "https://192.0.3.1/",
            "https://[2001:200::1]/",
            "https://[2003::1]/",
    })
    void shouldAcceptAddressesJustOutsideTheRefusedRanges(String url) {
        assertThatCode(() -> guard.check(URI.create(url))).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseANameThatResolvesToAPrivateAddress() {
        assertThatThrownBy(() -> guard.check(URI.create("https://internal.example/hooks")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NOT_PUBLIC);
        assertThatThrownBy(() -> guard.check(URI.create("https://metadata.example/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NOT_PUBLIC);
        assertThatThrownBy(() -> guard.check(URI.create("https://six-internal.example/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NOT_PUBLIC);
    }

    @Test
    void shouldRefuseANameWhenAnyOfItsAddressesIsPrivate() {
        assertThatThrownBy(() -> guard.check(URI.create("https://sneaky.example/hooks")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NOT_PUBLIC);
    }

    @Test
    void shouldNotRevealWhatAnInternalNameResolvesTo() {
        assertThatThrownBy(() -> guard.check(URI.create("https://internal.example/hooks")))
                .message().doesNotContain("192.168");
    }

    @Test
    void shouldRefuseAnIpv4MappedAddressEvenWhenTheResolverReturnsItAsIpv6() throws UnknownHostException {
        byte[] mappedLoopback = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
        InetAddress v6 = Inet6Address.getByAddress(null, mappedLoopback, -1);
        assertThat(v6).isInstanceOf(Inet6Address.class);
        EndpointGuard mapped = new EndpointGuard(Set.of(), host -> new InetAddress[] {v6});

        assertThatThrownBy(() -> mapped.check(URI.create("https://mapped.example/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NOT_PUBLIC);
    }

    @Test
    void shouldAcceptAnAllowListedHostAndPortOverHttpAndHttps() {
        EndpointGuard allowing = new EndpointGuard(Set.of("localhost:8443"), resolver);

        assertThatCode(() -> allowing.check(URI.create("http://localhost:8443/hooks"))).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check(URI.create("https://localhost:8443/hooks"))).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check(URI.create("https://LocalHost:8443/hooks"))).doesNotThrowAnyException();
        assertThat(lookedUp).as("an allow-listed host is not resolved").isEmpty();
    }

    @Test
    void shouldOnlyAllowTheListedPortOfAnAllowListedHostAndPort() {
        EndpointGuard allowing = new EndpointGuard(Set.of("localhost:8443"), resolver);

        assertThatThrownBy(() -> allowing.check(URI.create("http://localhost:9000/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL must use https");
        assertThatThrownBy(() -> allowing.check(URI.create("https://localhost:9000/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NOT_PUBLIC);
        assertThatThrownBy(() -> allowing.check(URI.create("https://localhost/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NOT_PUBLIC);
    }

    @Test
    void shouldAllowAnyPortOfAnAllowListedHostName() {
        EndpointGuard allowing = new EndpointGuard(Set.of(" Internal.Example ", "[::1]"), resolver);

        assertThatCode(() -> allowing.check(URI.create("http://internal.example/hooks"))).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check(URI.create("https://internal.example:7000/hooks"))).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check(URI.create("http://[::1]:8080/hooks"))).doesNotThrowAnyException();
    }

    @Test
    void shouldMatchTheDefaultPortOfTheSchemeAgainstAHostAndPortEntry() {
        EndpointGuard allowing = new EndpointGuard(Set.of("internal.example:443", "localhost:80"), resolver);

        assertThatCode(() -> allowing.check(URI.create("https://internal.example/hooks"))).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check(URI.create("http://localhost/hooks"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> allowing.check(URI.create("http://internal.example/hooks")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseUserInfoEvenForAnAllowListedHost() {
        EndpointGuard allowing = new EndpointGuard(Set.of("localhost:8443"), resolver);

        assertThatThrownBy(() -> guard.check(URI.create("https://user:pass@93.184.216.34/hooks")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL must not contain a user name or password");
        assertThatThrownBy(() -> guard.check(URI.create("https://user@partner.example/hooks")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL must not contain a user name or password");
        assertThatThrownBy(() -> allowing.check(URI.create("http://admin@localhost:8443/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL must not contain a user name or password");
    }

    @Test
    void shouldRefuseTheClassicUserInfoTrickThatHidesTheRealHost() {
        assertThatThrownBy(() -> guard.check(URI.create("https://partner.example@127.0.0.1/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL must not contain a user name or password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.216.34/", "file:///etc/passwd", "gopher://93.184.216.34/", "ws://93.184.216.34/"})
    void shouldRefuseOtherSchemes(String url) {
        assertThatThrownBy(() -> guard.check(URI.create(url)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL must use https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relative/path", "partner.example/hooks", "mailto:ops@partner.example"})
    void shouldRefuseRelativeAndOpaqueUrls(String url) {
        assertThatThrownBy(() -> guard.check(URI.create(url)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL must be an absolute https URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https:///hooks", "https://under_score.example/", "https://:443/",
            // java.net.URI itself declines these numeric forms as hosts.
            "https://127.1/", "https://127.0.0.1./", "https://256.1.1.1/", "https://1.2.3.4.5/"})
    void shouldRefuseAUrlWithoutAUsableHost(String url) {
        assertThatThrownBy(() -> guard.check(URI.create(url)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL must include a valid host name");
        assertThat(lookedUp).isEmpty();
    }

    @Test
    void shouldRefuseAMissingUrl() {
        assertThatThrownBy(() -> guard.check(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://2130706433/", "https://0177.0.0.1/", "https://010.0.0.1/", "https://0.0.0.00/"})
    void shouldRefuseAmbiguousNumericHostsWithoutAskingTheResolver(String url) {
        assertThatThrownBy(() -> guard.check(URI.create(url)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL must write an IPv4 address as four decimal numbers");
        assertThat(lookedUp).isEmpty();
    }

    @Test
    void shouldNotAskTheResolverAboutAddressLiterals() {
        assertThatCode(() -> guard.check(URI.create("https://93.184.216.34/"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> guard.check(URI.create("https://[::1]/"))).isInstanceOf(IllegalArgumentException.class);

        assertThat(lookedUp).isEmpty();
    }

    @Test
    void shouldRefuseAHostThatCannotBeResolved() {
        assertThatThrownBy(() -> guard.check(URI.create("https://nowhere.example/hooks")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL host nowhere.example could not be found");
    }

    @Test
    void shouldRefuseAHostForWhichTheResolverReturnsNothing() {
        EndpointGuard empty = new EndpointGuard(Set.of(), host -> new InetAddress[0]);
        EndpointGuard nothing = new EndpointGuard(Set.of(), host -> null);

        assertThatThrownBy(() -> empty.check(URI.create("https://partner.example/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("could not be found");
        assertThatThrownBy(() -> nothing.check(URI.create("https://partner.example/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("could not be found");
    }

    @Test
    void shouldCheckLiteralsWithTheDefaultResolverWithoutAnyLookup() {
        EndpointGuard systemResolving = new EndpointGuard(Set.of());

        assertThatCode(() -> systemResolving.check(URI.create("https://93.184.216.34/"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> systemResolving.check(URI.create("https://10.1.2.3/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(NOT_PUBLIC);
        assertThatThrownBy(() -> systemResolving.check(URI.create("https://[fd00::1]/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(NOT_PUBLIC);
    }

    @Test
    void shouldRefuseABlankAllowListEntry() {
        assertThatThrownBy(() -> new EndpointGuard(Set.of(" "), resolver))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static InetAddress[] addresses(String... literals) {
        InetAddress[] result = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            try {
                // Only ever given literals, so no lookup happens.
                result[i] = InetAddress.getByName(literals[i]);
            } catch (UnknownHostException e) {
                throw new AssertionError(e);
            }
        }
        return result;
    }
}
