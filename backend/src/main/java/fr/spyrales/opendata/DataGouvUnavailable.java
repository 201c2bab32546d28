package fr.spyrales.opendata;

/** data.gouv.fr did not answer usefully: no connection, too slow, or an error of its own (5xx, 429…). */
class DataGouvUnavailable extends RuntimeException {
    DataGouvUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
