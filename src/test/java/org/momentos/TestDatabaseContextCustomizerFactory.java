package org.momentos;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the {@link TestDatabase} and the
 * {@link TestMailServer}, with a known owner account.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	static final String OWNER_EMAIL = "owner@momentos.test";

	static final String OWNER_PASSWORD = "owner-password-for-tests";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new TestDatabaseCustomizer();
	}

	record TestDatabaseCustomizer() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
			properties.put("momentos.admin.email", OWNER_EMAIL);
			properties.put("momentos.admin.password", OWNER_PASSWORD);
			// several test contexts may be cached at once: keep each pool small
			properties.put("momentos.database.pool-size", 6);
			properties.putAll(TestMailServer.properties());
			// Every test connects from 127.0.0.1; the rate-limit test uses another
			// loopback address.
			properties.put("momentos.survey.requests-per-minute-per-address", 400);
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties));
		}

	}

}
