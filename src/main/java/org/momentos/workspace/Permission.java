package org.momentos.workspace;

/** What a member or an API key may do inside a workspace. */
public enum Permission {

	/** See journeys, maps and the workspace's data. */
	VIEW,

	/** Create, edit, publish and delete journeys. */
	EDIT_JOURNEYS,

	/** Invite members, change their roles, remove them. */
	MANAGE_MEMBERS,

	/** Create and revoke API keys; read the audit trail. */
	MANAGE_API_KEYS,

	/** Rename the workspace. */
	MANAGE_WORKSPACE,

	/** Send customer signals (API keys with the {@code ingest} scope). */
	INGEST_SIGNALS,

	/** Work service-recovery cases: one's own, one's team's and unassigned ones. */
	WORK_CASES,

	/**
	 * See and reassign every case, manage recovery teams; receive SLA escalations.
	 */
	MANAGE_CASES,

	/** Create and change alert rules and outbound webhooks. */
	MANAGE_ALERT_RULES,

	/**
	 * Invite customers to answer surveys (API keys with the {@code invite} scope, e.g. an
	 * order system).
	 */
	INVITE_CUSTOMERS,

	/**
	 * Import signal files, connect webhooks, erase a customer's signals, set signal
	 * privacy and retention (API keys with the {@code erase} scope may erase).
	 */
	MANAGE_SIGNALS

}
