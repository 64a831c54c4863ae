package org.momentos.survey.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.momentos.MomentosApplication;
import org.momentos.journey.JourneyId;
import org.momentos.journey.Journeys;
import org.momentos.survey.Survey;
import org.momentos.survey.SurveyId;
import org.momentos.survey.Surveys;
import org.momentos.workspace.WorkspaceAccess;
import org.momentos.workspace.internal.MomentosUser;
import org.momentos.workspace.internal.UserAccounts;
import org.momentos.workspace.internal.Workspaces;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load benchmark of the public survey page (not a test): starts Momentos on a fresh
 * embedded PostgreSQL, opens an NPS survey, and lets N virtual respondents answer it for
 * a while, each in a loop: render page 1, submit page 1, submit page 2. Prints the p50,
 * p95 and p99 of render and submit times, then counts the answers in the database against
 * the answers the respondents saw accepted. Arguments: respondents (200), seconds (60),
 * think time in ms between steps (1000). See docs/surveys.md.
 */
public final class SurveyLoad {

	private SurveyLoad() {
	}

	public static void main(String[] args) throws Exception {
		int users = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
		int thinkMillis = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
		Path data = Files.createTempDirectory("momentos-survey-load");
		ConfigurableApplicationContext app = SpringApplication.run(MomentosApplication.class, "--server.port=0",
				"--momentos.data-directory=" + data, "--logging.level.root=WARN",
				"--momentos.survey.requests-per-minute-per-address=100000000",
				"--momentos.survey.requests-per-minute-per-survey=100000000",
				"--momentos.survey.duplicate-cookie=false");
		try {
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			Survey survey = anOpenSurvey(app);
			String base = "http://127.0.0.1:" + port + "/s/" + survey.publicId();
			System.out.printf(Locale.ROOT, "Survey %s, %d respondents, %d s, think time %d ms, %d cores%n", base, users,
					seconds, thinkMillis, Runtime.getRuntime().availableProcessors());
			printPageWeight(base);
			CpuShares cpuBefore = CpuShares.take(data.resolve("postgres"));
			Run run = run(base, users, seconds, thinkMillis);
			CpuShares cpuAfter = CpuShares.take(data.resolve("postgres"));
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			long waited = awaitSignals(jdbc, survey);
			long stored = jdbc.sql("select count(*) from survey_response where survey_id = ? and status = 'COMPLETE'")
				.param(survey.id().value())
				.query(Long.class)
				.single();
			long signals = jdbc
				.sql("select count(*) from survey_response r join signal s on s.id = r.signal_id where r.survey_id = ?")
				.param(survey.id().value())
				.query(Long.class)
				.single();
			System.out.printf(Locale.ROOT, "%d requests; %s%n", run.requests().get(),
					cpuAfter.perRequestSince(cpuBefore, run.requests().get()));
			report("render page", run.renders());
			report("submit page", run.submits());
			System.out.printf(Locale.ROOT,
					"answers accepted by the server: %d; complete responses stored: %d; signals: %d (all converted %d ms"
							+ " after the run); errors: %d; lost: %d%n",
					run.completed().get(), stored, signals, waited, run.errors().get(), run.completed().get() - stored);
		}
		finally {
			app.close();
		}
	}

	/**
	 * Waits (at most a minute) until every complete response became a signal: they are
	 * converted in the background. Returns how long that took.
	 */
	private static long awaitSignals(JdbcClient jdbc, Survey survey) throws InterruptedException {
		long start = System.nanoTime();
		while (System.nanoTime() - start < Duration.ofMinutes(1).toNanos() && jdbc
			.sql("select count(*) from survey_response where survey_id = ? and status = 'COMPLETE' and not converted")
			.param(survey.id().value())
			.query(Long.class)
			.single() > 0) {
			Thread.sleep(50);
		}
		return Duration.ofNanos(System.nanoTime() - start).toMillis();
	}

	record Run(List<Long> renders, List<Long> submits, AtomicInteger completed, AtomicInteger errors,
			AtomicInteger requests) {
	}

	private static Run run(String base, int users, int seconds, int thinkMillis) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
		ConcurrentLinkedQueue<Long> renders = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> submits = new ConcurrentLinkedQueue<>();
		AtomicInteger completed = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		AtomicInteger requests = new AtomicInteger();
		long warmUpEnds = System.nanoTime() + Duration.ofSeconds(Math.min(10, seconds / 4)).toNanos();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		try (ExecutorService respondents = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int u = 0; u < users; u++) {
				respondents.submit(() -> {
					pause(ThreadLocalRandom.current().nextInt(thinkMillis + 1));
					while (System.nanoTime() < end) {
						try {
							boolean measured = System.nanoTime() > warmUpEnds;
							long t0 = System.nanoTime();
							HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base)).build(),
									HttpResponse.BodyHandlers.ofString());
							long t1 = System.nanoTime();
							check(page.statusCode() == 200 && page.body().contains("q.nps"), page);
							pause(thinkMillis);
							int nps = ThreadLocalRandom.current().nextInt(11);
							long t2 = System.nanoTime();
							HttpResponse<String> first = post(http, base, "q.nps=" + nps);
							long t3 = System.nanoTime();
							check(first.statusCode() == 302, first);
							String next = first.headers().firstValue("Location").orElseThrow();
							String path = next.substring(0, next.indexOf('?'));
							pause(thinkMillis);
							long t4 = System.nanoTime();
							HttpResponse<String> second = post(http, URI.create(base).resolve(path).toString(),
									"page=2&" + textFor(nps));
							long t5 = System.nanoTime();
							check(second.statusCode() == 302
									&& second.headers().firstValue("Location").orElse("").contains("/thanks"), second);
							completed.incrementAndGet();
							requests.addAndGet(3);
							if (measured) {
								renders.add(t1 - t0);
								submits.add(t3 - t2);
								submits.add(t5 - t4);
							}
							pause(thinkMillis);
						}
						catch (IOException | IllegalStateException ex) {
							errors.incrementAndGet();
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
					}
				});
			}
		}
		return new Run(new ArrayList<>(renders), new ArrayList<>(submits), completed, errors, requests);
	}

	private static void printPageWeight(String base) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		String origin = base.substring(0, base.indexOf("/s/"));
		long bytes = 0;
		for (String address : List.of(base, origin + "/css/survey.css", origin + "/js/survey.js")) {
			bytes += http
				.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofByteArray())
				.body().length;
		}
		System.out.printf(Locale.ROOT, "page weight (HTML + CSS + JS, uncompressed): %.1f KB%n", bytes / 1024.0);
	}

	/** The open question display logic shows for this score, answered. */
	private static String textFor(int nps) {
		String question = nps <= 6 ? "went-wrong" : (nps <= 8 ? "improve" : "loved");
		// Not UUID.randomUUID(): its shared SecureRandom would make respondents queue on
		// one
		// lock.
		return "q." + question + "=Respuesta+de+carga+" + Long.toHexString(ThreadLocalRandom.current().nextLong());
	}

	private static HttpResponse<String> post(HttpClient http, String uri, String form)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(uri))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void check(boolean ok, HttpResponse<String> response) {
		if (!ok) {
			throw new IllegalStateException("Unexpected answer " + response.statusCode() + " from " + response.uri());
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void report(String what, List<Long> nanos) {
		Collections.sort(nanos);
		System.out.printf(Locale.ROOT, "%s: %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
				nanos.size(), percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99),
				percentile(nanos, 100));
	}

	private static double percentile(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1_000_000.0;
	}

	private static Survey anOpenSurvey(ConfigurableApplicationContext app) {
		MomentosUser owner = app.getBean(UserAccounts.class)
			.create("load@momentos.test", "Load", "a-long-load-test-password", "es");
		Workspaces workspaces = app.getBean(Workspaces.class);
		Workspaces.Workspace workspace = workspaces.create("Carga", owner);
		WorkspaceAccess access = workspaces.accessOf(owner, workspace.slug()).orElseThrow();
		Journeys journeys = app.getBean(Journeys.class);
		JourneyId journey = journeys.createFromTemplate(access, "restaurant", null, Locale.forLanguageTag("es"));
		journeys.publish(access, journey, journeys.get(access, journey).revision());
		Surveys surveys = app.getBean(Surveys.class);
		SurveyId id = surveys.create(access, "Carga", "relational-nps",
				journeys.publishedTouchpoints(workspace.id()).getFirst().touchpointKey());
		surveys.open(access, id);
		return surveys.get(access, id);
	}

}
