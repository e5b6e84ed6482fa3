package uk.send.plan.item.domain;

/** Red, amber, green: how an item stands against its deadlines. */
public enum Rag {
    GREEN, AMBER, RED;

    public Rag worst(Rag other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
