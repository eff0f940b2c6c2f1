package org.welcomingcity.web.guard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The addresses of the city's TLS proxies, whose word alone says a request came over TLS, and from
 * which client: single addresses or CIDR blocks ({@code 10.0.4.0/24}, {@code fd00::/8}), separated
 * by commas. Only literal addresses: a name would make every request wait on DNS, and DNS could be
 * told to lie.
 */
final class TrustedProxies {

    static final String KEY = "welcoming.security.trusted-proxies";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Block(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            int rest = prefix % 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int mask = rest == 0 ? 0 : (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** Empty or blank trusts nobody; anything that is not an address or a block is refused, naming it. */
    static TrustedProxies parse(String setting) {
        List<Block> blocks = Arrays.stream(setting.split(","))
                .map(String::strip).filter(entry -> !entry.isEmpty()).map(TrustedProxies::block).toList();
        return new TrustedProxies(blocks);
    }

    boolean trusts(String remoteAddress) {
        if (blocks.isEmpty() || remoteAddress == null) {
            return false;
        }
        byte[] address = literal(remoteAddress);
        return address != null && blocks.stream().anyMatch(block -> block.contains(address));
    }

    private static Block block(String entry) {
        int slash = entry.indexOf('/');
        byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (network == null) {
            throw new IllegalArgumentException(KEY + ": " + entry + " is not an IP address or CIDR block"
                    + " (names are not accepted)");
        }
        int prefix = network.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException notANumber) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException(KEY + ": " + entry + " has no prefix length from 0 to "
                        + network.length * 8);
            }
        }
        return new Block(network, prefix);
    }

    /** The bytes of a literal address, or null for anything else (never a DNS lookup). */
    static byte[] literal(String text) {
        String address = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean ipv4 = IPV4.matcher(address).matches();
        if (ipv4 && Arrays.stream(address.split("\\.")).anyMatch(part -> Integer.parseInt(part) > 255)
                || !ipv4 && !IPV6.matcher(address).matches()) {
            return null; // not for InetAddress, which would look it up as a name
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }
}
