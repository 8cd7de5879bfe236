/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.util.regex.Pattern;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.storage.Catalog;
import io.dynamo.embedded.storage.Table;

/** The table a tagging request's {@code ResourceArn} names, with DynamoDB's errors. */
final class ResourceArns {

	private static final Pattern ANY_ARN = Pattern.compile("^.+:.+:.+:.+:.+:.+/.+$");

	private static final Pattern TABLE_ARN = Pattern.compile("^arn:aws:dynamodb:.+:\\d+:table/[^/]{2}[^/]+$");

	private ResourceArns() {
	}

	/** Checks the ARN's form (before the operation's own members). */
	static void check(String arn, String action) {
		if (arn == null) {
			throw DynamoException.validation("Invalid TableArn");
		}
		if (!ANY_ARN.matcher(arn).matches()) {
			throw new DynamoException(DynamoException.CORAL_SERVICE + "AccessDeniedException", 400,
					"User: arn:aws:iam::000000000000:root is not authorized to perform: dynamodb:" + action
							+ " on resource: " + arn);
		}
	}

	static void checkTable(String arn) {
		if (!TABLE_ARN.matcher(arn).matches()) {
			throw DynamoException.validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
		}
	}

	static Table table(Catalog catalog, String arn) {
		Table table = catalog.table(arn.substring(arn.lastIndexOf('/') + 1));
		if (table == null || !table.definition().arn().equals(arn)) {
			throw DynamoException.resourceNotFound("Requested resource not found: ResourcArn: " + arn + " not found");
		}
		return table;
	}

}
