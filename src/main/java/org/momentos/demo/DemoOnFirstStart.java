package org.momentos.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** With {@code --demo}, creates the demo workspace once, with a year of feedback. */
@Component
@Order(10)
@ConditionalOnBooleanProperty("momentos.demo")
class DemoOnFirstStart implements ApplicationRunner {

	static final int FIRST_START_SIGNALS = 2_000;

	private static final Logger logger = LoggerFactory.getLogger(DemoOnFirstStart.class);

	private final DemoWorkspace workspace;

	private final DemoData data;

	DemoOnFirstStart(DemoWorkspace workspace, DemoData data) {
		this.workspace = workspace;
		this.data = data;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		this.workspace.create().ifPresent((access) -> {
			long stored = this.data.load(access, FIRST_START_SIGNALS, (done) -> {
			});
			logger.info("Demo workspace '{}' created with three journeys and {} signals", DemoWorkspace.NAME, stored);
		});
	}

}
