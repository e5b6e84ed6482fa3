package uk.send.notification.webhook.domain;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Refuses webhook target URLs that would let whoever registers an endpoint make the platform
 * call into its own network (server-side request forgery): anything but https, credentials in
 * the URL, and hosts that are or resolve to loopback, private, link-local or otherwise
 * non-public addresses. Hosts on the allow-list are trusted as they are, for a partner inside
 * the LA network or a test server.
 *
 * <p>A check at registration is not enough on its own: a name can resolve differently later
 * (DNS rebinding), so the sender should check again before each delivery and not follow
 * redirects.
 */
public final class EndpointGuard {

    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");

    // The IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and its updates), plus multicast: none of
    // them a partner's public endpoint. 192.0.0.0/24 holds DS-Lite, NAT64 discovery and similar; 198.18.0.0/15 is
    // benchmarking; 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 documentation; 192.88.99.0/24 the 6to4 relay;
    // 192.31.196.0/24, 192.175.48.0/24 AS112; 192.52.193.0/24 AMT.
    private static final List<Block> NON_PUBLIC_IPV4 = Stream.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
            "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24", "192.88.99.0/24",
            "192.168.0.0/16", "192.175.48.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
            "224.0.0.0/4", "240.0.0.0/4")
            .map(Block::of).toList();
    // ::/96 covers :: and ::1 and the deprecated IPv4-compatible form, none of them a real endpoint. 2002::/16 (6to4)
    // and 2001::/32 (Teredo, inside the IETF protocol block 2001::/23) tunnel to an address embedded in them, which
    // could be private; 2001:db8::/32 and 3fff::/20 are documentation, 100::/64 discard, 64:ff9b:1::/48 local NAT64,
    // 5f00::/16 SRv6 segment ids.
    private static final List<Block> NON_PUBLIC_IPV6 = Stream.of(
            "::/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32", "2002::/16", "3fff::/20", "5f00::/16",
            "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")
            .map(Block::of).toList();
    private static final Block IPV4_MAPPED = new Block(
            new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0}, 96);
    private static final Block NAT64 = Block.of("64:ff9b::/96");

    private static final String NOT_PUBLIC = "webhook URL must point to a public internet address, "
            + "not a private, local or reserved one";

    private final Set<String> allowList;
    private final Function<String, InetAddress[]> resolver;

    /** Resolves host names with the system resolver. */
    public EndpointGuard(Set<String> allowList) {
        this(allowList, EndpointGuard::resolveWithSystem);
    }

    /**
     * @param allowList host names, or host:port, that may be used even if private and over http;
     *                  compared without regard to case, IPv6 hosts in brackets as in a URL
     * @param resolver  every address a host name resolves to; it may throw if the name is unknown
     */
    public EndpointGuard(Set<String> allowList, Function<String, InetAddress[]> resolver) {
        Objects.requireNonNull(allowList, "allowList");
        Set<String> normalised = new HashSet<>();
        for (String entry : allowList) {
            if (entry == null || entry.isBlank()) {
                throw new IllegalArgumentException("webhook allow-list entries must not be blank");
            }
            normalised.add(entry.trim().toLowerCase(Locale.ROOT));
        }
        this.allowList = Set.copyOf(normalised);
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * Returns quietly if the platform may deliver webhooks to {@code uri}.
     *
     * @throws IllegalArgumentException with a message fit to show the person who entered the URL
     */
    public void check(URI uri) {
        if (uri == null) {
            throw new IllegalArgumentException("webhook URL is required");
        }
        if (!uri.isAbsolute() || uri.isOpaque()) {
            throw new IllegalArgumentException("webhook URL must be an absolute https URL");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("webhook URL must use https");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("webhook URL must not contain a user name or password");
        }
        // java.net.URI leaves the host null when the authority is not a valid host name (an
        // underscore, say), and such a URL would be read differently by different clients.
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("webhook URL must include a valid host name");
        }
        host = host.toLowerCase(Locale.ROOT);
        boolean allowListed = isAllowListed(host, effectivePort(uri, scheme));
        if (scheme.equals("http") && !allowListed) {
            throw new IllegalArgumentException("webhook URL must use https");
        }
        if (allowListed) {
            return;
        }
        for (InetAddress address : addressesOf(host)) {
            if (!isPublic(address)) {
                // The address itself is left out: echoing what an internal name resolves to would
                // let anyone map the internal network through this error message.
                throw new IllegalArgumentException(NOT_PUBLIC);
            }
        }
    }

    private boolean isAllowListed(String host, int port) {
        return allowList.contains(host) || allowList.contains(host + ":" + port);
    }

    private static int effectivePort(URI uri, String scheme) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return scheme.equals("https") ? 443 : 80;
    }

    private InetAddress[] addressesOf(String host) {
        // Literals are parsed here rather than handed to the resolver, so no resolver (a caching
        // one, a test stub) can be asked to interpret them, and they never cause a DNS lookup.
        if (host.startsWith("[")) {
            try {
                // Bracketed, InetAddress parses an IPv6 literal or fails; it never looks it up.
                return new InetAddress[] {InetAddress.getByName(host)};
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("webhook URL has an invalid IPv6 address");
            }
        }
        if (DIGITS_AND_DOTS.matcher(host).matches()) {
            if (!DOTTED_QUAD.matcher(host).matches()) {
                // Forms such as 127.1, 2130706433 or 0177.0.0.1 mean different addresses to
                // different parsers; a real endpoint never needs them.
                throw new IllegalArgumentException("webhook URL must write an IPv4 address as four decimal numbers");
            }
            return new InetAddress[] {ipv4(host)};
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.apply(host);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("webhook URL host " + host + " could not be found", e);
        }
        if (addresses == null || addresses.length == 0) {
            throw new IllegalArgumentException("webhook URL host " + host + " could not be found");
        }
        return addresses;
    }

    private static InetAddress ipv4(String dottedQuad) {
        String[] parts = dottedQuad.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("four bytes are always a valid IPv4 address", impossible);
        }
    }

    private static boolean isPublic(InetAddress address) {
        return isPublic(address.getAddress());
    }

    private static boolean isPublic(byte[] address) {
        if (address.length == 4) {
            return NON_PUBLIC_IPV4.stream().noneMatch(block -> block.contains(address));
        }
        if (IPV4_MAPPED.contains(address) || NAT64.contains(address)) {
            // The connection would end up at the embedded IPv4 address, so that is what counts.
            return isPublic(Arrays.copyOfRange(address, 12, 16));
        }
        return NON_PUBLIC_IPV6.stream().noneMatch(block -> block.contains(address));
    }

    /** An address block in CIDR notation, parsed once from a literal. */
    private record Block(byte[] network, int prefixLength) {

        static Block of(String cidr) {
            int slash = cidr.indexOf('/');
            try {
                // Literals only, so no lookup happens; "::ffff:0:0" would come back as IPv4, so
                // mapped blocks are not written this way.
                byte[] network = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
                return new Block(network, Integer.parseInt(cidr.substring(slash + 1)));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("bad block " + cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = prefixLength;
            for (int i = 0; bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((address[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static InetAddress[] resolveWithSystem(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new UncheckedIOException(e);
        }
    }
}
