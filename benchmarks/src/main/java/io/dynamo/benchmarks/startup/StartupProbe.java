/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.util.Map;

import io.dynamo.benchmarks.startup.dynamo.DynamoStartupApp;
import io.dynamo.benchmarks.startup.manual.HandWiredStartupApp;
import io.dynamo.benchmarks.startup.repositories.RepositoriesStartupApp;
import io.dynamo.spring.core.DynamoTemplate;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One cold start, run in a fresh JVM by {@link StartupTime}: starts one of the two
 * applications to a ready context and prints one line {@code STARTUP <app> <ms in
 * SpringApplication.run> <ms since the JVM started> <entities mapped>}.
 * <p>
 * Arguments: {@code dynamo|manual}.
 *
 * @author dynamo-spring-boot authors
 */
public final class StartupProbe {

	/**
	 * An endpoint nothing listens on: neither application may call DynamoDB at start-up.
	 */
	public static final String ENDPOINT = "http://127.0.0.1:1";

	private StartupProbe() {
	}

	/**
	 * Start the application named by the argument and report the times.
	 * @param args {@code dynamo}, {@code repositories} or {@code manual}
	 */
	public static void main(String[] args) {
		long start = System.nanoTime();
		boolean dynamo = !"manual".equals(args[0]);
		SpringApplication application = new SpringApplication(switch (args[0]) {
			case "dynamo" -> DynamoStartupApp.class;
			case "repositories" -> RepositoriesStartupApp.class;
			default -> HandWiredStartupApp.class;
		});
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.setDefaultProperties(Map.of("dynamo.region", "us-east-1", "dynamo.endpoint", ENDPOINT,
				"dynamo.credentials.access-key", "bench", "dynamo.credentials.secret-key", "bench",
				"dynamo.schema.action", "none", "dynamo.embedded.enabled", "false"));
		ConfigurableApplicationContext context = application.run();
		long runMillis = (System.nanoTime() - start) / 1_000_000;
		long jvmMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		int entities = dynamo ? context.getBean(DynamoTemplate.class).getMappingContext().entities().size()
				: context.getBeansOfType(DynamoDbTable.class).size();
		System.out.println("STARTUP " + args[0] + " " + runMillis + " " + jvmMillis + " " + entities);
		System.exit(0);
	}

}
