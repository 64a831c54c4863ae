package org.momentos.workspace.internal;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Web wiring of the workspace module: who is calling, and in which language. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WorkspaceWebConfiguration implements WebMvcConfigurer {

	private final WorkspaceAccessResolver workspaceAccessResolver;

	WorkspaceWebConfiguration(WorkspaceAccessResolver workspaceAccessResolver) {
		this.workspaceAccessResolver = workspaceAccessResolver;
	}

	@Bean
	LocaleResolver localeResolver(UserAccounts accounts) {
		return new PreferredLanguage(accounts);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.workspaceAccessResolver);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch);
	}

}
