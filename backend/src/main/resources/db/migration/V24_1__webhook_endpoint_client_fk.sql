-- V24 reached main before the partner clients' table did on the webhooks branch: the endpoint's client, as a
-- foreign key (an endpoint goes with its client).
ALTER TABLE webhook_endpoint
    ADD CONSTRAINT webhook_endpoint_client_fk FOREIGN KEY (partner_client_id) REFERENCES partner_client (id) ON DELETE CASCADE;
