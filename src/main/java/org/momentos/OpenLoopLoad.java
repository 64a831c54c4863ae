package org.momentos;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-loop HTTP/1.1 load generator, in the manner of wrk2: request {@code n} is due
 * at {@code start + n / rate} whatever happened to the others, and its latency counts
 * from that due time, so a server that stalls is charged for every request it held up.
 * The requests go over keep-alive connections, each worked by its own thread with plain
 * blocking sockets: on two cores shared with the server, the JDK's {@code HttpClient}
 * took a fifth of the CPU of the run for itself. Only what a benchmark needs is spoken:
 * prepared request bytes, a status line, {@code Content-Length} or chunked bodies, and
 * {@code Connection: close}.
 */
final class OpenLoopLoad {

	/** Latency recorded for a request that failed or was answered with 3xx or more. */
	static final long FAILED = Long.MAX_VALUE;

	private static final int[] STOP = new int[0];

	private final InetSocketAddress server;

	private final int connections;

	private final AtomicLong clientNanos = new AtomicLong();

	OpenLoopLoad(URI base, int connections) {
		this.server = new InetSocketAddress(base.getHost(), base.getPort());
		this.connections = connections;
	}

	/**
	 * Sends {@code total} requests at {@code rate} per second; request {@code n} is
	 * {@code requests.apply(n)}, complete HTTP/1.1 bytes. The latency of each, in
	 * nanoseconds, or {@link #FAILED}.
	 */
	long[] run(int total, int rate, IntFunction<byte[]> requests) throws InterruptedException {
		long[] latencies = new long[total];
		long[] due = new long[total];
		BlockingQueue<int[]> queue = new LinkedBlockingQueue<>();
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < this.connections; i++) {
			workers
				.add(Thread.ofPlatform().name("load-" + i).daemon().start(() -> work(queue, requests, due, latencies)));
		}
		long interval = 1_000_000_000L / rate;
		long start = System.nanoTime() + 10_000_000;
		for (int n = 0; n < total; n++) {
			due[n] = start + n * interval;
			long wait = due[n] - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			queue.add(new int[] { n });
		}
		for (int i = 0; i < this.connections; i++) {
			queue.add(STOP);
		}
		for (Thread worker : workers) {
			worker.join();
		}
		return latencies;
	}

	/** CPU time the connection threads of all runs took, in seconds. */
	double clientSeconds() {
		return this.clientNanos.get() / 1e9;
	}

	private void work(BlockingQueue<int[]> queue, IntFunction<byte[]> requests, long[] due, long[] latencies) {
		Connection connection = null;
		try {
			while (true) {
				int[] next = queue.take();
				if (next == STOP) {
					return;
				}
				int n = next[0];
				try {
					if (connection == null) {
						connection = new Connection(this.server);
					}
					int status = connection.exchange(requests.apply(n));
					latencies[n] = (status >= 300) ? FAILED : System.nanoTime() - due[n];
					if (connection.closing) {
						connection.close();
						connection = null;
					}
				}
				catch (IOException ex) {
					latencies[n] = FAILED;
					if (connection != null) {
						connection.close();
					}
					connection = null;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			if (connection != null) {
				connection.close();
			}
			this.clientNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
		}
	}

	/** One keep-alive connection: a request written, its answer read to the end. */
	private static final class Connection {

		private final Socket socket;

		private final OutputStream out;

		private final InputStream in;

		private final StringBuilder line = new StringBuilder();

		boolean closing;

		Connection(InetSocketAddress server) throws IOException {
			this.socket = new Socket();
			this.socket.setTcpNoDelay(true);
			this.socket.connect(server, 10_000);
			this.socket.setSoTimeout(60_000);
			this.out = this.socket.getOutputStream();
			this.in = new BufferedInputStream(this.socket.getInputStream(), 8192);
		}

		/** Writes the request and reads the answer; its status. */
		int exchange(byte[] request) throws IOException {
			this.out.write(request);
			this.out.flush();
			String statusLine = readLine();
			String[] parts = statusLine.split(" ", 3);
			if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
				throw new IOException("Not an HTTP answer: " + statusLine);
			}
			int status = Integer.parseInt(parts[1]);
			long length = -1;
			boolean chunked = false;
			for (String header = readLine(); !header.isEmpty(); header = readLine()) {
				int colon = header.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
				String value = header.substring(colon + 1).trim();
				switch (name) {
					case "content-length" -> length = Long.parseLong(value);
					case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
					case "connection" -> this.closing = value.equalsIgnoreCase("close");
					default -> {
					}
				}
			}
			if (chunked) {
				skipChunks();
			}
			else if (length >= 0) {
				skip(length);
			}
			else {
				this.closing = true;
			}
			return status;
		}

		private void skipChunks() throws IOException {
			while (true) {
				String size = readLine();
				int extension = size.indexOf(';');
				long chunk = Long.parseLong((extension < 0) ? size.trim() : size.substring(0, extension).trim(), 16);
				if (chunk == 0) {
					while (!readLine().isEmpty()) {
						// trailers
					}
					return;
				}
				skip(chunk);
				readLine();
			}
		}

		private void skip(long bytes) throws IOException {
			long left = bytes;
			while (left > 0) {
				long skipped = this.in.skip(left);
				if (skipped <= 0) {
					if (this.in.read() < 0) {
						throw new IOException("Connection closed in the middle of an answer");
					}
					skipped = 1;
				}
				left -= skipped;
			}
		}

		private String readLine() throws IOException {
			this.line.setLength(0);
			while (true) {
				int b = this.in.read();
				if (b < 0) {
					throw new IOException("Connection closed by the server");
				}
				if (b == '\n') {
					int end = this.line.length();
					if (end > 0 && this.line.charAt(end - 1) == '\r') {
						this.line.setLength(end - 1);
					}
					return this.line.toString();
				}
				this.line.append((char) b);
			}
		}

		void close() {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// Closing a connection that already failed.
			}
		}

	}

	/** A POST with a JSON body, as bytes ready to send. */
	static byte[] post(URI base, String path, String bearer, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
				+ "\r\nAuthorization: Bearer " + bearer + "\r\nContent-Type: application/json\r\nContent-Length: "
				+ body.length + "\r\n\r\n";
		byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
		byte[] request = new byte[headBytes.length + body.length];
		System.arraycopy(headBytes, 0, request, 0, headBytes.length);
		System.arraycopy(body, 0, request, headBytes.length, body.length);
		return request;
	}

}
