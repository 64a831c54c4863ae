package org.momentos.signal.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/**
 * What kind of file an import is: the format (by content, then name), the text encoding
 * of a CSV (UTF-8 with or without BOM, else Windows-1252 or ISO-8859-1, as Spanish Excel
 * exports are) and its delimiter.
 */
@NamedInterface("imports")
public final class ImportFile {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int SAMPLE = 256 * 1024;

	private ImportFile() {
	}

	/** The format, encoding and delimiter of the file. */
	public record Shape(Format format, Charset charset, char delimiter) {
	}

	/** The formats an import reads. */
	public enum Format {

		CSV, XLSX, JSONL

	}

	static Shape inspect(Path file, String fileName) throws IOException {
		byte[] head = head(file);
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
			return new Shape(Format.XLSX, StandardCharsets.UTF_8, ',');
		}
		Charset charset = charsetOf(head);
		String text = new String(head, charset);
		String trimmed = text.strip();
		if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || trimmed.startsWith("{")) {
			return new Shape(Format.JSONL, StandardCharsets.UTF_8, ',');
		}
		return new Shape(Format.CSV, charset, delimiterOf(text));
	}

	static Charset charsetOf(byte[] head) {
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return StandardCharsets.UTF_8;
		}
		int end = head.length;
		// A multi-byte character cut at the end of the sample is not an encoding error.
		for (int i = Math.max(0, head.length - 3); i < head.length; i++) {
			if ((head[i] & 0xC0) == 0xC0) {
				end = i;
			}
		}
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			utf8.decode(ByteBuffer.wrap(head, 0, end));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			for (byte b : head) {
				int unsigned = b & 0xFF;
				if (unsigned >= 0x80 && unsigned <= 0x9F) {
					return WINDOWS_1252;
				}
			}
			return StandardCharsets.ISO_8859_1;
		}
	}

	/**
	 * The delimiter that splits the first lines into the same number of fields most often
	 * (quotes respected): comma, semicolon, tab or pipe.
	 */
	static char delimiterOf(String text) {
		char best = ',';
		int bestScore = -1;
		for (char candidate : new char[] { ',', ';', '\t', '|' }) {
			int[] counts = fieldCounts(text, candidate, 20);
			if (counts.length == 0 || counts[0] < 2) {
				continue;
			}
			int same = 0;
			for (int count : counts) {
				same += (count == counts[0]) ? 1 : 0;
			}
			int score = same * 1000 + counts[0];
			if (score > bestScore) {
				bestScore = score;
				best = candidate;
			}
		}
		return best;
	}

	private static int[] fieldCounts(String text, char delimiter, int maxLines) {
		int[] counts = new int[maxLines];
		int lines = 0;
		int fields = 1;
		boolean quoted = false;
		for (int i = 0; i < text.length() && lines < maxLines; i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == delimiter) {
				fields++;
			}
			else if (!quoted && c == '\n') {
				counts[lines++] = fields;
				fields = 1;
			}
		}
		// The last line of the sample may be cut: count only complete lines, or the only
		// one.
		if (lines == 0) {
			counts[lines++] = fields;
		}
		return java.util.Arrays.copyOf(counts, lines);
	}

	static InputStream withoutBom(Path file) throws IOException {
		BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		in.mark(3);
		byte[] bom = in.readNBytes(3);
		if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
			in.reset();
		}
		return in;
	}

	/** A short digest of the content: the same file imported twice is recognised. */
	static String digest(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				sha.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(sha.digest(), 0, 12);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(SAMPLE);
		}
	}

}
