package uk.send.notification.webhook.domain;

/**
 * Who is managing webhooks: a webhook belongs to the client that registered it ({@code client}: the token's
 * {@code azp}, else {@code client_id}, else {@code sub}). A partner sees and manages only its own; another's
 * answers 404 as if it did not exist. An LA admin ({@code admin}) sees and manages every webhook of the LA.
 */
public record WebhookCaller(String tenant, String client, boolean admin) {

    /** True when this caller may see and manage a webhook registered by {@code owner} in its LA. */
    public boolean mayManage(String owner) {
        return admin || (client != null && client.equals(owner));
    }
}
