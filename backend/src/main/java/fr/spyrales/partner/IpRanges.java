package fr.spyrales.partner;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/** CIDR ranges of a client's allowlist (IPv4 or IPv6 literals: never a name, so no DNS lookup). */
final class IpRanges {
    private IpRanges() {}

    /** The range in its canonical form (network address/prefix), or empty when it is not a CIDR range. */
    static Optional<String> canonical(String cidr) {
        return parse(cidr).map(r -> r.network().getHostAddress() + "/" + r.prefix());
    }

    /** Whether {@code address} falls in one of the ranges; an empty list allows every address. */
    static boolean allows(List<String> ranges, String address) {
        if (ranges.isEmpty()) {
            return true;
        }
        Optional<InetAddress> ip = literal(address);
        if (ip.isEmpty()) {
            return false;
        }
        for (String cidr : ranges) {
            Optional<Range> range = parse(cidr);
            if (range.isPresent() && range.get().contains(ip.get())) {
                return true;
            }
        }
        return false;
    }

    private record Range(InetAddress network, int prefix) {
        boolean contains(InetAddress ip) {
            byte[] a = ip.getAddress();
            byte[] n = network.getAddress();
            return a.length == n.length && masked(a, prefix).equals(masked(n, prefix));
        }
    }

    private static Optional<Range> parse(String cidr) {
        if (cidr == null) {
            return Optional.empty();
        }
        String[] parts = cidr.strip().split("/", -1);
        if (parts.length > 2) {
            return Optional.empty();
        }
        Optional<InetAddress> address = literal(parts[0]);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int bits = address.get().getAddress().length * 8;
        int prefix = bits;
        if (parts.length == 2) {
            if (!parts[1].matches("[0-9]{1,3}")) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(parts[1]);
            if (prefix > bits) {
                return Optional.empty();
            }
        }
        try {
            byte[] network = masked(address.get().getAddress(), prefix).toByteArray();
            byte[] sized = new byte[bits / 8];
            int copy = Math.min(network.length, sized.length);
            System.arraycopy(network, network.length - copy, sized, sized.length - copy, copy);
            return Optional.of(new Range(InetAddress.getByAddress(sized), prefix));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static BigInteger masked(byte[] address, int prefix) {
        int bits = address.length * 8;
        BigInteger value = new BigInteger(1, address);
        BigInteger mask = BigInteger.ONE
                .shiftLeft(bits)
                .subtract(BigInteger.ONE)
                .shiftRight(prefix)
                .not();
        return value.and(mask).and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
    }

    /** An IP literal only: InetAddress would resolve a name, which an allowlist must never do. */
    private static Optional<InetAddress> literal(String text) {
        if (text == null
                || text.isEmpty()
                || text.length() > 39
                || !text.matches("[0-9a-fA-F:.]+")
                || (!text.contains(":") && !text.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return Optional.empty();
        }
        if (!text.contains(":")) {
            for (String octet : text.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
