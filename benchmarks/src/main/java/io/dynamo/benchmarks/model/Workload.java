/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One kind of item and everything each contender needs for it: sample items, the
 * hand-written mapping of the raw client (the floor), and a static table schema for the
 * enhanced client.
 *
 * @param <T> the item type
 * @param name the short name used in the results ({@code tiny}, {@code small},
 * {@code large})
 * @param type the bean class
 * @param table the table name
 * @param sample creates the i-th item of partition {@code p}
 * @param toItem the hand-written mapping to attribute values
 * @param fromItem the hand-written mapping from attribute values
 * @param staticSchema a static table schema of the bean class
 * @param queryPage the number of items in one query page (DynamoDB's pages hold at most 1
 * MB, so 10 large items)
 * @author dynamo-spring-boot authors
 */
public record Workload<T>(String name, Class<T> type, String table, IntFunction<T> sample,
		Function<T, Map<String, AttributeValue>> toItem, Function<Map<String, AttributeValue>, T> fromItem,
		TableSchema<T> staticSchema, int queryPage) {

	/**
	 * The partition every sample item is in.
	 */
	public static final String PARTITION = "p";

	/**
	 * Tiny items: 3 attributes, about 40 bytes.
	 */
	public static final Workload<TinyItem> TINY = new Workload<>("tiny", TinyItem.class, "tiny",
			(i) -> new TinyItem(PARTITION, sortKey(i), "label-" + i), Workload::tinyToItem, Workload::tinyFromItem,
			tinySchema(), 100);

	/**
	 * Small items: 10 attributes, about 1 KB.
	 */
	public static final Workload<SmallItem> SMALL = new Workload<>("small", SmallItem.class, "small", Workload::small,
			Workload::smallToItem, Workload::smallFromItem, smallSchema(), 100);

	/**
	 * Large items: about 100 KB, a list of 100 nested maps.
	 */
	public static final Workload<LargeItem> LARGE = new Workload<>("large", LargeItem.class, "large", Workload::large,
			Workload::largeToItem, Workload::largeFromItem, largeSchema(), 10);

	/**
	 * Return a workload by name.
	 * @param name {@code tiny}, {@code small} or {@code large}
	 * @return the workload
	 */
	public static Workload<?> named(String name) {
		return switch (name) {
			case "tiny" -> TINY;
			case "small" -> SMALL;
			case "large" -> LARGE;
			default -> throw new IllegalArgumentException("No workload '" + name + "': tiny, small or large");
		};
	}

	/**
	 * Return the sort key of the i-th item.
	 * @param i the item number
	 * @return the sort key
	 */
	public static String sortKey(int i) {
		return String.format("s%09d", i);
	}

	private static SmallItem small(int i) {
		return new SmallItem(PARTITION, sortKey(i), "label-" + i, "n".repeat(200), "e".repeat(190) + "@example.com",
				"c".repeat(200), "s".repeat(300), 30 + (i % 50), i * 0.5, (i % 2) == 0);
	}

	private static LargeItem large(int i) {
		List<Line> lines = new ArrayList<>(100);
		for (int line = 0; line < 100; line++) {
			lines.add(new Line("sku-" + line, line + 1, 9.99 + line, "d".repeat(960)));
		}
		return new LargeItem(PARTITION, sortKey(i), "label-" + i, lines);
	}

	private static Map<String, AttributeValue> tinyToItem(TinyItem item) {
		Map<String, AttributeValue> map = new HashMap<>(4);
		map.put("pk", AttributeValue.fromS(item.getPk()));
		map.put("sk", AttributeValue.fromS(item.getSk()));
		putS(map, "label", item.getLabel());
		return map;
	}

	private static TinyItem tinyFromItem(Map<String, AttributeValue> map) {
		TinyItem item = new TinyItem();
		item.setPk(s(map, "pk"));
		item.setSk(s(map, "sk"));
		item.setLabel(s(map, "label"));
		return item;
	}

	private static Map<String, AttributeValue> smallToItem(SmallItem item) {
		Map<String, AttributeValue> map = new HashMap<>(16);
		map.put("pk", AttributeValue.fromS(item.getPk()));
		map.put("sk", AttributeValue.fromS(item.getSk()));
		putS(map, "label", item.getLabel());
		putS(map, "name", item.getName());
		putS(map, "email", item.getEmail());
		putS(map, "city", item.getCity());
		putS(map, "status", item.getStatus());
		if (item.getAge() != null) {
			map.put("age", AttributeValue.fromN(item.getAge().toString()));
		}
		if (item.getScore() != null) {
			map.put("score", AttributeValue.fromN(item.getScore().toString()));
		}
		if (item.getActive() != null) {
			map.put("active", AttributeValue.fromBool(item.getActive()));
		}
		return map;
	}

	private static SmallItem smallFromItem(Map<String, AttributeValue> map) {
		SmallItem item = new SmallItem();
		item.setPk(s(map, "pk"));
		item.setSk(s(map, "sk"));
		item.setLabel(s(map, "label"));
		item.setName(s(map, "name"));
		item.setEmail(s(map, "email"));
		item.setCity(s(map, "city"));
		item.setStatus(s(map, "status"));
		String age = n(map, "age");
		item.setAge((age != null) ? Integer.valueOf(age) : null);
		String score = n(map, "score");
		item.setScore((score != null) ? Double.valueOf(score) : null);
		AttributeValue active = map.get("active");
		item.setActive((active != null) ? active.bool() : null);
		return item;
	}

	private static Map<String, AttributeValue> largeToItem(LargeItem item) {
		Map<String, AttributeValue> map = new HashMap<>(8);
		map.put("pk", AttributeValue.fromS(item.getPk()));
		map.put("sk", AttributeValue.fromS(item.getSk()));
		putS(map, "label", item.getLabel());
		List<Line> lines = item.getLines();
		if (lines != null) {
			List<AttributeValue> values = new ArrayList<>(lines.size());
			for (Line line : lines) {
				Map<String, AttributeValue> nested = new HashMap<>(8);
				putS(nested, "sku", line.getSku());
				nested.put("quantity", AttributeValue.fromN(String.valueOf(line.getQuantity())));
				nested.put("price", AttributeValue.fromN(String.valueOf(line.getPrice())));
				putS(nested, "description", line.getDescription());
				values.add(AttributeValue.fromM(nested));
			}
			map.put("lines", AttributeValue.fromL(values));
		}
		return map;
	}

	private static LargeItem largeFromItem(Map<String, AttributeValue> map) {
		LargeItem item = new LargeItem();
		item.setPk(s(map, "pk"));
		item.setSk(s(map, "sk"));
		item.setLabel(s(map, "label"));
		AttributeValue lines = map.get("lines");
		if (lines != null && lines.hasL()) {
			List<Line> list = new ArrayList<>(lines.l().size());
			for (AttributeValue value : lines.l()) {
				Map<String, AttributeValue> nested = value.m();
				String quantity = n(nested, "quantity");
				String price = n(nested, "price");
				list.add(new Line(s(nested, "sku"), (quantity != null) ? Integer.valueOf(quantity) : null,
						(price != null) ? Double.valueOf(price) : null, s(nested, "description")));
			}
			item.setLines(list);
		}
		return item;
	}

	private static void putS(Map<String, AttributeValue> map, String name, @Nullable String value) {
		if (value != null) {
			map.put(name, AttributeValue.fromS(value));
		}
	}

	private static @Nullable String s(Map<String, AttributeValue> map, String name) {
		AttributeValue value = map.get(name);
		return (value != null) ? value.s() : null;
	}

	private static @Nullable String n(Map<String, AttributeValue> map, String name) {
		AttributeValue value = map.get(name);
		return (value != null) ? value.n() : null;
	}

	private static TableSchema<TinyItem> tinySchema() {
		return StaticTableSchema.builder(TinyItem.class)
			.newItemSupplier(TinyItem::new)
			.addAttribute(String.class,
					(a) -> a.name("pk")
						.getter(TinyItem::getPk)
						.setter(TinyItem::setPk)
						.tags(StaticAttributeTags.primaryPartitionKey()))
			.addAttribute(String.class,
					(a) -> a.name("sk")
						.getter(TinyItem::getSk)
						.setter(TinyItem::setSk)
						.tags(StaticAttributeTags.primarySortKey()))
			.addAttribute(String.class, (a) -> a.name("label").getter(TinyItem::getLabel).setter(TinyItem::setLabel))
			.build();
	}

	private static TableSchema<SmallItem> smallSchema() {
		return StaticTableSchema.builder(SmallItem.class)
			.newItemSupplier(SmallItem::new)
			.addAttribute(String.class,
					(a) -> a.name("pk")
						.getter(SmallItem::getPk)
						.setter(SmallItem::setPk)
						.tags(StaticAttributeTags.primaryPartitionKey()))
			.addAttribute(String.class,
					(a) -> a.name("sk")
						.getter(SmallItem::getSk)
						.setter(SmallItem::setSk)
						.tags(StaticAttributeTags.primarySortKey()))
			.addAttribute(String.class, (a) -> a.name("label").getter(SmallItem::getLabel).setter(SmallItem::setLabel))
			.addAttribute(String.class, (a) -> a.name("name").getter(SmallItem::getName).setter(SmallItem::setName))
			.addAttribute(String.class, (a) -> a.name("email").getter(SmallItem::getEmail).setter(SmallItem::setEmail))
			.addAttribute(String.class, (a) -> a.name("city").getter(SmallItem::getCity).setter(SmallItem::setCity))
			.addAttribute(String.class,
					(a) -> a.name("status").getter(SmallItem::getStatus).setter(SmallItem::setStatus))
			.addAttribute(Integer.class, (a) -> a.name("age").getter(SmallItem::getAge).setter(SmallItem::setAge))
			.addAttribute(Double.class, (a) -> a.name("score").getter(SmallItem::getScore).setter(SmallItem::setScore))
			.addAttribute(Boolean.class,
					(a) -> a.name("active").getter(SmallItem::getActive).setter(SmallItem::setActive))
			.build();
	}

	private static TableSchema<LargeItem> largeSchema() {
		StaticTableSchema<Line> line = StaticTableSchema.builder(Line.class)
			.newItemSupplier(Line::new)
			.addAttribute(String.class, (a) -> a.name("sku").getter(Line::getSku).setter(Line::setSku))
			.addAttribute(Integer.class, (a) -> a.name("quantity").getter(Line::getQuantity).setter(Line::setQuantity))
			.addAttribute(Double.class, (a) -> a.name("price").getter(Line::getPrice).setter(Line::setPrice))
			.addAttribute(String.class,
					(a) -> a.name("description").getter(Line::getDescription).setter(Line::setDescription))
			.build();
		return StaticTableSchema.builder(LargeItem.class)
			.newItemSupplier(LargeItem::new)
			.addAttribute(String.class,
					(a) -> a.name("pk")
						.getter(LargeItem::getPk)
						.setter(LargeItem::setPk)
						.tags(StaticAttributeTags.primaryPartitionKey()))
			.addAttribute(String.class,
					(a) -> a.name("sk")
						.getter(LargeItem::getSk)
						.setter(LargeItem::setSk)
						.tags(StaticAttributeTags.primarySortKey()))
			.addAttribute(String.class, (a) -> a.name("label").getter(LargeItem::getLabel).setter(LargeItem::setLabel))
			.addAttribute(EnhancedType.listOf(EnhancedType.documentOf(Line.class, line)),
					(a) -> a.name("lines").getter(LargeItem::getLines).setter(LargeItem::setLines))
			.build();
	}

}
