package org.momentos.insight;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The insight engine is plain Java, usable from the CLI and benchmarks: no Spring inside.
 */
class InsightArchitectureTest {

	static ArchRule noSpringIn(String packageName) {
		// package-info only carries module metadata (the CLI's named interface), never
		// code; internal.enrichment is the server side (listener, store, page) built on
		// Spring around the engine
		return noClasses().that()
			.resideInAPackage(packageName + "..")
			.and()
			.resideOutsideOfPackage(packageName + ".internal.enrichment..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.because("the insight engine must run without Spring (CLI, benchmarks, server)");
	}

	@Test
	void insightDoesNotDependOnSpring() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.momentos.insight");
		noSpringIn("org.momentos.insight").check(classes);
	}

	/** The fixture holds a bad engine class and a Spring class in internal.enrichment. */
	@Test
	void theRuleRejectsAClassThatUsesSpringOutsideTheEnrichmentPackage() {
		JavaClasses fixture = new ClassFileImporter().importPackages("org.momentos.archfixture");
		assertThatThrownBy(() -> noSpringIn("org.momentos.archfixture").check(fixture))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("SpringInsideEngine")
			.message()
			.doesNotContain("SpringEnrichmentListener");
	}

}
