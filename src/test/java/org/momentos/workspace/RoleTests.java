package org.momentos.workspace;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What each role may do, as written in docs/roles.md. */
class RoleTests {

	@ParameterizedTest(name = "{0} may {1}: {2}")
	@CsvSource(textBlock = """
			OWNER,   MANAGE_WORKSPACE, true
			OWNER,   MANAGE_MEMBERS,   true
			ADMIN,   MANAGE_WORKSPACE, false
			ADMIN,   MANAGE_MEMBERS,   true
			ADMIN,   MANAGE_API_KEYS,  true
			ADMIN,   EDIT_JOURNEYS,    true
			ANALYST, EDIT_JOURNEYS,    true
			ANALYST, MANAGE_MEMBERS,   false
			ANALYST, MANAGE_API_KEYS,  false
			AGENT,   VIEW,             true
			AGENT,   EDIT_JOURNEYS,    false
			VIEWER,  VIEW,             true
			VIEWER,  EDIT_JOURNEYS,    false
			OWNER,   MANAGE_ALERT_RULES, true
			ADMIN,   MANAGE_ALERT_RULES, true
			ADMIN,   MANAGE_CASES,     true
			ANALYST, WORK_CASES,       true
			ANALYST, MANAGE_CASES,     false
			AGENT,   WORK_CASES,       true
			AGENT,   MANAGE_CASES,     false
			AGENT,   MANAGE_ALERT_RULES, false
			VIEWER,  WORK_CASES,       false
			""")
	void rolesGrantExactlyTheirPermissions(Role role, Permission permission, boolean allowed) {
		assertThat(role.may(permission)).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "{0} may grant {1}: {2}")
	@CsvSource(textBlock = """
			OWNER,   OWNER,   true
			OWNER,   ADMIN,   true
			ADMIN,   OWNER,   false
			ADMIN,   ADMIN,   true
			ADMIN,   VIEWER,  true
			ANALYST, VIEWER,  false
			""")
	void nobodyGrantsMoreThanTheyHave(Role role, Role granted, boolean allowed) {
		assertThat(role.mayGrant(granted)).isEqualTo(allowed);
	}

}
