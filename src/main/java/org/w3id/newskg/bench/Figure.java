package org.w3id.newskg.bench;

/**
 * One measured figure of a {@link Bench} run: its name ({@code extraction-1-thread}, {@code query-p99:graphs}…), the
 * value in its unit, the goal it is held to and whether it met it, and how it was measured.
 *
 * @param goal as written in the table ({@code "<= 1.5"}); empty when the figure has none
 * @param met  whether the value meets the goal; {@code null} when there is no goal
 */
public record Figure(String name, double value, String unit, String goal, Boolean met, String how) {}
