package org.momentos.recovery;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.momentos.Fixtures;
import org.momentos.Fixtures.Team;
import org.momentos.MomentosTest;
import org.momentos.MovableClock;
import org.momentos.recovery.internal.WebhookDelivery;
import org.momentos.recovery.internal.WebhookStore;
import org.momentos.workspace.AuditTrail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A refused webhook delivery is tried again with growing waits, a bounded number of
 * times, and each delivery is in a log that only the workspace's admins see.
 */
@MomentosTest
@Import(Fixtures.class)
class WebhookRetryTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	WebhookStore webhooks;

	@Autowired
	WebhookDelivery delivery;

	@Autowired
	MovableClock clock;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void aReceiverThatFailsTwiceGetsTheSameDeliveryOnTheThirdAttempt() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		List<String> deliveryIds = new CopyOnWriteArrayList<>();
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", (exchange) -> {
			deliveryIds.add(exchange.getRequestHeaders().getFirst("X-Momentos-Delivery"));
			exchange.getRequestBody().readAllBytes();
			exchange.sendResponseHeaders(calls.incrementAndGet() <= 2 ? 500 : 204, -1);
			exchange.close();
		});
		receiver.start();
		try {
			Team shop = this.fixtures.aWorkspace("Reintentos");
			Team other = this.fixtures.aWorkspace("Sin envíos");
			String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
			this.webhooks.add(shop.workspace().id(), url);
			this.cases.open(shop.ownerAccess(), new NewCase("Cobro doble", "", null, null, Priority.HIGH, "", ""));

			// The first attempt, right away, is refused: it waits a minute.
			awaitDelivery(shop, "PENDING", 1);
			this.delivery.retry();
			assertThat(calls).as("not before the minute is up").hasValue(1);

			this.clock.advance(Duration.ofMinutes(1));
			this.delivery.retry();
			awaitDelivery(shop, "PENDING", 2);

			this.clock.advance(Duration.ofMinutes(5));
			this.delivery.retry();
			awaitDelivery(shop, "DELIVERED", 3);
			assertThat(deliveryIds).hasSize(3).allMatch(deliveryIds.getFirst()::equals);

			// Admins see the log; another workspace does not.
			assertThat(settingsPage(shop)).contains("id=\"deliveries\"", url, "Delivered", "HTTP 500");
			assertThat(settingsPage(other)).doesNotContain(url).contains("Nothing sent yet.");
		}
		finally {
			receiver.stop(0);
		}
	}

	@Test
	void aDeliveryIsGivenUpAfterFiveAttemptsAndTheAuditTrailSaysSo() throws IOException {
		// A receiver that always fails (a closed port is not refused at once in every
		// sandbox:
		// some drop the connection, and each attempt would then wait for its time-out).
		AtomicInteger calls = new AtomicInteger();
		HttpServer broken = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		broken.createContext("/down", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			calls.incrementAndGet();
			exchange.sendResponseHeaders(503, -1);
			exchange.close();
		});
		broken.start();
		try {
			Team shop = this.fixtures.aWorkspace("Caído");
			this.webhooks.add(shop.workspace().id(), "http://127.0.0.1:" + broken.getAddress().getPort() + "/down");
			this.cases.open(shop.ownerAccess(), new NewCase("Sin respuesta", "", null, null, Priority.LOW, "", ""));

			awaitDelivery(shop, "PENDING", 1);
			for (Duration wait : List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
					Duration.ofHours(2))) {
				this.clock.advance(wait);
				this.delivery.retry();
			}
			awaitDelivery(shop, "FAILED", 5);
			this.clock.advance(Duration.ofDays(1));
			this.delivery.retry();
			awaitDelivery(shop, "FAILED", 5);
			assertThat(calls).hasValue(5);
			assertThat(this.audit.latest(shop.workspace().id(), 10)).extracting(AuditTrail.Entry::action)
				.contains("webhook.failed");
		}
		finally {
			broken.stop(0);
		}
	}

	@Test
	void theDeliveriesOfARunAreSentTogetherSoASlowReceiverHoldsUpNoOther() throws Exception {
		// The receiver answers only once three deliveries are waiting on it at the same
		// time: deliveries sent one after another would each time out here.
		AtomicInteger phase = new AtomicInteger();
		CountDownLatch together = new CountDownLatch(3);
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.setExecutor(Executors.newCachedThreadPool());
		receiver.createContext("/slow", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			boolean answered = false;
			if (phase.get() == 1) {
				together.countDown();
				try {
					answered = together.await(5, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			exchange.sendResponseHeaders(answered ? 204 : 503, -1);
			exchange.close();
		});
		receiver.start();
		try {
			Team shop = this.fixtures.aWorkspace("Lento");
			this.webhooks.add(shop.workspace().id(), "http://127.0.0.1:" + receiver.getAddress().getPort() + "/slow");
			for (String subject : List.of("Uno", "Dos", "Tres")) {
				this.cases.open(shop.ownerAccess(), new NewCase(subject, "", null, null, Priority.LOW, "", ""));
			}
			awaitDeliveries(shop, "PENDING 1 ", 3);

			phase.set(1);
			this.clock.advance(Duration.ofMinutes(1));
			this.delivery.retry();

			awaitDeliveries(shop, "DELIVERED 2 ", 3);
		}
		finally {
			receiver.stop(0);
		}
	}

	private void awaitDeliveries(Team shop, String prefix, int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		List<String> rows = List.of();
		while (System.nanoTime() < deadline) {
			rows = deliveryRows(shop);
			if (rows.stream().filter((row) -> row.startsWith(prefix)).count() == count) {
				return;
			}
			RecoveryScenario.sleepFor(100);
		}
		throw new AssertionError("not " + count + " deliveries " + prefix + ": " + rows);
	}

	private List<String> deliveryRows(Team shop) {
		return this.jdbc
			.sql("select status || ' ' || attempts || ' ' || coalesce(last_error, '') from recovery_webhook_delivery"
					+ " where workspace_id = ? order by id")
			.param(shop.workspace().id().value())
			.query(String.class)
			.list();
	}

	private void awaitDelivery(Team shop, String status, int attempts) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		List<String> rows = List.of();
		while (System.nanoTime() < deadline) {
			rows = deliveryRows(shop);
			if (rows.stream().anyMatch((row) -> row.startsWith(status + " " + attempts + " "))) {
				return;
			}
			RecoveryScenario.sleepFor(100);
		}
		throw new AssertionError("no delivery " + status + " after " + attempts + " attempts: " + rows);
	}

	private String settingsPage(Team team) throws Exception {
		return this.mvc
			.perform(get("/w/" + team.slug() + "/recovery/settings").header("Accept-Language", "en")
				.with(user(team.owner())))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
