package fr.spyrales.common.net;

/** The SSRF guard's refusal of an address, with the reason in French (shown to whoever typed it, kept with the attempt). */
public class UnsafeUrl extends Exception {
    public UnsafeUrl(String reason) {
        super(reason);
    }
}
