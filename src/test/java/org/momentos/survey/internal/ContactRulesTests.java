package org.momentos.survey.internal;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.momentos.workspace.WorkspaceId;

import static org.assertj.core.api.Assertions.assertThat;

/** The contact rules in their order, with the recovery module's answer faked. */
class ContactRulesTests {

	static final WorkspaceId SHOP = new WorkspaceId(1);

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	@Test
	void noSatisfactionSurveyWhileACaseIsOpenButTheFollowUpOfTheFailureGoes() {
		ContactRules rules = new ContactRules(store(Set.of(), false),
				(workspace, customer) -> "c-complaining".equals(customer));
		assertThat(rules.reasonToSkip(SHOP, "c-complaining", null, true, NOW)).isEqualTo("open-case");
		assertThat(rules.reasonToSkip(SHOP, "c-complaining", null, false, NOW)).isNull();
		assertThat(rules.reasonToSkip(SHOP, "c-happy", null, true, NOW)).isNull();
	}

	@Test
	void unsubscribedComesFirstThenRecentContact() {
		ContactRules rules = new ContactRules(store(Set.of(Secrets.emailHash("ana@example.test")), true),
				(workspace, customer) -> true);
		assertThat(rules.reasonToSkip(SHOP, "c-1", "ANA@example.test", true, NOW)).isEqualTo("unsubscribed");
		assertThat(rules.reasonToSkip(SHOP, "c-1", "luis@example.test", false, NOW)).isEqualTo("contacted-recently");
	}

	private static InvitationStore store(Set<String> unsubscribed, boolean contactedRecently) {
		return new InvitationStore(null) {

			@Override
			boolean isUnsubscribed(WorkspaceId workspace, String emailHash) {
				return unsubscribed.contains(emailHash);
			}

			@Override
			int contactDays(WorkspaceId workspace) {
				return 30;
			}

			@Override
			boolean contactedSince(WorkspaceId workspace, String customerReference, Instant since) {
				return contactedRecently;
			}

		};
	}

}
