package fr.spyrales.common.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Name resolution for the SSRF guard; a test gives its own to make a name resolve to a private address. */
@FunctionalInterface
public interface HostResolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system resolver (DNS, /etc/hosts): every address of the name. */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));
}
