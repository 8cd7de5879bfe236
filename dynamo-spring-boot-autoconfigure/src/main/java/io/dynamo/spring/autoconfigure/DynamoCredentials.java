/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.IoUtils;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The credentials of the DynamoDB clients, chosen in order: explicit keys (from the
 * connection details), else the named profile, else the SDK's default chain; a role ARN,
 * when set, is assumed through STS on top of whichever base was chosen. Owns what it
 * creates and closes it.
 *
 * @author dynamo-spring-boot authors
 */
final class DynamoCredentials implements AutoCloseable {

	private final AwsCredentialsProvider provider;

	private final @Nullable AwsCredentialsProvider base;

	private final @Nullable StsClient stsClient;

	private DynamoCredentials(AwsCredentialsProvider provider, @Nullable AwsCredentialsProvider base,
			@Nullable StsClient stsClient) {
		this.provider = provider;
		this.base = base;
		this.stsClient = stsClient;
	}

	static DynamoCredentials of(DynamoProperties properties, DynamoConnectionDetails details, Region region,
			DynamoHttpClients httpClients) {
		AwsCredentials explicit = details.getCredentials();
		boolean fromService = !(details instanceof PropertiesDynamoConnectionDetails);
		if (explicit != null && fromService) {
			// A service connection (such as the embedded server) brings its own
			// credentials: no profile, no role
			return new DynamoCredentials(StaticCredentialsProvider.create(explicit), null, null);
		}
		AwsCredentialsProvider base = baseProvider(properties, explicit);
		if (properties.roleArn() == null) {
			return new DynamoCredentials(base, null, null);
		}
		StsClient sts = StsClient.builder()
			.region(region)
			.credentialsProvider(base)
			.httpClientBuilder(httpClients.apache())
			.build();
		StsAssumeRoleCredentialsProvider assumeRole = StsAssumeRoleCredentialsProvider.builder()
			.stsClient(sts)
			.asyncCredentialUpdateEnabled(true)
			.refreshRequest((request) -> request.roleArn(properties.roleArn())
				.roleSessionName(properties.roleSessionName())
				.externalId(properties.externalId()))
			.build();
		return new DynamoCredentials(assumeRole, base, sts);
	}

	private static AwsCredentialsProvider baseProvider(DynamoProperties properties, @Nullable AwsCredentials explicit) {
		if (explicit != null) {
			return StaticCredentialsProvider.create(explicit);
		}
		String profile = properties.profile();
		if (profile != null) {
			requireProfile(profile);
			return ProfileCredentialsProvider.builder().profileName(profile).build();
		}
		return DefaultCredentialsProvider.builder().build();
	}

	private static void requireProfile(String profile) {
		if (ProfileFile.defaultProfileFile().profile(profile).isEmpty()) {
			throw new InvalidDynamoPropertyException("dynamo.profile",
					"no profile named '" + profile + "' was found in the AWS config or credentials files",
					"Add the profile to ~/.aws/config (or the file named by AWS_CONFIG_FILE), or correct dynamo.profile.");
		}
	}

	AwsCredentialsProvider provider() {
		return this.provider;
	}

	@Override
	public void close() {
		closeQuietly(this.provider);
		closeQuietly(this.base);
		if (this.stsClient != null) {
			this.stsClient.close();
		}
	}

	private static void closeQuietly(@Nullable AwsCredentialsProvider provider) {
		if (provider instanceof SdkAutoCloseable closeable) {
			IoUtils.closeQuietly(closeable, null);
		}
	}

}
