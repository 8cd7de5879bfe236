/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.journal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * The framing of journal and snapshot files: a header naming the file's kind, then
 * records of a length, a CRC-32C of the payload and the payload. A record cut short or
 * failing its checksum (a write torn by a crash) ends the file: reading stops before it,
 * so that nothing of it is applied.
 */
final class Frames {

	/** Refuses lengths no record can have (a torn length field). */
	static final int MAX_PAYLOAD = 256 * 1024 * 1024;

	static final byte[] JOURNAL_HEADER = { 'D', 'Y', 'N', 'J', 'R', 'N', 'L', '1' };

	static final byte[] SNAPSHOT_HEADER = { 'D', 'Y', 'N', 'S', 'N', 'A', 'P', '1' };

	private Frames() {
	}

	/** Writes one frame into a buffer. */
	static void write(ExposedBuffer buffer, byte[] payload) {
		CRC32C crc = new CRC32C();
		crc.update(payload);
		buffer.writeInt(payload.length);
		buffer.writeInt((int) crc.getValue());
		buffer.write(payload, 0, payload.length);
	}

	/** Reads the frames of a file in order, tracking where the last whole one ended. */
	static final class Reader implements AutoCloseable {

		private final DataInputStream in;

		private long offset;

		private boolean torn;

		Reader(Path file, byte[] header) throws IOException {
			InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
			this.in = new DataInputStream(stream);
			byte[] read = new byte[header.length];
			try {
				this.in.readFully(read);
			}
			catch (EOFException ex) {
				this.torn = true;
				return;
			}
			if (!java.util.Arrays.equals(read, header)) {
				throw new IOException(
						"Not a " + new String(header, java.nio.charset.StandardCharsets.US_ASCII) + " file: " + file);
			}
			this.offset = header.length;
		}

		/** The next whole payload, or null at the end (clean or torn). */
		byte[] next() throws IOException {
			if (this.torn) {
				return null;
			}
			int length;
			try {
				length = this.in.readInt();
			}
			catch (EOFException ex) {
				return null;
			}
			try {
				int checksum = this.in.readInt();
				if (length <= 0 || length > MAX_PAYLOAD) {
					this.torn = true;
					return null;
				}
				byte[] payload = new byte[length];
				this.in.readFully(payload);
				CRC32C crc = new CRC32C();
				crc.update(payload);
				if ((int) crc.getValue() != checksum) {
					this.torn = true;
					return null;
				}
				this.offset += 8 + length;
				return payload;
			}
			catch (EOFException ex) {
				this.torn = true;
				return null;
			}
		}

		/** Where the last whole record ended (the header's end when none). */
		long offset() {
			return this.offset;
		}

		/** Whether the file ended in a partial or corrupt record. */
		boolean torn() {
			return this.torn;
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}
