package org.momentos.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at /api/docs: title, licence and how to authenticate.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI momentosApi() {
		return new OpenAPI()
			.info(new Info().title("Momentos API")
				.version("v1")
				.description("Journeys, moments of truth and customer signals of one workspace. "
						+ "Authenticate with a workspace API key: 'Authorization: Bearer mk_...'. "
						+ "Errors are RFC 9457 problem details (application/problem+json), "
						+ "in the language of Accept-Language (es or en).")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("apiKey",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A workspace API key (mk_...), created under API keys")));
	}

}
