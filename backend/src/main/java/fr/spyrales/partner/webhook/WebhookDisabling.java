package fr.spyrales.partner.webhook;

import fr.spyrales.mail.MailOutbox;
import fr.spyrales.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Switches off an endpoint that keeps failing and tells its partner's contact, in the same transaction. */
@ApplicationScoped
public class WebhookDisabling {
    static final DateTimeFormatter FRENCH_DATE_TIME = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));
    private static final Logger LOG = Logger.getLogger(WebhookDisabling.class);

    private final WebhookDeliveryRepository deliveries;
    private final WebhookClientRepository clients;
    private final MailOutbox mails;

    WebhookDisabling(WebhookDeliveryRepository deliveries, WebhookClientRepository clients, MailOutbox mails) {
        this.deliveries = deliveries;
        this.clients = clients;
        this.mails = mails;
    }

    @Transactional(TxType.MANDATORY)
    void disable(UUID endpointId, String reason) {
        deliveries.disable(endpointId, reason).ifPresent(clientId -> {
            LOG.warnf("Webhook endpoint %s switched off: %s", endpointId, reason);
            clients.contactOf(clientId)
                    .ifPresent(contact -> mails.enqueue(new OutgoingMail(
                            null,
                            contact.email(),
                            "Spyrales : un webhook de « " + contact.clientName() + " » a été désactivé",
                            text(endpointId, contact.clientName(), reason))));
        });
    }

    private static String text(UUID endpointId, String clientName, String reason) {
        return """
                Bonjour,

                Spyrales n'arrive plus à livrer les webhooks du client d'API « %s » à l'un de ses points de réception (identifiant %s). Il vient d'être désactivé.

                Raison : %s

                Les événements qui surviennent désormais ne lui sont plus envoyés. Une fois le problème corrigé de votre côté (adresse, certificat, réponse en 2xx en moins de 10 secondes), réactivez-le par l'API : PATCH /api/v1/partner/webhooks/%s avec {"enabled": true}. Les envois passés peuvent être rejoués un par un (POST /api/v1/partner/webhooks/%s/deliveries/{id}/replay).

                — L'équipe Spyrales
                """.formatted(clientName, endpointId, reason, endpointId, endpointId);
    }
}
