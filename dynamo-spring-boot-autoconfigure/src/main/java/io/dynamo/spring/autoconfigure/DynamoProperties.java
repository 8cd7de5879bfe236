/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.dynamo.spring.embedded.EmbeddedDynamoServer.Transport;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Configuration properties for the DynamoDB clients, bound from {@code dynamo.*}.
 * <p>
 * Every property is optional: what is not set comes from the AWS SDK's default chains
 * (environment variables such as {@code AWS_REGION}, {@code AWS_PROFILE},
 * {@code AWS_ENDPOINT_URL}, {@code AWS_MAX_ATTEMPTS}, {@code AWS_RETRY_MODE}, the shared
 * config files, web identity, container and instance credentials). A property that is set
 * wins over the environment. Values are checked when they are bound, so a bad value fails
 * start-up with a message that names the property.
 *
 * @param region AWS region of the DynamoDB endpoint, such as {@code eu-west-1}. Defaults
 * to the SDK's region chain ({@code AWS_REGION}, the profile, instance metadata).
 * @param profile Named profile from {@code ~/.aws/config} and {@code ~/.aws/credentials}
 * (SSO profiles included) used for credentials and, when no region is set, the region.
 * @param endpoint Endpoint override, for a local emulator, LocalStack or ScyllaDB
 * Alternator, such as {@code http://localhost:8000}. Defaults to the SDK's endpoint
 * resolution ({@code AWS_ENDPOINT_URL_DYNAMODB}, {@code AWS_ENDPOINT_URL}, then the
 * regional AWS endpoint).
 * @param credentials Explicit static credentials. Prefer a profile or the default chain
 * in production.
 * @param roleArn ARN of an IAM role to assume through STS on top of the base credentials,
 * such as {@code arn:aws:iam::123456789012:role/orders-service}. The session is refreshed
 * automatically before it expires.
 * @param roleSessionName Session name used when assuming {@code dynamo.role-arn}.
 * @param externalId External id passed to STS when assuming {@code dynamo.role-arn}, for
 * roles whose trust policy requires one.
 * @param timeouts HTTP and SDK timeouts.
 * @param retries Retry policy of the clients.
 * @param proxy HTTP proxy of the clients.
 * @param maxConnections Maximum number of HTTP connections of each client (the connection
 * pool size of the synchronous client, the maximum concurrency of the asynchronous one).
 * Defaults to the SDK's default of 50.
 * @param embedded The embedded DynamoDB engine for development and tests.
 * @param tablePrefix Text put before every entity's table name, for per-environment
 * tables such as {@code dev-orders}.
 * @param tableSuffix Text put after every entity's table name, such as
 * {@code orders-staging}.
 * @param schema Tables and indexes from entity metadata at start-up.
 * @param pageToken Opaque page tokens of queries and scans.
 * @param batch Batch writes and gets, and parallel scans.
 * @param metrics Micrometer meters and observations of every DynamoDB request.
 * @param rateLimit Client-side rate limiter in read and write capacity units.
 * @author dynamo-spring-boot authors
 */
@ConfigurationProperties("dynamo")
public record DynamoProperties(@Nullable String region, @Nullable String profile, @Nullable URI endpoint,
		@DefaultValue Credentials credentials, @Nullable String roleArn,
		@DefaultValue("dynamo-spring-boot") String roleSessionName, @Nullable String externalId,
		@DefaultValue Timeouts timeouts, @DefaultValue Retries retries, @DefaultValue Proxy proxy,
		@Nullable Integer maxConnections, @DefaultValue Embedded embedded, @Nullable String tablePrefix,
		@Nullable String tableSuffix, @DefaultValue Schema schema, @DefaultValue PageToken pageToken,
		@DefaultValue Batch batch, @DefaultValue Metrics metrics, @DefaultValue RateLimit rateLimit) {

	private static final Pattern ROLE_ARN = Pattern.compile("arn:aws(-[a-z]+)*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");

	private static final double MAX_CAPACITY = 1_000_000;

	private static final Pattern ROLE_SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");

	/**
	 * Validate the properties as they are bound.
	 */
	public DynamoProperties {
		if (region != null && !StringUtils.hasText(region)) {
			throw new InvalidDynamoPropertyException("dynamo.region", "the region is blank",
					"Set dynamo.region to an AWS region such as 'eu-west-1', or remove it to use the SDK's region chain.");
		}
		if (endpoint != null) {
			validateEndpoint(endpoint);
		}
		if (roleArn != null && !ROLE_ARN.matcher(roleArn).matches()) {
			throw new InvalidDynamoPropertyException("dynamo.role-arn",
					"'" + roleArn + "' is not the ARN of an IAM role",
					"Set dynamo.role-arn to a role ARN of the form 'arn:aws:iam::<12-digit account id>:role/<role name>'.");
		}
		if (!ROLE_SESSION_NAME.matcher(roleSessionName).matches()) {
			throw new InvalidDynamoPropertyException("dynamo.role-session-name",
					"'" + roleSessionName + "' is not a valid STS session name",
					"Use 2 to 64 characters from letters, digits and =,.@_- for dynamo.role-session-name.");
		}
		if (maxConnections != null && maxConnections < 1) {
			throw new InvalidDynamoPropertyException("dynamo.max-connections",
					"the value " + maxConnections + " is less than 1",
					"Set dynamo.max-connections to 1 or more, or remove it to use the SDK's default of 50.");
		}
	}

	private static void validateEndpoint(URI endpoint) {
		String scheme = endpoint.getScheme();
		if (scheme == null || endpoint.getHost() == null
				|| !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
			throw new InvalidDynamoPropertyException("dynamo.endpoint",
					"'" + endpoint + "' is not an http or https URL with a host",
					"Set dynamo.endpoint to a full URL such as 'http://localhost:8000', or remove it to use the regional AWS endpoint.");
		}
	}

	/**
	 * Explicit static credentials. Secrets are never included in {@link #toString()}.
	 *
	 * @param accessKey AWS access key id. Requires {@code dynamo.credentials.secret-key}.
	 * @param secretKey AWS secret access key. Requires
	 * {@code dynamo.credentials.access-key}.
	 * @param sessionToken Session token of temporary credentials, used with the access
	 * key and the secret key.
	 */
	public record Credentials(@Nullable String accessKey, @Nullable String secretKey, @Nullable String sessionToken) {

		/**
		 * Validate that the keys come as a pair.
		 */
		public Credentials {
			boolean hasAccessKey = StringUtils.hasText(accessKey);
			boolean hasSecretKey = StringUtils.hasText(secretKey);
			if (hasAccessKey && !hasSecretKey) {
				throw new InvalidDynamoPropertyException("dynamo.credentials.secret-key",
						"dynamo.credentials.access-key is set but dynamo.credentials.secret-key is not",
						"Set dynamo.credentials.secret-key as well, or remove dynamo.credentials.access-key to use a profile or the default credentials chain.");
			}
			if (hasSecretKey && !hasAccessKey) {
				throw new InvalidDynamoPropertyException("dynamo.credentials.access-key",
						"dynamo.credentials.secret-key is set but dynamo.credentials.access-key is not",
						"Set dynamo.credentials.access-key as well, or remove dynamo.credentials.secret-key to use a profile or the default credentials chain.");
			}
			if (StringUtils.hasText(sessionToken) && !hasAccessKey) {
				throw new InvalidDynamoPropertyException("dynamo.credentials.session-token",
						"a session token is set without dynamo.credentials.access-key and dynamo.credentials.secret-key",
						"Set the access key and secret key of the temporary credentials too, or remove dynamo.credentials.session-token.");
			}
		}

		/**
		 * Whether explicit keys are configured.
		 * @return {@code true} when an access key and a secret key are set
		 */
		public boolean isSet() {
			return StringUtils.hasText(this.accessKey);
		}

		@Override
		public String toString() {
			return "Credentials[accessKey=" + maskAccessKey(this.accessKey) + ", secretKey=" + mask(this.secretKey)
					+ ", sessionToken=" + mask(this.sessionToken) + "]";
		}

		private static String maskAccessKey(@Nullable String accessKey) {
			if (accessKey == null) {
				return "null";
			}
			return (accessKey.length() > 8) ? accessKey.substring(0, 4) + "****" : "****";
		}

	}

	/**
	 * HTTP and SDK timeouts. Each must be positive; an unset timeout keeps the SDK's
	 * default.
	 *
	 * @param connect Time to establish a TCP connection. SDK default 2s.
	 * @param read Time to wait for data on an open connection (socket timeout). SDK
	 * default 30s.
	 * @param apiCall Time for a whole API call, all retries included. No limit by
	 * default.
	 * @param apiCallAttempt Time for one attempt of an API call. No limit by default.
	 */
	public record Timeouts(@Nullable Duration connect, @Nullable Duration read, @Nullable Duration apiCall,
			@Nullable Duration apiCallAttempt) {

		/**
		 * Validate that every timeout set is positive.
		 */
		public Timeouts {
			requirePositive("dynamo.timeouts.connect", connect);
			requirePositive("dynamo.timeouts.read", read);
			requirePositive("dynamo.timeouts.api-call", apiCall);
			requirePositive("dynamo.timeouts.api-call-attempt", apiCallAttempt);
		}

		private static void requirePositive(String property, @Nullable Duration value) {
			if (value != null && (value.isZero() || value.isNegative())) {
				throw new InvalidDynamoPropertyException(property, "the timeout " + value + " is not positive", "Set "
						+ property
						+ " to a positive duration such as '5s' or '500ms', or remove it to keep the SDK's default.");
			}
		}

	}

	/**
	 * Retry policy. Pinned explicitly when the clients are built, so a change of the
	 * SDK's defaults does not move it.
	 *
	 * @param maxAttempts Maximum number of attempts of one call, the first included.
	 * Defaults to {@code AWS_MAX_ATTEMPTS}, then the profile's {@code max_attempts}, then
	 * the mode's default (3 for standard and adaptive, 4 for legacy).
	 * @param mode Retry mode. Defaults to {@code AWS_RETRY_MODE}, then the profile's
	 * {@code retry_mode}, then standard.
	 */
	public record Retries(@Nullable Integer maxAttempts, @Nullable RetryMode mode) {

		/**
		 * Validate the number of attempts.
		 */
		public Retries {
			if (maxAttempts != null && maxAttempts < 1) {
				throw new InvalidDynamoPropertyException("dynamo.retries.max-attempts",
						"the value " + maxAttempts + " is less than 1",
						"Set dynamo.retries.max-attempts to 1 (no retries) or more.");
			}
		}

	}

	/**
	 * Retry modes of the AWS SDK.
	 */
	public enum RetryMode {

		/**
		 * Exponential backoff with jitter and a retry quota, the same in every AWS SDK.
		 */
		STANDARD,

		/**
		 * Standard retries plus a client-side rate limiter that slows down after
		 * throttling errors.
		 */
		ADAPTIVE,

		/**
		 * The retry policy of older SDK versions.
		 */
		LEGACY

	}

	/**
	 * HTTP proxy. The password is never included in {@link #toString()}.
	 *
	 * @param url Proxy URL, such as {@code http://proxy.example.com:3128}; it may carry
	 * credentials as {@code http://user:password@proxy.example.com:3128}.
	 * @param nonProxyHosts Hosts reached directly rather than through the proxy; a
	 * leading {@code *} matches any prefix, such as {@code *.internal.example.com}.
	 */
	public record Proxy(@Nullable String url, @DefaultValue Set<String> nonProxyHosts) {

		/**
		 * Validate that the URL parses.
		 */
		public Proxy {
			if (url != null) {
				parse(url);
			}
		}

		/**
		 * Return the proxy URL without its credentials.
		 * @return the proxy endpoint, or {@code null} when no proxy is set
		 */
		public @Nullable URI endpoint() {
			if (this.url == null) {
				return null;
			}
			URI uri = parse(this.url);
			try {
				return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), null, null, null);
			}
			catch (URISyntaxException ex) {
				throw invalid();
			}
		}

		/**
		 * Return the user name carried by the proxy URL.
		 * @return the user name, or {@code null}
		 */
		public @Nullable String username() {
			String[] userInfo = userInfo();
			return (userInfo != null) ? userInfo[0] : null;
		}

		/**
		 * Return the password carried by the proxy URL.
		 * @return the password, or {@code null}
		 */
		public @Nullable String password() {
			String[] userInfo = userInfo();
			return (userInfo != null && userInfo.length > 1) ? userInfo[1] : null;
		}

		private String @Nullable [] userInfo() {
			if (this.url == null) {
				return null;
			}
			String rawUserInfo = parse(this.url).getRawUserInfo();
			if (rawUserInfo == null) {
				return null;
			}
			String[] parts = rawUserInfo.split(":", 2);
			for (int i = 0; i < parts.length; i++) {
				parts[i] = URLDecoder.decode(parts[i], StandardCharsets.UTF_8);
			}
			return parts;
		}

		private static URI parse(String url) {
			URI uri;
			try {
				uri = new URI(url.trim());
			}
			catch (URISyntaxException ex) {
				throw invalid();
			}
			String scheme = uri.getScheme();
			if (scheme == null || uri.getHost() == null
					|| !Set.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))) {
				throw invalid();
			}
			return uri;
		}

		private static InvalidDynamoPropertyException invalid() {
			// The URL may carry a password: never echo it
			return new InvalidDynamoPropertyException("dynamo.proxy.url",
					"the value is not an http or https URL with a host (value not shown: it may hold a password)",
					"Set dynamo.proxy.url to a URL such as 'http://proxy.example.com:3128' or 'http://user:password@proxy.example.com:3128'.");
		}

		@Override
		public String toString() {
			URI endpoint = endpoint();
			String shown = (endpoint != null && username() != null)
					? endpoint.getScheme() + "://" + username() + ":****@" + endpoint.getRawAuthority()
					: String.valueOf(endpoint);
			return "Proxy[url=" + shown + ", nonProxyHosts=" + this.nonProxyHosts + "]";
		}

	}

	/**
	 * The embedded DynamoDB engine, for development and tests. Requires
	 * {@code io.dynamo:dynamo-embedded} on the classpath.
	 *
	 * @param enabled Whether to start the embedded engine and point every client at it
	 * with dummy credentials.
	 * @param transport How the clients reach the engine: {@code http} (loopback HTTP on
	 * 127.0.0.1, reachable by the AWS CLI and other tools) or {@code in-process} (no
	 * socket, fastest for tests).
	 * @param port Port of the engine's HTTP server on 127.0.0.1; 0 picks a free port.
	 * Unused in-process.
	 * @param dbPath Directory where the engine persists its tables, so that data survives
	 * restarts. In memory when unset.
	 * @param shared Whether the application contexts of this JVM share one engine (with
	 * the same db-path and capacity enforcement), as test suites may want; otherwise each
	 * context owns its engine and stops it when it closes.
	 * @param enforceCapacity Whether provisioned tables (such as those created from
	 * {@code dynamo.schema} with provisioned throughput) throttle requests above their
	 * read and write capacity, as DynamoDB does.
	 * @param sharedDb Ignored: a DynamoDB Local option. The engine keeps one database for
	 * every access key and region.
	 */
	public record Embedded(@DefaultValue("false") boolean enabled, @DefaultValue("http") Transport transport,
			@DefaultValue("0") int port, @Nullable String dbPath, @DefaultValue("false") boolean shared,
			@DefaultValue("false") boolean enforceCapacity, @Nullable Boolean sharedDb) {

		/**
		 * Validate the port.
		 */
		public Embedded {
			if (port < 0 || port > 65535) {
				throw new InvalidDynamoPropertyException("dynamo.embedded.port",
						"the port " + port + " is out of range",
						"Set dynamo.embedded.port to a port between 1 and 65535, or to 0 to pick a free port.");
			}
		}

		/**
		 * Return the deprecated DynamoDB Local option, which the engine ignores.
		 * @return whether it was set
		 * @deprecated the engine keeps one database for every access key and region
		 */
		@Override
		@Deprecated(since = "0.1.0")
		@DeprecatedConfigurationProperty(
				reason = "DynamoDB Local's option; the embedded engine keeps one database for every access key and region")
		public @Nullable Boolean sharedDb() {
			return this.sharedDb;
		}

	}

	/**
	 * Micrometer meters and observations of every DynamoDB request. Active only when a
	 * {@code MeterRegistry} bean exists.
	 *
	 * @param enabled Whether to record meters (consumed capacity, requests, throttles,
	 * retries, items) for every request of the auto-configured clients.
	 * @param observations Whether to create a Micrometer Observation per request, so that
	 * traces get DynamoDB spans when tracing is on. Requires an
	 * {@code ObservationRegistry} bean.
	 * @param sdkMetrics Whether to publish the AWS SDK's own metrics (attempts, service
	 * call duration, HTTP connection pool) to the same registry. Off by default: with a
	 * publisher the SDK collects its metrics for every call, attempt and HTTP request,
	 * which costs about four times what the starter's own meters and limiter cost, and
	 * the attempts and durations they add are close to {@code dynamodb.requests} and
	 * {@code dynamodb.retries}.
	 * @param consumedCapacity Whether to ask DynamoDB for the consumed capacity of every
	 * request ({@code ReturnConsumedCapacity=INDEXES}) and record it as
	 * {@code dynamodb.capacity.consumed}. Off, the meters record requests, latency,
	 * throttles, retries and items only, and the SDK no longer parses a
	 * {@code ConsumedCapacity} from every response (about 4 to 8 percent of a single-item
	 * call when no network is involved, see {@code docs/benchmarks.md}); requests that
	 * ask for it themselves are still recorded. The rate limiter, when on, asks for it
	 * regardless.
	 */
	public record Metrics(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean observations,
			@DefaultValue("false") boolean sdkMetrics, @DefaultValue("true") boolean consumedCapacity) {

	}

	/**
	 * Client-side rate limiter in capacity units per second. The global values apply to
	 * every table, each table getting its own read and write buckets; entries under
	 * {@code tables} override them per table.
	 *
	 * @param mode Limiter mode: {@code none} (no limit), {@code fixed} (constant rates)
	 * or {@code adaptive} (backs off on throttling, recovers when quiet).
	 * @param readCapacity Read capacity units per second of each table in fixed mode.
	 * Unset means reads are not limited.
	 * @param writeCapacity Write capacity units per second of each table in fixed mode.
	 * Unset means writes are not limited.
	 * @param burst Capacity units a bucket may save up while idle, as a duration of its
	 * rate. Defaults to one second of the rate.
	 * @param maxReadCapacity Highest read rate in adaptive mode; the limiter starts at
	 * the minimum and probes upward. Unset means reads are not limited.
	 * @param minReadCapacity Lowest read rate in adaptive mode. Defaults to a tenth of
	 * {@code max-read-capacity}.
	 * @param maxWriteCapacity Highest write rate in adaptive mode; the limiter starts at
	 * the minimum and probes upward. Unset means writes are not limited.
	 * @param minWriteCapacity Lowest write rate in adaptive mode. Defaults to a tenth of
	 * {@code max-write-capacity}.
	 * @param maxWait Longest time a call may wait for capacity: until its table's bucket
	 * holds the call's estimate, or is full when the estimate is larger than the bucket
	 * (the rest is then owed as debt), counting the debt the bucket owes. A call that
	 * would wait longer fails at once, without being sent, with a
	 * {@code CapacityRateLimitException}.
	 * @param tables Per-table overrides, keyed by the table name as sent to DynamoDB.
	 */
	public record RateLimit(@DefaultValue("none") RateLimitMode mode, @Nullable Double readCapacity,
			@Nullable Double writeCapacity, @DefaultValue("1s") Duration burst, @Nullable Double maxReadCapacity,
			@Nullable Double minReadCapacity, @Nullable Double maxWriteCapacity, @Nullable Double minWriteCapacity,
			@DefaultValue("10s") Duration maxWait, @DefaultValue Map<String, TableRateLimit> tables) {

		/**
		 * Validate the capacities and durations.
		 */
		public RateLimit {
			validateCapacities("dynamo.rate-limit.", readCapacity, writeCapacity, maxReadCapacity, minReadCapacity,
					maxWriteCapacity, minWriteCapacity);
			if (burst.isNegative() || burst.isZero()) {
				throw new InvalidDynamoPropertyException("dynamo.rate-limit.burst",
						"the burst " + burst + " is not positive",
						"Set dynamo.rate-limit.burst to a positive duration such as '1s'.");
			}
			if (mode == RateLimitMode.FIXED && readCapacity == null && writeCapacity == null && tables.isEmpty()) {
				throw new InvalidDynamoPropertyException("dynamo.rate-limit.mode",
						"the fixed rate limit has neither a read nor a write capacity",
						"Set dynamo.rate-limit.read-capacity and/or dynamo.rate-limit.write-capacity (units per second), or per table under dynamo.rate-limit.tables.<table>.*.");
			}
			if (mode == RateLimitMode.ADAPTIVE && maxReadCapacity == null && maxWriteCapacity == null
					&& tables.isEmpty()) {
				throw new InvalidDynamoPropertyException("dynamo.rate-limit.mode",
						"the adaptive rate limit has neither a maximum read nor a maximum write capacity",
						"Set dynamo.rate-limit.max-read-capacity and/or dynamo.rate-limit.max-write-capacity (units per second), or per table under dynamo.rate-limit.tables.<table>.*.");
			}
			if (maxWait.isNegative()) {
				throw new InvalidDynamoPropertyException("dynamo.rate-limit.max-wait",
						"the maximum wait " + maxWait + " is negative",
						"Set dynamo.rate-limit.max-wait to zero (never wait) or a positive duration such as '10s'.");
			}
		}

	}

	/**
	 * Rate limits of one table; every value not set here comes from
	 * {@code dynamo.rate-limit.*}.
	 *
	 * @param mode Limiter mode of this table.
	 * @param readCapacity Read capacity units per second in fixed mode.
	 * @param writeCapacity Write capacity units per second in fixed mode.
	 * @param maxReadCapacity Highest read rate in adaptive mode.
	 * @param minReadCapacity Lowest read rate in adaptive mode.
	 * @param maxWriteCapacity Highest write rate in adaptive mode.
	 * @param minWriteCapacity Lowest write rate in adaptive mode.
	 */
	public record TableRateLimit(@Nullable RateLimitMode mode, @Nullable Double readCapacity,
			@Nullable Double writeCapacity, @Nullable Double maxReadCapacity, @Nullable Double minReadCapacity,
			@Nullable Double maxWriteCapacity, @Nullable Double minWriteCapacity) {

		/**
		 * Validate the capacities.
		 */
		public TableRateLimit {
			validateCapacities("dynamo.rate-limit.tables.<table>.", readCapacity, writeCapacity, maxReadCapacity,
					minReadCapacity, maxWriteCapacity, minWriteCapacity);
		}

	}

	/**
	 * Modes of the client-side rate limiter.
	 */
	public enum RateLimitMode {

		/**
		 * No client-side limit.
		 */
		NONE,

		/**
		 * Constant read and write rates.
		 */
		FIXED,

		/**
		 * Rates that drop on throttling errors and recover after a quiet period, between
		 * a minimum and a maximum.
		 */
		ADAPTIVE

	}

	private static void validateCapacities(String prefix, @Nullable Double read, @Nullable Double write,
			@Nullable Double maxRead, @Nullable Double minRead, @Nullable Double maxWrite, @Nullable Double minWrite) {
		requirePositiveCapacity(prefix + "read-capacity", read);
		requirePositiveCapacity(prefix + "write-capacity", write);
		requirePositiveCapacity(prefix + "max-read-capacity", maxRead);
		requirePositiveCapacity(prefix + "min-read-capacity", minRead);
		requirePositiveCapacity(prefix + "max-write-capacity", maxWrite);
		requirePositiveCapacity(prefix + "min-write-capacity", minWrite);
		requireMinNotAboveMax(prefix + "min-read-capacity", minRead, prefix + "max-read-capacity", maxRead);
		requireMinNotAboveMax(prefix + "min-write-capacity", minWrite, prefix + "max-write-capacity", maxWrite);
	}

	private static void requirePositiveCapacity(String property, @Nullable Double value) {
		if (value != null && !(value > 0 && value <= MAX_CAPACITY)) {
			throw new InvalidDynamoPropertyException(property,
					"the capacity " + value + " is not a positive number of units per second up to 1,000,000",
					"Set " + property + " to a positive number of capacity units per second, such as 100.");
		}
	}

	private static void requireMinNotAboveMax(String minProperty, @Nullable Double min, String maxProperty,
			@Nullable Double max) {
		if (min != null && max != null && min > max) {
			throw new InvalidDynamoPropertyException(minProperty,
					"the minimum " + min + " is above the maximum " + max + " of " + maxProperty,
					"Set " + minProperty + " to at most " + maxProperty + ", or raise " + maxProperty + ".");
		}
	}

	/**
	 * Page tokens: the {@code LastEvaluatedKey} of a page, encrypted and authenticated so
	 * that clients can hand it back but neither read nor forge it.
	 *
	 * @param secret Secret the token key is derived from; every instance serving the same
	 * clients needs the same one. When unset, a random key is generated per process (with
	 * a warning at start-up): tokens then do not survive a restart. Never logged.
	 * @param lifetime How long a page token stays valid.
	 */
	public record PageToken(@Nullable String secret, @DefaultValue("1h") Duration lifetime) {

		/**
		 * Validate the lifetime.
		 */
		public PageToken {
			if (lifetime.isZero() || lifetime.isNegative()) {
				throw new InvalidDynamoPropertyException("dynamo.page-token.lifetime",
						"the lifetime " + lifetime + " is not positive",
						"Set dynamo.page-token.lifetime to a positive duration such as '1h'.");
			}
			if (secret != null && secret.length() < 16) {
				throw new InvalidDynamoPropertyException("dynamo.page-token.secret",
						"the secret is shorter than 16 characters (value not shown)",
						"Set dynamo.page-token.secret to a random string of at least 16 characters, such as the output of 'openssl rand -base64 32'.");
			}
		}

		@Override
		public String toString() {
			return "PageToken[secret=" + mask(this.secret) + ", lifetime=" + this.lifetime + "]";
		}

	}

	/**
	 * Batch operations and parallel scans.
	 *
	 * @param maxParallelism Number of batch requests (or scan segments) in flight at
	 * once.
	 * @param timeBound How long unprocessed batch items are retried before the call fails
	 * naming them.
	 */
	public record Batch(@DefaultValue("4") int maxParallelism, @DefaultValue("1m") Duration timeBound) {

		/**
		 * Validate the values.
		 */
		public Batch {
			if (maxParallelism < 1) {
				throw new InvalidDynamoPropertyException("dynamo.batch.max-parallelism",
						"the value " + maxParallelism + " is less than 1",
						"Set dynamo.batch.max-parallelism to 1 or more.");
			}
			if (timeBound.isNegative()) {
				throw new InvalidDynamoPropertyException("dynamo.batch.time-bound",
						"the time bound " + timeBound + " is negative",
						"Set dynamo.batch.time-bound to a duration such as '1m'.");
			}
		}

	}

	/**
	 * What to do with the entities' tables at start-up.
	 *
	 * @param action What to do with tables at start-up: none, validate (fail start-up,
	 * naming the differences, when a table's keys or indexes differ from its entity),
	 * create (create missing tables with their indexes and TTL, and wait until they are
	 * active) or create-drop (create, and delete them when the application stops).
	 * @param billingMode Billing mode of created tables.
	 * @param readCapacity Read capacity units of created tables and each of their global
	 * indexes, when the billing mode is provisioned.
	 * @param writeCapacity Write capacity units of created tables and each of their
	 * global indexes, when the billing mode is provisioned.
	 */
	public record Schema(@DefaultValue("none") SchemaAction action, @DefaultValue("on-demand") BillingMode billingMode,
			@DefaultValue("5") long readCapacity, @DefaultValue("5") long writeCapacity) {

		/**
		 * Validate the capacities.
		 */
		public Schema {
			if (billingMode == BillingMode.PROVISIONED && (readCapacity < 1 || writeCapacity < 1)) {
				throw new InvalidDynamoPropertyException("dynamo.schema.read-capacity",
						"provisioned tables need at least 1 read and 1 write capacity unit (read-capacity="
								+ readCapacity + ", write-capacity=" + writeCapacity + ")",
						"Set dynamo.schema.read-capacity and dynamo.schema.write-capacity to 1 or more, or use dynamo.schema.billing-mode=on-demand.");
			}
		}

	}

	/**
	 * What to do with tables at start-up.
	 */
	public enum SchemaAction {

		/**
		 * Leave tables alone.
		 */
		NONE,

		/**
		 * Fail start-up when a table is missing or its keys or indexes differ from its
		 * entity.
		 */
		VALIDATE,

		/**
		 * Create missing tables.
		 */
		CREATE,

		/**
		 * Create missing tables and delete them when the application stops.
		 */
		CREATE_DROP

	}

	/**
	 * Billing modes of created tables.
	 */
	public enum BillingMode {

		/**
		 * Pay per request.
		 */
		ON_DEMAND,

		/**
		 * Provisioned read and write capacity.
		 */
		PROVISIONED

	}

	private static String mask(@Nullable String secret) {
		return (secret != null) ? "******" : "null";
	}

}
