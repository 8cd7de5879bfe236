/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure.repositories.broken;

import java.util.List;

import io.dynamo.spring.autoconfigure.repositories.app.Gadget;
import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.repository.DynamoRepository;

/**
 * A repository whose method no key query serves.
 *
 * @author dynamo-spring-boot authors
 */
public interface ScanningGadgetRepository extends DynamoRepository<Gadget, DynamoKey> {

	List<Gadget> findByColour(String colour);

}
