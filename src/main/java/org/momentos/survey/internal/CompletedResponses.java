package org.momentos.survey.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.momentos.survey.Survey;
import org.momentos.survey.SurveyDefinition;
import org.momentos.survey.internal.SignalConversion.Answered;
import org.momentos.workspace.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns complete responses into signals in the background, in batches, so a respondent's
 * last answer is committed and answered without waiting for the signal store. The
 * database is the queue: a complete response not yet converted stays so until a
 * conversion commits ({@code for update skip locked}, so several instances never convert
 * one twice), and a crash loses nothing: the next sweep takes it. A commit that completes
 * a response wakes the converter at once; a sweep runs every few seconds anyway.
 */
@Component
class CompletedResponses implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CompletedResponses.class);

	static final int BATCH = 500;

	private static final long SWEEP_SECONDS = 5;

	private final ResponseStore responses;

	private final SurveyStore surveys;

	private final SignalConversion conversion;

	private final TransactionTemplate transactions;

	private final Semaphore wake = new Semaphore(0);

	private volatile Thread worker;

	CompletedResponses(ResponseStore responses, SurveyStore surveys, SignalConversion conversion,
			PlatformTransactionManager transactions) {
		this.responses = responses;
		this.surveys = surveys;
		this.conversion = conversion;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Wakes the converter once the current transaction (which completed a response)
	 * commits.
	 */
	void convertAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wakeUp();
				}
			});
		}
		else {
			wakeUp();
		}
	}

	private void wakeUp() {
		if (this.wake.availablePermits() == 0) {
			this.wake.release();
		}
	}

	/**
	 * Converts what waits, batch after batch; returns how many responses it converted.
	 */
	int convertWaiting() {
		int total = 0;
		int converted;
		do {
			converted = convertBatch();
			total += converted;
		}
		while (converted == BATCH);
		return total;
	}

	private int convertBatch() {
		try {
			Integer converted = this.transactions.execute((status) -> convert(this.responses.lockUnconverted(BATCH)));
			return converted == null ? 0 : converted;
		}
		catch (RuntimeException ex) {
			log.warn("A batch of survey responses could not become signals; converting them one by one", ex);
			return convertOneByOne();
		}
	}

	/**
	 * After a failed batch: each response in its own transaction, so one bad one blocks
	 * none.
	 */
	private int convertOneByOne() {
		List<Long> waiting = this.transactions
			.execute((status) -> this.responses.lockUnconverted(BATCH).stream().map(SurveyResponse::id).toList());
		int converted = 0;
		for (long id : waiting == null ? List.<Long>of() : waiting) {
			try {
				Integer one = this.transactions.execute((status) -> this.responses.lockUnconverted(id)
					.map((response) -> convert(List.of(response)))
					.orElse(0));
				converted += one == null ? 0 : one;
			}
			catch (RuntimeException ex) {
				log.warn("Survey response {} could not become a signal; it will be tried again", id, ex);
			}
		}
		return converted;
	}

	private int convert(List<SurveyResponse> waiting) {
		Map<Long, Survey> surveysById = new HashMap<>();
		Map<String, SurveyDefinition> definitions = new HashMap<>();
		Map<WorkspaceId, List<Answered>> byWorkspace = new LinkedHashMap<>();
		for (SurveyResponse response : waiting) {
			Survey survey = surveysById.computeIfAbsent(response.survey().value(),
					(id) -> this.surveys.find(response.workspace(), response.survey()).orElseThrow());
			SurveyDefinition definition = definitions.computeIfAbsent(
					response.survey().value() + "/" + response.surveyVersion(),
					(key) -> response.surveyVersion() == survey.version() ? survey.definition()
							: this.surveys.definitionAt(survey.id(), response.surveyVersion())
								.orElse(survey.definition()));
			byWorkspace.computeIfAbsent(response.workspace(), (workspace) -> new ArrayList<>())
				.add(new Answered(survey, definition, response));
		}
		byWorkspace.forEach(this.conversion::convertAll);
		return waiting.size();
	}

	private void run() {
		while (this.worker == Thread.currentThread()) {
			try {
				convertWaiting();
				this.wake.tryAcquire(SWEEP_SECONDS, TimeUnit.SECONDS);
				this.wake.drainPermits();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Survey responses could not become signals; trying again", ex);
				sleepQuietly();
			}
		}
	}

	private static void sleepQuietly() {
		try {
			Thread.sleep(TimeUnit.SECONDS.toMillis(SWEEP_SECONDS));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::run, "survey-responses-to-signals");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread = this.worker;
		this.worker = null;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.worker != null;
	}

}
