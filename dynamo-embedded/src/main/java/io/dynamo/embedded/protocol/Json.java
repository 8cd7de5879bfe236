/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.protocol;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON in and out with Jackson's streaming parser. Requests become a plain tree
 * ({@code Map<String, Object>}, {@code List<Object>}, {@code String}, {@code Boolean},
 * {@code Long} or {@code BigDecimal}, {@code null}); responses are written from the same
 * kind of tree, which may also hold {@link AttributeValue}s and {@code byte[]} (as
 * base64).
 */
public final class Json {

	private static final JsonFactory FACTORY = new JsonFactory();

	private Json() {
	}

	/**
	 * Parses a request body into a tree.
	 * @param body the bytes
	 * @return the top-level object
	 * @throws DynamoException a {@code SerializationException} when the body is not a
	 * JSON object (an empty body included)
	 */
	public static Map<String, Object> parseObject(byte[] body) {
		if (body.length == 0) {
			// the JSON protocol's body is an object, {} at the least: SDKs and the CLI
			// always send one
			throw DynamoException.serialization("The request body is empty: expected a JSON object");
		}
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
			JsonToken token = parser.nextToken();
			if (token != JsonToken.START_OBJECT) {
				throw DynamoException.serialization("Start of structure or map found where not expected");
			}
			Map<String, Object> result = readObject(parser);
			if (parser.nextToken() != null) {
				throw DynamoException.serialization("Unexpected content after the end of the request");
			}
			return result;
		}
		catch (JacksonException ex) {
			throw DynamoException.serialization("Unable to parse the request body as JSON");
		}
	}

	private static Map<String, Object> readObject(JsonParser parser) {
		Map<String, Object> object = new LinkedHashMap<>();
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			object.put(name, readValue(parser));
		}
		if (token != JsonToken.END_OBJECT) {
			throw DynamoException.serialization("Unexpected end of structure");
		}
		return object;
	}

	private static Object readValue(JsonParser parser) {
		JsonToken token = parser.currentToken();
		switch (token) {
			case START_OBJECT:
				return readObject(parser);
			case START_ARRAY: {
				List<Object> list = new ArrayList<>();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					list.add(readValue(parser));
				}
				return list;
			}
			case VALUE_STRING:
				return parser.getString();
			case VALUE_NUMBER_INT:
				return (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER)
						? new BigDecimal(parser.getBigIntegerValue()) : parser.getLongValue();
			case VALUE_NUMBER_FLOAT:
				return parser.getDecimalValue();
			case VALUE_TRUE:
				return Boolean.TRUE;
			case VALUE_FALSE:
				return Boolean.FALSE;
			case VALUE_NULL:
				return null;
			default:
				throw DynamoException.serialization("Unexpected token " + token);
		}
	}

	/**
	 * Writes a response tree.
	 * @param tree a map, possibly holding attribute values
	 * @return UTF-8 JSON
	 */
	public static byte[] write(Map<String, ?> tree) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256);
		try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
			writeValue(generator, tree);
		}
		return out.toByteArray();
	}

	@SuppressWarnings("unchecked")
	private static void writeValue(JsonGenerator generator, Object value) {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof String s) {
			generator.writeString(s);
		}
		else if (value instanceof AttributeValue attribute) {
			writeAttribute(generator, attribute);
		}
		else if (value instanceof Map<?, ?> map) {
			generator.writeStartObject();
			for (Map.Entry<String, ?> entry : ((Map<String, ?>) map).entrySet()) {
				generator.writeName(entry.getKey());
				writeValue(generator, entry.getValue());
			}
			generator.writeEndObject();
		}
		else if (value instanceof Iterable<?> list) {
			generator.writeStartArray();
			for (Object element : list) {
				writeValue(generator, element);
			}
			generator.writeEndArray();
		}
		else if (value instanceof Boolean b) {
			generator.writeBoolean(b);
		}
		else if (value instanceof Integer i) {
			generator.writeNumber(i);
		}
		else if (value instanceof Long l) {
			generator.writeNumber(l);
		}
		else if (value instanceof Double d) {
			generator.writeNumber(d);
		}
		else if (value instanceof BigDecimal d) {
			generator.writeNumber(d);
		}
		else if (value instanceof Number n) {
			generator.writeNumber(n.doubleValue());
		}
		else if (value instanceof byte[] bytes) {
			generator.writeString(Base64.getEncoder().encodeToString(bytes));
		}
		else {
			generator.writeString(value.toString());
		}
	}

	private static void writeAttribute(JsonGenerator generator, AttributeValue value) {
		generator.writeStartObject();
		generator.writeName(value.type());
		if (value instanceof AttributeValue.S s) {
			generator.writeString(s.value());
		}
		else if (value instanceof AttributeValue.N n) {
			generator.writeString(n.text());
		}
		else if (value instanceof AttributeValue.B b) {
			generator.writeString(b.base64());
		}
		else if (value instanceof AttributeValue.Bool b) {
			generator.writeBoolean(b.value());
		}
		else if (value instanceof AttributeValue.Null) {
			generator.writeBoolean(true);
		}
		else if (value instanceof AttributeValue.L l) {
			generator.writeStartArray();
			for (AttributeValue element : l.values()) {
				writeAttribute(generator, element);
			}
			generator.writeEndArray();
		}
		else if (value instanceof AttributeValue.M m) {
			generator.writeStartObject();
			for (Map.Entry<String, AttributeValue> entry : m.values().entrySet()) {
				generator.writeName(entry.getKey());
				writeAttribute(generator, entry.getValue());
			}
			generator.writeEndObject();
		}
		else if (value instanceof AttributeValue.SS ss) {
			generator.writeStartArray();
			for (String s : ss.values()) {
				generator.writeString(s);
			}
			generator.writeEndArray();
		}
		else if (value instanceof AttributeValue.NS ns) {
			generator.writeStartArray();
			for (AttributeValue.N n : ns.values()) {
				generator.writeString(n.text());
			}
			generator.writeEndArray();
		}
		else if (value instanceof AttributeValue.BS bs) {
			generator.writeStartArray();
			for (AttributeValue.B b : bs.values()) {
				generator.writeString(b.base64());
			}
			generator.writeEndArray();
		}
		generator.writeEndObject();
	}

}
