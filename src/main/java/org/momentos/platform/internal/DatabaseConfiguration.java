package org.momentos.platform.internal;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ExecutorConfigurationSupport;
import org.springframework.util.StringUtils;

/**
 * The one {@link DataSource}: the external PostgreSQL named by
 * {@code momentos.database.url}, or the embedded one. The embedded server is a bean the
 * pool depends on, so Spring closes the pool first and stops the server last. The
 * executors that run event listeners and scheduled jobs depend on the pool, so they stop
 * before it closes: running listeners are waited for
 * ({@code spring.task.execution.shutdown.await-termination}); a listener that was cut off
 * used to fail with "HikariDataSource has been closed".
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabaseHolder embeddedDatabase(DatabaseProperties properties) {
		if (properties.isExternal()) {
			return new EmbeddedDatabaseHolder(null);
		}
		return new EmbeddedDatabaseHolder(EmbeddedDatabase.startIn(properties.dataDirectory().resolve("postgres")));
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedDatabaseHolder> holder) {
		HikariDataSource dataSource = new HikariDataSource();
		EmbeddedDatabase embedded = holder.getObject().database();
		if (embedded == null) {
			dataSource.setJdbcUrl(properties.url());
			dataSource.setUsername(properties.user());
			dataSource.setPassword(properties.password());
		}
		else {
			dataSource.setJdbcUrl(embedded.jdbcUrl());
			dataSource.setUsername(embedded.user());
		}
		dataSource.setPoolName("momentos");
		dataSource.setMaximumPoolSize(properties.poolSize());
		return dataSource;
	}

	@Bean
	static BeanFactoryPostProcessor executorsCloseBeforeThePool() {
		return (beanFactory) -> {
			for (String name : beanFactory.getBeanNamesForType(ExecutorConfigurationSupport.class, true, false)) {
				BeanDefinition executor = beanFactory.getBeanDefinition(name);
				executor.setDependsOn(StringUtils.addStringToArray(executor.getDependsOn(), "dataSource"));
			}
		};
	}

	record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {

		@Override
		public void close() {
			if (this.database != null) {
				this.database.close();
			}
		}

	}

}
