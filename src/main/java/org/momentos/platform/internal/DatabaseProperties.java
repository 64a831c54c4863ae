package org.momentos.platform.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Momentos keeps its data: an external PostgreSQL when {@code url} is set,
 * otherwise an embedded PostgreSQL in {@code dataDirectory}/postgres.
 */
@ConfigurationProperties("momentos.database")
record DatabaseProperties(String url, String user, String password, Path dataDirectory, Integer poolSize) {

	DatabaseProperties {
		url = url == null ? "" : url.trim();
		dataDirectory = dataDirectory == null ? Path.of("data") : dataDirectory;
		poolSize = poolSize == null ? 20 : poolSize;
	}

	boolean isExternal() {
		return !this.url.isEmpty();
	}

}
