package org.momentos.journey;

/**
 * The channel through which a touchpoint happens; the journey map draws one lane per
 * channel.
 */
public enum Channel {

	WEB, APP, STORE, PHONE, CHAT, EMAIL, SOCIAL, REVIEW_SITE, DELIVERY, INVOICE, IN_PERSON

}
