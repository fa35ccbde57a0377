package org.milex.data;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.PriceBasis;
import org.milex.model.Subject;

/**
 * How one figure (an ally's or group's measure for one year) was published edition after edition, the way
 * vintage databases such as ALFRED keep every release of a series.
 *
 * <pre>{@code
 * History h = Dataset.embedded().history(Ally.of("POL"), Year.of(2024), Measure.SHARE_OF_GDP);
 * h.vintages();                          // NATO-2024-06 4.12e, NATO-2025-04 …, NATO-2025-08 3.79, …
 * h.asOf(LocalDate.of(2025, 1, 1));      // the NATO-2024-06 vintage: what was known that day
 * }</pre>
 *
 * <p>Immutable. Where the vintages measure different things (defence or core defence expenditure, or money
 * at constant prices of different base years) every vintage's {@link Vintage#note()} says so.
 *
 * @param subject the ally or group
 * @param year the year the figure is for
 * @param measure the measure
 * @param vintages one per edition that published the figure, oldest publication first
 */
public record History(Subject subject, Year year, Measure measure, List<Vintage> vintages) {

    /**
     * One edition's value of the figure.
     *
     * @param edition the edition
     * @param published its publication date
     * @param value the value in the measure's unit, as published
     * @param estimate whether the edition marks the year as an estimate
     * @param definition what the edition's expenditure figures measure
     * @param source where the value comes from
     * @param note what makes this vintage not comparable with others, or empty
     */
    public record Vintage(Edition edition, LocalDate published, double value, boolean estimate,
                          Edition.Definition definition, String source, Optional<String> note) {
        /** Checks the parts. */
        public Vintage {
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(definition, "definition");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(note, "note");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(edition + ": not a finite value: " + value);
            }
        }
    }

    /** Copies the list and checks it is in publication order. */
    public History {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(measure, "measure");
        vintages = List.copyOf(vintages);
        for (int i = 1; i < vintages.size(); i++) {
            if (Edition.BY_PUBLICATION.compare(vintages.get(i - 1).edition(), vintages.get(i).edition()) >= 0) {
                throw new IllegalArgumentException("vintages out of publication order: " + vintages.get(i - 1).edition()
                        + " before " + vintages.get(i).edition());
            }
        }
    }

    /** Builds the history from a dataset's observations; see {@link Dataset#history}. */
    static History of(Dataset data, Subject subject, Year year, Measure measure) {
        List<Edition> with = data.editions().stream()
                .filter(e -> data.find(subject, year, e).map(o -> o.has(measure)).orElse(false)).toList();
        Set<Edition.Definition> definitions = with.stream().map(Edition::definition).collect(Collectors.toSet());
        boolean constant = measure.column().contains("constant");
        Set<PriceBasis> bases = with.stream().map(Edition::constantPrices).collect(Collectors.toSet());
        List<Vintage> out = new ArrayList<>();
        for (Edition e : with) {
            var o = data.find(subject, year, e).orElseThrow();
            List<String> notes = new ArrayList<>();
            if (definitions.size() > 1 && measure.isDefence()) {
                notes.add("measures " + e.definition().label() + "; other rows measure "
                        + definitions.stream().filter(d -> d != e.definition()).map(Edition.Definition::label)
                        .collect(Collectors.joining(", ")));
            }
            if (constant && bases.size() > 1) {
                notes.add("in " + e.constantPrices() + "; other rows in another price base");
            }
            out.add(new Vintage(e, e.published(), o.value(measure).getAsDouble(), o.isEstimate(), e.definition(),
                    o.source(measure), notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes))));
        }
        return new History(subject, year, measure, out);
    }

    /** The vintage known on {@code date}: the newest published on or before it; empty before the first. */
    public Optional<Vintage> asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Vintage known = null;
        for (Vintage v : vintages) {
            if (!v.published().isAfter(date)) {
                known = v;
            }
        }
        return Optional.ofNullable(known);
    }

    /** Whether every vintage measures the same thing (one definition, one price base where it matters). */
    public boolean isComparable() {
        return vintages.stream().allMatch(v -> v.note().isEmpty());
    }
}
