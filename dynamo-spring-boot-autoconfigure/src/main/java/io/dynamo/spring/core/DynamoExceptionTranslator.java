/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionSizeLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.support.PersistenceExceptionTranslator;

/**
 * Translates AWS SDK exceptions into Spring's {@link DataAccessException} hierarchy. The
 * SDK exception stays the cause, with DynamoDB's error code and request id; the message
 * names them too.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoExceptionTranslator implements PersistenceExceptionTranslator {

	private static final Set<String> THROTTLING = Set.of("ProvisionedThroughputExceededException",
			"RequestLimitExceeded", "ThrottlingException", "LimitExceededException");

	private static final Set<String> RETRYABLE = Set.of("InternalServerError", "ServiceUnavailable",
			"TransactionConflictException");

	private static final Set<String> DENIED = Set.of("AccessDeniedException", "UnrecognizedClientException",
			"InvalidSignatureException", "MissingAuthenticationTokenException", "ExpiredTokenException");

	@Override
	public @Nullable DataAccessException translateExceptionIfPossible(RuntimeException ex) {
		return (ex instanceof SdkException sdk) ? translate(sdk, null, null) : null;
	}

	/**
	 * Translate an SDK exception raised by an operation on a table.
	 * @param ex the SDK exception
	 * @param operation the operation, such as {@code PutItem}, or {@code null}
	 * @param table the table, or {@code null}
	 * @return the translated exception
	 */
	public DataAccessException translate(SdkException ex, @Nullable String operation, @Nullable String table) {
		String message = describe(ex, operation, table);
		if (ex instanceof ApiCallTimeoutException || ex instanceof ApiCallAttemptTimeoutException) {
			return new QueryTimeoutException(message, ex);
		}
		if (ex instanceof SdkClientException) {
			return new DataAccessResourceFailureException(message, ex);
		}
		if (ex instanceof ConditionalCheckFailedException) {
			return new DynamoConditionFailedException(message, ExistingItem.NONE, ex);
		}
		if (ex instanceof ResourceNotFoundException) {
			return new InvalidDataAccessResourceUsageException(message
					+ ". Create the table (or set dynamo.schema.action=create) or check dynamo.table-prefix/table-suffix",
					ex);
		}
		if (ex instanceof ItemCollectionSizeLimitExceededException) {
			return new DataIntegrityViolationException(message, ex);
		}
		if (ex instanceof AwsServiceException service) {
			String code = errorCode(service);
			if (THROTTLING.contains(code) || RETRYABLE.contains(code) || service.statusCode() >= 500) {
				return new TransientDataAccessResourceException(message, ex);
			}
			if (DENIED.contains(code)) {
				return new PermissionDeniedDataAccessException(message, ex);
			}
			if ("ValidationException".equals(code) || "SerializationException".equals(code)) {
				return new InvalidDataAccessApiUsageException(message, ex);
			}
		}
		return new UncategorizedDynamoException(message, ex);
	}

	static String describe(SdkException ex, @Nullable String operation, @Nullable String table) {
		StringBuilder message = new StringBuilder();
		if (operation != null) {
			message.append(operation);
			if (table != null) {
				message.append(" on table '").append(table).append('\'');
			}
			message.append(" failed: ");
		}
		if (ex instanceof AwsServiceException service && service.awsErrorDetails() != null) {
			message.append(errorCode(service))
				.append(": ")
				.append(service.awsErrorDetails().errorMessage())
				.append(" [requestId=")
				.append(service.requestId())
				.append(']');
		}
		else {
			message.append(ex.getMessage());
		}
		return message.toString();
	}

	static String errorCode(AwsServiceException ex) {
		return (ex.awsErrorDetails() != null && ex.awsErrorDetails().errorCode() != null)
				? ex.awsErrorDetails().errorCode() : "Unknown";
	}

}
