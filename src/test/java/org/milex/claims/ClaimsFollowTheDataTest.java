package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.data.Dataset;
import org.milex.procurement.AidFigures;
import org.milex.procurement.Contracts;

/** A verdict follows the data: change a figure in a copy of the data and the claim that rests on it changes. */
class ClaimsFollowTheDataTest {
    @TempDir
    Path dir;

    private static Verdict verdict(String id, Dataset data, Contracts contracts, AidFigures aid) {
        return Claims.check(List.of(Claims.get(id)), data, contracts, aid).get(0).verdict();
    }

    private Path copy(String file, String from, String to) throws IOException {
        String text = Files.readString(Path.of(file));
        assertThat(text).contains(from);
        Path p = Files.createTempDirectory(dir, "copy").resolve(Path.of(file).getFileName());
        Files.writeString(p, text.replace(from, to));
        return p;
    }

    @Test
    void polandsShare() throws IOException {
        // data/nato/NATO-2024-06.csv: Poland 2024e share of GDP 4.120190989357147 (TABLE3)
        Path original = copy("data/nato/NATO-2024-06.csv", "", "");
        Path revised = copy("data/nato/NATO-2024-06.csv", ",4.120190989357147,", ",3.79,");

        assertThat(verdict("poland-share-2024", Dataset.read(original), Contracts.embedded(), AidFigures.embedded()))
                .isEqualTo(Verdict.SUPPORTED);
        assertThat(verdict("poland-share-2024", Dataset.read(revised), Contracts.embedded(), AidFigures.embedded()))
                .isEqualTo(Verdict.NOT_SUPPORTED);
    }

    @Test
    void theFrameworksFirmValue() throws IOException {
        // data/contracts.csv: LBDM, ceiling ≈ EUR 2400 mn, firm EUR 1000 mn. Were its firm orders EUR 2400 mn, the
        // NSPA total would be 9315 in both cases and "≈ USD 10 bn" would no longer depend on the assumption.
        String lbdm = Files.readString(Path.of("data/contracts.csv")).lines().filter(l -> l.startsWith("lbdm-2023,"))
                .findFirst().orElseThrow();
        Path firm2400 = copy("data/contracts.csv", lbdm, lbdm.replace(",1000,https://", ",2400,https://"));

        assertThat(verdict("nspa-10bn-since-july-2023", Dataset.embedded(), Contracts.embedded(), AidFigures.embedded()))
                .isEqualTo(Verdict.DEPENDS_ON_ASSUMPTION);
        assertThat(verdict("nspa-10bn-since-july-2023", Dataset.embedded(), Contracts.read(firm2400),
                AidFigures.embedded())).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void thePentagonsTotal() throws IOException {
        // data/aid.csv: the Pentagon's "more than USD 53,500 mn" of 2024-07-02; at 48,000 it is 10% off AP's 53.6
        Path lower = copy("data/aid.csv", "over,53500,USD", "over,48000,USD");

        assertThat(verdict("us-security-assistance-53-6bn", Dataset.embedded(), Contracts.embedded(),
                AidFigures.embedded())).isEqualTo(Verdict.SUPPORTED);
        assertThat(verdict("us-security-assistance-53-6bn", Dataset.embedded(), Contracts.embedded(),
                AidFigures.read(lower))).isEqualTo(Verdict.NOT_SUPPORTED);
    }
}
