package org.momentos;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.momentos.journey.Journey;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.workspace.Role;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.internal.ApiKeys;
import org.momentos.workspace.internal.ApiScope;
import org.momentos.workspace.internal.MomentosUser;
import org.momentos.workspace.internal.UserAccounts;
import org.momentos.workspace.internal.Workspaces;
import org.momentos.workspace.internal.Workspaces.Workspace;

import org.springframework.stereotype.Component;

/**
 * Builds people, workspaces and journeys for tests, each with unique names, so tests
 * sharing one database never see each other's data.
 */
@Component
public class Fixtures {

	public static final String PASSWORD = "a-long-test-password";

	private final UserAccounts accounts;

	private final Workspaces workspaces;

	private final Journeys journeys;

	private final ApiKeys apiKeys;

	Fixtures(UserAccounts accounts, Workspaces workspaces, Journeys journeys, ApiKeys apiKeys) {
		this.accounts = accounts;
		this.apiKeys = apiKeys;
		this.workspaces = workspaces;
		this.journeys = journeys;
	}

	public MomentosUser aPerson(String name) {
		return this.accounts.create(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "+" + unique() + "@example.test",
				name, PASSWORD, null);
	}

	/** A new workspace owned by a new person. */
	public Team aWorkspace(String name) {
		MomentosUser owner = aPerson("Owner " + name);
		Workspace workspace = this.workspaces.create(name + " " + unique(), owner);
		return new Team(workspace, owner, this.workspaces.accessOf(owner, workspace.slug()).orElseThrow());
	}

	public MomentosUser aMember(Team team, Role role) {
		MomentosUser member = aPerson(role.name() + " of " + team.workspace().name());
		this.workspaces.addMember(team.workspace().id(), member.id(), role);
		return member;
	}

	public WorkspaceAccess accessOf(MomentosUser user, Team team) {
		return this.workspaces.accessOf(user, team.workspace().slug()).orElseThrow();
	}

	/** A new API key of the team's workspace with these scopes; returns its secret. */
	public String anApiKey(Team team, ApiScope... scopes) {
		return this.apiKeys.create(team.ownerAccess(), "test key", EnumSet.copyOf(List.of(scopes)), team.owner().id());
	}

	public void revoke(Team team, String secret) {
		this.apiKeys.list(team.workspace().id())
			.stream()
			.filter((key) -> secret.startsWith(key.prefix()))
			.forEach((key) -> this.apiKeys.revoke(team.ownerAccess(), key.id()));
	}

	public JourneyId aJourneyFromTemplate(Team team, String template, Locale language) {
		return this.journeys.createFromTemplate(team.ownerAccess(), template, null, language);
	}

	public Journey journey(Team team, JourneyId id) {
		return this.journeys.get(team.ownerAccess(), id);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A workspace with its owner. */
	public record Team(Workspace workspace, MomentosUser owner, WorkspaceAccess ownerAccess) {

		public String slug() {
			return this.workspace.slug();
		}

	}

	/**
	 * What {@code probe} finds once it finds something, asked every 20 ms for up to
	 * {@code limit}: work done in the background, such as the enrichment of a signal.
	 */
	public static <T> T await(Supplier<Optional<T>> probe, Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (true) {
			Optional<T> found = probe.get();
			if (found.isPresent()) {
				return found.get();
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Nothing after " + limit);
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
