package org.momentos.journey.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.momentos.journey.Channel;
import org.momentos.journey.MomentKind;

import static org.assertj.core.api.Assertions.assertThat;

class JourneyMapMessagesTests {

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(load("es").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
	}

	@Test
	void everyMomentKindAndChannelHasALabel() throws IOException {
		Properties spanish = load("es");
		for (MomentKind kind : MomentKind.values()) {
			assertThat(spanish).containsKeys("moment." + kind, "moment." + kind + ".help");
		}
		for (Channel channel : Channel.values()) {
			assertThat(spanish).containsKey("channel." + channel);
		}
	}

	private static Properties load(String language) throws IOException {
		Properties properties = new Properties();
		String name = "/i18n/journey-map_" + language + ".properties";
		try (Reader reader = new InputStreamReader(JourneyMapMessagesTests.class.getResourceAsStream(name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
