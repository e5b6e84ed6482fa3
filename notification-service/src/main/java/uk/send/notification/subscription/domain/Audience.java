package uk.send.notification.subscription.domain;

/** Who a subscription speaks to: the person an event names (e.g. a task's lead officer), one named person, or everyone with a role. */
public enum Audience { NAMED_PERSON, PERSON, ROLE }
