package org.momentos;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One in-process SMTP server (GreenMail) for the whole test run, on a free port; every
 * Spring test context sends survey mail to it.
 */
public final class TestMailServer {

	private static GreenMail server;

	private TestMailServer() {
	}

	public static synchronized GreenMail get() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	static Map<String, Object> properties() {
		GreenMail mail = get();
		return Map.of("momentos.smtp.host", "127.0.0.1", "momentos.smtp.port",
				mail.getSmtp().getServerSetup().getPort(), "momentos.smtp.from", "encuestas@momentos.test");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
