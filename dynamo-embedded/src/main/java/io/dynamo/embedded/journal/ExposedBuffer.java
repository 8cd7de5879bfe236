/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.journal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** A growable byte buffer whose content can be written to a channel without a copy. */
final class ExposedBuffer extends ByteArrayOutputStream {

	ExposedBuffer(int size) {
		super(size);
	}

	void writeInt(int value) {
		write(value >>> 24);
		write(value >>> 16);
		write(value >>> 8);
		write(value);
	}

	/** The content as a buffer over the same bytes. */
	ByteBuffer content() {
		return ByteBuffer.wrap(this.buf, 0, this.count);
	}

	/** Drops a grown array after a large burst, so that it does not stay allocated. */
	void recycle() {
		if (this.buf.length > (4 << 20)) {
			this.buf = new byte[1 << 16];
		}
		reset();
	}

}
