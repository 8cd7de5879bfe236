/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;

/**
 * Routes {@code DynamoDB_20120810.*} and {@code DynamoDBStreams_20120810.*} targets to
 * their operations and turns every outcome into a response as DynamoDB shapes it: a JSON
 * body, {@code __type} and {@code message} for errors, an unexpected failure as a 500
 * {@code InternalServerError} (never a stack trace on the wire).
 */
public final class Dispatcher implements RequestHandler {

	private static final String DYNAMODB_PREFIX = "DynamoDB_20120810.";

	private static final String STREAMS_PREFIX = "DynamoDBStreams_20120810.";

	private final Map<String, Operation> operations;

	private final Map<String, Operation> streamOperations;

	/**
	 * @param operations the DynamoDB actions by name ({@code GetItem})
	 * @param streamOperations the DynamoDB Streams actions by name ({@code GetRecords})
	 */
	public Dispatcher(Map<String, Operation> operations, Map<String, Operation> streamOperations) {
		this.operations = Map.copyOf(operations);
		this.streamOperations = Map.copyOf(streamOperations);
	}

	@Override
	public EngineResponse handle(String target, byte[] body) {
		String requestId = requestId();
		try {
			Operation operation = operation(target);
			String name = target.substring(target.indexOf('.') + 1);
			Map<String, Object> response = operation.execute(new Request(name, Json.parseObject(body)));
			return response(200, Json.write(response), requestId);
		}
		catch (DynamoException ex) {
			return error(ex, requestId);
		}
		catch (RuntimeException | StackOverflowError ex) {
			return error(
					DynamoException.internal("The server encountered an internal error trying to fulfill the request."),
					requestId);
		}
	}

	private Operation operation(String target) {
		Operation operation = null;
		if (target != null && target.startsWith(DYNAMODB_PREFIX)) {
			operation = this.operations.get(target.substring(DYNAMODB_PREFIX.length()));
		}
		else if (target != null && target.startsWith(STREAMS_PREFIX)) {
			operation = this.streamOperations.get(target.substring(STREAMS_PREFIX.length()));
		}
		if (operation == null) {
			throw new DynamoException(DynamoException.CORAL_SERVICE + "UnknownOperationException", 400, null);
		}
		return operation;
	}

	/** The response for an error, as DynamoDB writes it. */
	public static EngineResponse error(DynamoException ex, String requestId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("__type", ex.type());
		if (ex.getMessage() != null) {
			body.put(ex.type().startsWith(DynamoException.CORAL_SERVICE) ? "Message" : "message", ex.getMessage());
		}
		body.putAll(ex.members());
		return response(ex.status(), Json.write(body), requestId);
	}

	private static EngineResponse response(int status, byte[] body, String requestId) {
		CRC32 crc = new CRC32();
		crc.update(body);
		return new EngineResponse(status, body, requestId, crc.getValue());
	}

	private static String requestId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		char[] id = new char[52];
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
		for (int i = 0; i < id.length; i++) {
			id[i] = alphabet.charAt(random.nextInt(alphabet.length()));
		}
		return new String(id);
	}

}
