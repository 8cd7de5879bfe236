/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import io.dynamo.spring.core.ExistingItem;
import io.dynamo.spring.mapping.EntityMetadata;

import org.springframework.dao.DataAccessException;

/**
 * Reads the reasons of a {@link TransactionCanceledException} against the actions that
 * were sent, and picks the exception the caller sees.
 *
 * @author dynamo-spring-boot authors
 */
final class Cancellations {

	/**
	 * Reasons that a later attempt with the same token may not meet.
	 */
	private static final Set<String> TRANSIENT = Set.of(CancellationReason.TRANSACTION_CONFLICT, "ThrottlingError",
			"ProvisionedThroughputExceeded", "RequestLimitExceeded");

	private Cancellations() {
	}

	static List<CancellationReason> reasons(TransactionCanceledException ex, List<? extends TransactAction> actions) {
		List<CancellationReason> reasons = new ArrayList<>(actions.size());
		List<software.amazon.awssdk.services.dynamodb.model.CancellationReason> returned = ex.hasCancellationReasons()
				? ex.cancellationReasons() : List.of();
		for (int i = 0; i < actions.size(); i++) {
			TransactAction action = actions.get(i);
			software.amazon.awssdk.services.dynamodb.model.CancellationReason reason = (i < returned.size())
					? returned.get(i) : null;
			String code = (reason != null && reason.code() != null) ? reason.code() : "Unknown";
			Map<String, AttributeValue> item = (reason != null && reason.hasItem()) ? reason.item() : Map.of();
			ExistingItem existing = item.isEmpty() ? ExistingItem.NONE
					: new ExistingItem(item, mapQuietly(action.entity(), item));
			reasons
				.add(new CancellationReason(i, action.operation(), action.entity().type(), action.entity().tableName(),
						action.key(), code, (reason != null) ? reason.message() : null, existing));
		}
		return reasons;
	}

	/**
	 * Whether every failed action failed for a reason that a retry may not meet again.
	 */
	static boolean isTransient(List<CancellationReason> reasons) {
		List<CancellationReason> failed = reasons.stream().filter(CancellationReason::failed).toList();
		return !failed.isEmpty() && failed.stream().allMatch((reason) -> TRANSIENT.contains(reason.code()));
	}

	static DataAccessException canceled(String api, TransactionCanceledException ex,
			List<? extends TransactAction> actions, List<CancellationReason> reasons, @Nullable String token) {
		DynamoTransactionCanceledException canceled = new DynamoTransactionCanceledException(
				message(api, reasons, ex, token) + ". Nothing of it was written.", reasons,
				(token != null) ? token : "", ex);
		for (CancellationReason reason : canceled.getFailedReasons()) {
			ConditionFailureMapper mapper = actions.get(reason.index()).onConditionFailure();
			if (mapper != null && CancellationReason.CONDITIONAL_CHECK_FAILED.equals(reason.code())) {
				DataAccessException specific = mapper.map(reason.existingItem(), canceled);
				if (specific != null) {
					return specific;
				}
			}
		}
		return canceled;
	}

	static DynamoTransactionConflictException conflict(String api, TransactionCanceledException ex,
			List<CancellationReason> reasons, @Nullable String token, int attempts) {
		return new DynamoTransactionConflictException(message(api, reasons, ex, token) + " after " + attempts
				+ ((attempts == 1) ? " attempt" : " attempts")
				+ ((token != null) ? " with the same ClientRequestToken" : "")
				+ ". Nothing of it was written; run it again later, or raise dynamo.transactions.conflict-retries.",
				reasons, (token != null) ? token : "", attempts, ex);
	}

	private static String message(String api, List<CancellationReason> reasons, TransactionCanceledException ex,
			@Nullable String token) {
		String failed = reasons.stream()
			.filter(CancellationReason::failed)
			.map(CancellationReason::describe)
			.collect(Collectors.joining("; "));
		return api + " of " + reasons.size() + ((reasons.size() == 1) ? " action" : " actions") + " was canceled: "
				+ (failed.isEmpty() ? "DynamoDB gave no reason" : failed) + " ["
				+ ((token != null) ? "ClientRequestToken=" + token + ", " : "") + "requestId=" + ex.requestId() + "]";
	}

	private static @Nullable Object mapQuietly(EntityMetadata<?> entity, Map<String, AttributeValue> item) {
		try {
			return entity.fromItem(item);
		}
		catch (RuntimeException ex) {
			// the stored item may be of another type (single-table design): keep its
			// attributes rather than hide the cancellation behind a mapping error
			return null;
		}
	}

}
