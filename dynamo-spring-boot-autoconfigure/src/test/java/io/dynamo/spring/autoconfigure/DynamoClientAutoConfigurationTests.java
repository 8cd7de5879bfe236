/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.dynamo.spring.core.DynamoConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkClientConfiguration;
import software.amazon.awssdk.core.client.config.SdkClientOption;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.utils.AttributeMap;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.retries.AdaptiveRetryStrategy;
import software.amazon.awssdk.retries.LegacyRetryStrategy;
import software.amazon.awssdk.retries.StandardRetryStrategy;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoClientAutoConfiguration}: each property reaches the built
 * clients, every bean backs off, customizers run in order.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoClientAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoClientAutoConfiguration.class))
		.withPropertyValues("dynamo.region=eu-west-1", "dynamo.credentials.access-key=AKIATESTKEY12345",
				"dynamo.credentials.secret-key=test-secret");

	@Test
	void whenPropertiesAreSetThenAllClientBeansAreCreated() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(DynamoDbClient.class)
			.hasSingleBean(DynamoDbAsyncClient.class)
			.hasSingleBean(DynamoDbEnhancedClient.class)
			.hasSingleBean(DynamoDbEnhancedAsyncClient.class)
			.hasSingleBean(DynamoConnection.class)
			.hasSingleBean(DynamoClientConfigurer.class)
			.hasSingleBean(PropertiesDynamoConnectionDetails.class));
	}

	@Test
	void whenRegionIsSetThenBothClientsSignForIt() {
		this.contextRunner.withPropertyValues("dynamo.region=ap-southeast-2").run((context) -> {
			assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().region())
				.isEqualTo(Region.AP_SOUTHEAST_2);
			assertThat(context.getBean(DynamoDbAsyncClient.class).serviceClientConfiguration().region())
				.isEqualTo(Region.AP_SOUTHEAST_2);
			assertThat(context.getBean(DynamoConnection.class).region()).isEqualTo(Region.AP_SOUTHEAST_2);
		});
	}

	@Test
	void whenEndpointIsSetThenBothClientsCallIt() {
		this.contextRunner.withPropertyValues("dynamo.endpoint=http://localhost:8000").run((context) -> {
			URI expected = URI.create("http://localhost:8000");
			assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().endpointOverride())
				.contains(expected);
			assertThat(context.getBean(DynamoDbAsyncClient.class).serviceClientConfiguration().endpointOverride())
				.contains(expected);
			assertThat(context.getBean(DynamoConnection.class).endpoint()).isEqualTo(expected);
		});
	}

	@Test
	void whenNoEndpointIsSetThenTheConnectionReportsTheRegionalEndpoint() {
		this.contextRunner.run((context) -> assertThat(context.getBean(DynamoConnection.class).endpoint())
			.isEqualTo(URI.create("https://dynamodb.eu-west-1.amazonaws.com")));
	}

	@Test
	void whenExplicitKeysAreSetThenClientsSignWithThem() {
		this.contextRunner.run((context) -> {
			AwsCredentialsIdentity identity = resolve(
					context.getBean(DynamoDbClient.class).serviceClientConfiguration().credentialsProvider());
			assertThat(identity.accessKeyId()).isEqualTo("AKIATESTKEY12345");
			assertThat(identity.secretAccessKey()).isEqualTo("test-secret");
		});
	}

	@Test
	void whenSessionTokenIsSetThenClientsSignWithSessionCredentials() {
		this.contextRunner.withPropertyValues("dynamo.credentials.session-token=token-1").run((context) -> {
			AwsCredentialsIdentity identity = resolve(
					context.getBean(DynamoDbAsyncClient.class).serviceClientConfiguration().credentialsProvider());
			assertThat(identity).isInstanceOf(AwsSessionCredentialsIdentity.class);
			assertThat(((AwsSessionCredentialsIdentity) identity).sessionToken()).isEqualTo("token-1");
		});
	}

	@Test
	void whenProfileIsSetThenCredentialsAndRegionComeFromTheProfile(@TempDir Path dir) throws Exception {
		Path config = dir.resolve("config");
		Files.writeString(config, """
				[profile orders]
				region = sa-east-1
				aws_access_key_id = AKIAPROFILEKEY0001
				aws_secret_access_key = profile-secret
				""");
		withSystemProperty("aws.configFile", config.toString(),
				() -> new ApplicationContextRunner()
					.withConfiguration(AutoConfigurations.of(DynamoClientAutoConfiguration.class))
					.withPropertyValues("dynamo.profile=orders")
					.run((context) -> {
						DynamoDbClient client = context.getBean(DynamoDbClient.class);
						assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.SA_EAST_1);
						assertThat(context.getBean(DynamoClientConfigurer.class).credentialsProvider())
							.isInstanceOf(ProfileCredentialsProvider.class);
						assertThat(resolve(client.serviceClientConfiguration().credentialsProvider()).accessKeyId())
							.isEqualTo("AKIAPROFILEKEY0001");
					}));
	}

	@Test
	void whenSsoProfileIsSetThenTheProfileProviderAcceptsIt(@TempDir Path dir) throws Exception {
		Path config = dir.resolve("config");
		Files.writeString(config, """
				[profile sso-dev]
				sso_session = corp
				sso_account_id = 123456789012
				sso_role_name = Developer
				region = eu-central-1
				[sso-session corp]
				sso_start_url = https://corp.awsapps.com/start
				sso_region = eu-central-1
				""");
		withSystemProperty("aws.configFile", config.toString(),
				() -> new ApplicationContextRunner()
					.withConfiguration(AutoConfigurations.of(DynamoClientAutoConfiguration.class))
					.withPropertyValues("dynamo.profile=sso-dev")
					.run((context) -> {
						assertThat(context).hasNotFailed();
						assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().region())
							.isEqualTo(Region.EU_CENTRAL_1);
						assertThat(context.getBean(DynamoClientConfigurer.class).credentialsProvider())
							.isInstanceOf(ProfileCredentialsProvider.class);
					}));
	}

	@Test
	void whenRoleArnIsSetThenCredentialsAssumeTheRole() {
		this.contextRunner
			.withPropertyValues("dynamo.role-arn=arn:aws:iam::123456789012:role/orders", "dynamo.external-id=ext-1")
			.run((context) -> {
				AwsCredentialsProvider provider = context.getBean(DynamoClientConfigurer.class).credentialsProvider();
				assertThat(provider).isInstanceOf(StsAssumeRoleCredentialsProvider.class);
				assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().credentialsProvider())
					.isSameAs(provider);
			});
	}

	@Test
	void whenTimeoutsAreSetThenTheApiCallTimeoutsReachBothClients() {
		this.contextRunner.withPropertyValues("dynamo.timeouts.api-call=7s", "dynamo.timeouts.api-call-attempt=1500ms")
			.run((context) -> {
				for (ClientOverrideConfiguration overrides : overrides(context.getBean(DynamoDbClient.class),
						context.getBean(DynamoDbAsyncClient.class))) {
					assertThat(overrides.apiCallTimeout()).contains(Duration.ofSeconds(7));
					assertThat(overrides.apiCallAttemptTimeout()).contains(Duration.ofMillis(1500));
				}
			});
	}

	@Test
	void whenHttpSettingsAreSetThenTheSyncHttpClientIsBuiltWithThem() {
		this.contextRunner
			.withPropertyValues("dynamo.timeouts.connect=750ms", "dynamo.timeouts.read=4s", "dynamo.max-connections=7")
			.run((context) -> {
				AttributeMap options = apacheOptions(context.getBean(DynamoDbClient.class));
				assertThat(options.get(SdkHttpConfigurationOption.CONNECTION_TIMEOUT))
					.isEqualTo(Duration.ofMillis(750));
				assertThat(options.get(SdkHttpConfigurationOption.READ_TIMEOUT)).isEqualTo(Duration.ofSeconds(4));
				assertThat(options.get(SdkHttpConfigurationOption.MAX_CONNECTIONS)).isEqualTo(7);
			});
	}

	@Test
	void whenHttpSettingsAreSetThenTheAsyncHttpClientIsBuiltWithThem() {
		this.contextRunner
			.withPropertyValues("dynamo.timeouts.connect=750ms", "dynamo.timeouts.read=4s", "dynamo.max-connections=7")
			.run((context) -> {
				Object configuration = field(
						httpClient(context.getBean(DynamoDbAsyncClient.class), SdkClientOption.ASYNC_HTTP_CLIENT),
						"configuration");
				assertThat(invoke(configuration, "connectTimeoutMillis")).isEqualTo(750);
				assertThat(invoke(configuration, "readTimeoutMillis")).isEqualTo(4000);
				assertThat(invoke(configuration, "maxConnections")).isEqualTo(7);
			});
	}

	@Test
	void whenRetryModeIsSetThenBothClientsUseIt() {
		this.contextRunner.withPropertyValues("dynamo.retries.mode=legacy").run((context) -> {
			for (ClientOverrideConfiguration overrides : overrides(context.getBean(DynamoDbClient.class),
					context.getBean(DynamoDbAsyncClient.class))) {
				assertThat(overrides.retryStrategy()).containsInstanceOf(LegacyRetryStrategy.class);
			}
		});
	}

	@Test
	void whenRetryModeIsAdaptiveThenTheCurrentAdaptiveStrategyIsUsed() {
		this.contextRunner.withPropertyValues("dynamo.retries.mode=adaptive")
			.run((context) -> assertThat(context.getBean(DynamoDbClient.class)
				.serviceClientConfiguration()
				.overrideConfiguration()
				.retryStrategy()).containsInstanceOf(AdaptiveRetryStrategy.class));
	}

	@Test
	void whenNoRetryModeIsSetThenStandardIsPinned() {
		this.contextRunner.run((context) -> assertThat(context.getBean(DynamoDbClient.class)
			.serviceClientConfiguration()
			.overrideConfiguration()
			.retryStrategy()).containsInstanceOf(StandardRetryStrategy.class));
	}

	@Test
	void whenAwsRetryModeIsSetInTheEnvironmentThenItIsHonoured() throws Exception {
		withSystemProperty("aws.retryMode", "legacy",
				() -> this.contextRunner.run((context) -> assertThat(context.getBean(DynamoDbClient.class)
					.serviceClientConfiguration()
					.overrideConfiguration()
					.retryStrategy()).containsInstanceOf(LegacyRetryStrategy.class)));
	}

	@Test
	void whenTheRetryModePropertyIsSetThenItWinsOverTheEnvironment() throws Exception {
		withSystemProperty("aws.retryMode", "legacy",
				() -> this.contextRunner.withPropertyValues("dynamo.retries.mode=standard")
					.run((context) -> assertThat(context.getBean(DynamoDbClient.class)
						.serviceClientConfiguration()
						.overrideConfiguration()
						.retryStrategy()).containsInstanceOf(StandardRetryStrategy.class)));
	}

	@Test
	void whenMaxAttemptsIsSetThenBothClientsUseIt() {
		this.contextRunner.withPropertyValues("dynamo.retries.max-attempts=6").run((context) -> {
			for (ClientOverrideConfiguration overrides : overrides(context.getBean(DynamoDbClient.class),
					context.getBean(DynamoDbAsyncClient.class))) {
				assertThat(overrides.retryStrategy())
					.hasValueSatisfying((strategy) -> assertThat(strategy.maxAttempts()).isEqualTo(6));
			}
		});
	}

	@Test
	void whenAwsMaxAttemptsIsSetInTheEnvironmentThenItIsHonoured() throws Exception {
		withSystemProperty("aws.maxAttempts", "5",
				() -> this.contextRunner.run((context) -> assertThat(context.getBean(DynamoDbClient.class)
					.serviceClientConfiguration()
					.overrideConfiguration()
					.retryStrategy())
					.hasValueSatisfying((strategy) -> assertThat(strategy.maxAttempts()).isEqualTo(5))));
	}

	@Test
	void whenTheMaxAttemptsPropertyIsSetThenItWinsOverTheEnvironment() throws Exception {
		withSystemProperty("aws.maxAttempts", "5", () -> this.contextRunner
			.withPropertyValues("dynamo.retries.max-attempts=2")
			.run((context) -> assertThat(context.getBean(DynamoDbClient.class)
				.serviceClientConfiguration()
				.overrideConfiguration()
				.retryStrategy()).hasValueSatisfying((strategy) -> assertThat(strategy.maxAttempts()).isEqualTo(2))));
	}

	@Test
	void whenAwsRegionIsSetInTheEnvironmentAndNoPropertyThenItIsUsed() throws Exception {
		withSystemProperty("aws.region", "ca-central-1", () -> new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DynamoClientAutoConfiguration.class))
			.run((context) -> assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().region())
				.isEqualTo(Region.CA_CENTRAL_1)));
	}

	@Test
	void whenTheRegionPropertyIsSetThenItWinsOverTheEnvironment() throws Exception {
		withSystemProperty("aws.region", "ca-central-1", () -> this.contextRunner
			.run((context) -> assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().region())
				.isEqualTo(Region.EU_WEST_1)));
	}

	@Test
	void whenUserDefinesClientsThenTheAutoConfiguredOnesBackOff() {
		this.contextRunner.withUserConfiguration(UserClientsConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(DynamoDbClient.class).hasSingleBean(DynamoDbAsyncClient.class);
			assertThat(context.getBean(DynamoDbClient.class)).isSameAs(context.getBean("userClient"));
			assertThat(context.getBean(DynamoDbAsyncClient.class)).isSameAs(context.getBean("userAsyncClient"));
			assertThat(context.getBean(DynamoDbEnhancedClient.class)).isSameAs(context.getBean("userEnhancedClient"));
			assertThat(context.getBean(DynamoDbEnhancedAsyncClient.class))
				.isSameAs(context.getBean("userEnhancedAsyncClient"));
			assertThat(context.getBean(DynamoConnection.class)).isSameAs(context.getBean("userConnection"));
		});
	}

	@Test
	void whenUserDefinesConnectionDetailsThenThePropertiesOnesBackOff() {
		this.contextRunner.withBean(DynamoConnectionDetails.class, () -> () -> URI.create("http://127.0.0.1:4566"))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(PropertiesDynamoConnectionDetails.class);
				assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().endpointOverride())
					.contains(URI.create("http://127.0.0.1:4566"));
			});
	}

	@Test
	void whenUserDefinesConfigurerThenTheAutoConfiguredOneBacksOff() {
		this.contextRunner
			.withBean("userConfigurer", DynamoClientConfigurer.class,
					() -> new DynamoClientConfigurer(TestDynamoProperties.bind("dynamo.region=us-west-2",
							"dynamo.credentials.access-key=AKIAUSERCONF0001", "dynamo.credentials.secret-key=s"),
							() -> null))
			.run((context) -> assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().region())
				.isEqualTo(Region.US_WEST_2));
	}

	@Test
	void whenCustomizersAreDefinedThenTheyRunInOrder() {
		this.contextRunner.withUserConfiguration(CustomizersConfiguration.class).run((context) -> {
			CustomizersConfiguration config = context.getBean(CustomizersConfiguration.class);
			// the asynchronous clients are lazy: built on first use
			assertThat(config.calls).containsExactly("sync-first", "sync-second", "enhanced");
			context.getBean(DynamoDbEnhancedAsyncClient.class);
			assertThat(config.calls).containsExactly("sync-first", "sync-second", "enhanced", "async-first",
					"async-second", "enhanced-async");
			// the last customizer's region wins: it ran after the properties were applied
			assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().region())
				.isEqualTo(Region.US_EAST_2);
		});
	}

	private static AwsCredentialsIdentity resolve(
			software.amazon.awssdk.identity.spi.IdentityProvider<? extends AwsCredentialsIdentity> provider) {
		return provider.resolveIdentity().join();
	}

	private static List<ClientOverrideConfiguration> overrides(DynamoDbClient client, DynamoDbAsyncClient async) {
		return List.of(client.serviceClientConfiguration().overrideConfiguration(),
				async.serviceClientConfiguration().overrideConfiguration());
	}

	/**
	 * Reads the options the SDK resolved for the client's Apache HTTP client. The SDK has
	 * no public accessor for them, so this reaches into its internals; it is a test, and
	 * a failure here after an SDK upgrade means the path changed, not the behaviour.
	 */
	private static AttributeMap apacheOptions(DynamoDbClient client) {
		return (AttributeMap) field(httpClient(client, SdkClientOption.SYNC_HTTP_CLIENT), "resolvedOptions");
	}

	private static Object httpClient(Object client, SdkClientOption<?> option) {
		SdkClientConfiguration configuration = (SdkClientConfiguration) field(client, "clientConfiguration");
		Object httpClient = configuration.option(option);
		while (org.springframework.util.ReflectionUtils.findField(httpClient.getClass(), "delegate") != null) {
			httpClient = field(httpClient, "delegate");
		}
		return httpClient;
	}

	private static Object field(Object target, String name) {
		java.lang.reflect.Field field = org.springframework.util.ReflectionUtils.findField(target.getClass(), name);
		assertThat(field).as("field %s of %s", name, target.getClass().getName()).isNotNull();
		org.springframework.util.ReflectionUtils.makeAccessible(field);
		return org.springframework.util.ReflectionUtils.getField(field, target);
	}

	private static Object invoke(Object target, String method) {
		java.lang.reflect.Method found = org.springframework.util.ReflectionUtils.findMethod(target.getClass(), method);
		assertThat(found).as("method %s of %s", method, target.getClass().getName()).isNotNull();
		org.springframework.util.ReflectionUtils.makeAccessible(found);
		return org.springframework.util.ReflectionUtils.invokeMethod(found, target);
	}

	static void withSystemProperty(String name, String value, ThrowingRunnable action) throws Exception {
		String previous = System.getProperty(name);
		System.setProperty(name, value);
		try {
			action.run();
		}
		finally {
			if (previous != null) {
				System.setProperty(name, previous);
			}
			else {
				System.clearProperty(name);
			}
		}
	}

	@FunctionalInterface
	interface ThrowingRunnable {

		void run() throws Exception;

	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientsConfiguration {

		@Bean
		DynamoDbClient userClient() {
			return DynamoDbClient.builder()
				.region(Region.US_EAST_1)
				.credentialsProvider(() -> AwsSessionCredentials.create("a", "b", "c"))
				.build();
		}

		@Bean
		DynamoDbAsyncClient userAsyncClient() {
			return DynamoDbAsyncClient.builder()
				.region(Region.US_EAST_1)
				.credentialsProvider(() -> AwsSessionCredentials.create("a", "b", "c"))
				.build();
		}

		@Bean
		DynamoDbEnhancedClient userEnhancedClient(DynamoDbClient client) {
			return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
		}

		@Bean
		DynamoDbEnhancedAsyncClient userEnhancedAsyncClient(DynamoDbAsyncClient client) {
			return DynamoDbEnhancedAsyncClient.builder().dynamoDbClient(client).build();
		}

		@Bean
		DynamoConnection userConnection(DynamoDbClient client) {
			return new DynamoConnection(client);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizersConfiguration {

		final List<String> calls = new ArrayList<>();

		@Bean
		@Order(2)
		DynamoDbClientBuilderCustomizer secondSyncCustomizer() {
			return (builder) -> {
				this.calls.add("sync-second");
				builder.region(Region.US_EAST_2);
			};
		}

		@Bean
		@Order(1)
		DynamoDbClientBuilderCustomizer firstSyncCustomizer() {
			return (builder) -> {
				this.calls.add("sync-first");
				builder.region(Region.US_WEST_1);
			};
		}

		@Bean
		@Order(2)
		DynamoDbAsyncClientBuilderCustomizer secondAsyncCustomizer() {
			return (builder) -> this.calls.add("async-second");
		}

		@Bean
		@Order(1)
		DynamoDbAsyncClientBuilderCustomizer firstAsyncCustomizer() {
			return (builder) -> this.calls.add("async-first");
		}

		@Bean
		DynamoDbEnhancedClientBuilderCustomizer enhancedCustomizer() {
			return (builder) -> this.calls.add("enhanced");
		}

		@Bean
		DynamoDbEnhancedAsyncClientBuilderCustomizer enhancedAsyncCustomizer() {
			return (builder) -> this.calls.add("enhanced-async");
		}

	}

}
