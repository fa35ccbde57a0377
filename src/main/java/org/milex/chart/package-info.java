/**
 * Charts of milex's figures, as PNG, SVG or an image for notebooks, drawn with XChart and working headless.
 *
 * <pre>{@code
 * Dataset data = Dataset.embedded();
 * Series poland = Series.of("Poland", data.observations(data.defaultEdition()).stream()
 *         .filter(o -> o.subject().equals(Ally.of("POL")) && o.shareOfGdp().isPresent())
 *         .collect(Collectors.toMap(Observation::year, o -> o.shareOfGdp().orElseThrow())));
 * Charts.shareOverTime(List.of(poland), Guideline.twoPercentOfGdp()).toPng(Path.of("target/poland.png"));
 * }</pre>
 *
 * <p>Inputs are plain typed values ({@link org.milex.chart.Series} of {@link org.milex.chart.Point}s, maps
 * from a name or a year to a {@link org.milex.model.Share}, a count or {@link org.milex.model.Money}), so
 * any question's answer can be drawn. XChart is an optional dependency of milex: add
 * {@code org.knowm.xchart:xchart} to use this package. No method accepts {@code null}.
 */
package org.milex.chart;
