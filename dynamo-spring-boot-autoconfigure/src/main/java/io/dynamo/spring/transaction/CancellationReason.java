/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import io.dynamo.spring.core.ExistingItem;
import io.dynamo.spring.core.KeyDescriptions;

/**
 * Why DynamoDB canceled one action of a transaction, or {@code None} for an action that
 * did not fail (it was canceled with the others).
 *
 * @param index the action's position in the transaction, from 0
 * @param operation {@code Put}, {@code Update}, {@code Delete}, {@code ConditionCheck} or
 * {@code Get}
 * @param entityType the entity class
 * @param tableName the table
 * @param key the item's key
 * @param code DynamoDB's reason code, such as {@code ConditionalCheckFailed},
 * {@code TransactionConflict} or {@code None}
 * @param message DynamoDB's message, or {@code null}
 * @param existingItem the item as stored, where DynamoDB returned it (conditions of
 * template writes ask for it)
 * @author dynamo-spring-boot authors
 */
public record CancellationReason(int index, String operation, Class<?> entityType, String tableName,
		Map<String, AttributeValue> key, String code, @Nullable String message, ExistingItem existingItem) {

	/**
	 * The code of an action that did not fail.
	 */
	public static final String NONE = "None";

	/**
	 * The code of a failed condition.
	 */
	public static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";

	/**
	 * The code of a conflict with another transaction or write on the same item.
	 */
	public static final String TRANSACTION_CONFLICT = "TransactionConflict";

	/**
	 * Whether this action failed (its code is not {@code None}).
	 * @return {@code true} for the actions that canceled the transaction
	 */
	public boolean failed() {
		return !NONE.equals(this.code);
	}

	/**
	 * Describe the action and its reason.
	 * @return such as {@code action 2: Put Order [customerId=a, orderId=o-1] on table
	 * 'orders': ConditionalCheckFailed (The conditional request failed)}
	 */
	public String describe() {
		return "action " + (this.index + 1) + ": " + this.operation + " " + this.entityType.getSimpleName() + " "
				+ KeyDescriptions.describe(this.key) + " on table '" + this.tableName + "': " + this.code
				+ ((this.message != null) ? " (" + this.message + ")" : "");
	}

}
