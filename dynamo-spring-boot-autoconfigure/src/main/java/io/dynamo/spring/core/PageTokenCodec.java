/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.util.Assert;

/**
 * Turns DynamoDB's {@code LastEvaluatedKey} into an opaque page token and back. The token
 * is encrypted and authenticated with AES-GCM (key values do not leak and cannot be
 * forged), carries its issue time (tokens expire) and is bound to the query it came from
 * (a token of another table, index or query is refused). Everything is checked before any
 * call to DynamoDB.
 *
 * @author dynamo-spring-boot authors
 */
public final class PageTokenCodec {

	private static final byte VERSION = 1;

	private static final int IV_LENGTH = 12;

	private static final int TAG_BITS = 128;

	private static final int BINDING_LENGTH = 16;

	private final SecretKeySpec key;

	private final Duration lifetime;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/**
	 * Create a codec.
	 * @param secret the secret the encryption key is derived from (shared by every
	 * instance that must accept each other's tokens)
	 * @param lifetime how long a token stays valid
	 */
	public PageTokenCodec(String secret, Duration lifetime) {
		this(secret.getBytes(StandardCharsets.UTF_8), lifetime, Clock.systemUTC());
	}

	PageTokenCodec(byte[] secret, Duration lifetime, Clock clock) {
		Assert.isTrue(secret.length > 0, "The page token secret must not be empty");
		this.key = new SecretKeySpec(sha256(secret), "AES");
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/**
	 * Create a codec with a random key: its tokens do not survive a restart and are not
	 * accepted by other instances.
	 * @param lifetime how long a token stays valid
	 * @return the codec
	 */
	public static PageTokenCodec withRandomKey(Duration lifetime) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return new PageTokenCodec(secret, lifetime, Clock.systemUTC());
	}

	/**
	 * Encode a last evaluated key.
	 * @param lastEvaluatedKey the key DynamoDB returned
	 * @param binding a description of the query the key belongs to
	 * @return the token
	 */
	public String encode(Map<String, AttributeValue> lastEvaluatedKey, String binding) {
		try {
			ByteArrayOutputStream plain = new ByteArrayOutputStream();
			DataOutputStream out = new DataOutputStream(plain);
			out.writeLong(this.clock.millis());
			out.write(bindingHash(binding));
			writeKey(out, lastEvaluatedKey);
			byte[] iv = new byte[IV_LENGTH];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(new byte[] { VERSION });
			byte[] sealed = cipher.doFinal(plain.toByteArray());
			ByteBuffer token = ByteBuffer.allocate(1 + IV_LENGTH + sealed.length).put(VERSION).put(iv).put(sealed);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encode a page token", ex);
		}
	}

	/**
	 * Decode a token, checking it before anything is sent.
	 * @param token the token a client sent back
	 * @param binding a description of the query the caller runs now
	 * @return the key to start from
	 * @throws InvalidPageTokenException if the token is malformed, tampered with,
	 * expired, or belongs to another query
	 */
	public Map<String, AttributeValue> decode(String token, String binding) {
		byte[] raw;
		try {
			raw = Base64.getUrlDecoder().decode(token);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidPageTokenException("The page token is not a token this service issued (not base64url)");
		}
		if (raw.length < 1 + IV_LENGTH + TAG_BITS / 8 || raw[0] != VERSION) {
			throw new InvalidPageTokenException("The page token is truncated or of an unknown version");
		}
		byte[] plain;
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, raw, 1, IV_LENGTH));
			cipher.updateAAD(new byte[] { VERSION });
			plain = cipher.doFinal(raw, 1 + IV_LENGTH, raw.length - 1 - IV_LENGTH);
		}
		catch (GeneralSecurityException ex) {
			throw new InvalidPageTokenException(
					"The page token was tampered with, truncated, or issued with another secret");
		}
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
			long issued = in.readLong();
			byte[] hash = in.readNBytes(BINDING_LENGTH);
			if (!MessageDigest.isEqual(hash, bindingHash(binding))) {
				throw new InvalidPageTokenException(
						"The page token was issued for another query (table, index, key condition, filter or order)");
			}
			if (this.clock.millis() - issued > this.lifetime.toMillis()) {
				throw new InvalidPageTokenException("The page token expired (tokens live " + this.lifetime
						+ ", dynamo.page-token.lifetime); start again from the first page");
			}
			return readKey(in);
		}
		catch (IOException ex) {
			throw new InvalidPageTokenException("The page token is malformed");
		}
	}

	private static void writeKey(DataOutputStream out, Map<String, AttributeValue> key) throws IOException {
		Map<String, AttributeValue> sorted = new TreeMap<>(key);
		out.writeShort(sorted.size());
		for (Map.Entry<String, AttributeValue> entry : sorted.entrySet()) {
			out.writeUTF(entry.getKey());
			AttributeValue value = entry.getValue();
			if (value.s() != null) {
				out.writeByte('S');
				writeBytes(out, value.s().getBytes(StandardCharsets.UTF_8));
			}
			else if (value.n() != null) {
				out.writeByte('N');
				writeBytes(out, value.n().getBytes(StandardCharsets.UTF_8));
			}
			else if (value.b() != null) {
				out.writeByte('B');
				writeBytes(out, value.b().asByteArrayUnsafe());
			}
			else {
				throw new IllegalArgumentException("Key attributes are strings, numbers or binaries, not " + value);
			}
		}
	}

	private static Map<String, AttributeValue> readKey(DataInputStream in) throws IOException {
		int count = in.readShort();
		Map<String, AttributeValue> key = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			String name = in.readUTF();
			int type = in.readByte();
			byte[] bytes = in.readNBytes(in.readInt());
			key.put(name, switch (type) {
				case 'S' -> AttributeValue.fromS(new String(bytes, StandardCharsets.UTF_8));
				case 'N' -> AttributeValue.fromN(new String(bytes, StandardCharsets.UTF_8));
				case 'B' -> AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
				default -> throw new IOException("unknown type " + type);
			});
		}
		return key;
	}

	private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static byte[] bindingHash(@Nullable String binding) {
		return Arrays.copyOf(sha256(String.valueOf(binding).getBytes(StandardCharsets.UTF_8)), BINDING_LENGTH);
	}

	private static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "PageTokenCodec[lifetime=" + this.lifetime + "]";
	}

}
