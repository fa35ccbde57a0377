package org.milex.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.milex.model.Ally;

class DonorTest {

    @Test
    void anAlly() {
        Donor d = Donor.of(Ally.of("DEU"));
        assertThat(d.isAlly()).isTrue();
        assertThat(d.name()).isEqualTo("Germany");
        assertThat(d).hasToString("DEU Germany");
    }

    @Test
    void aDonorThatIsNotAnAlly() {
        // contracts-aid.md §5c: "EU (Commission and Council)" and Japan are donors, not allies
        Donor d = Donor.named("EU institutions");
        assertThat(d.isAlly()).isFalse();
        assertThat(d.ally()).isEmpty();
        assertThat(d).hasToString("EU institutions");
        assertThat(Donor.named("Japan").isAlly()).isFalse();
    }

    @Test
    void anAllyIsNotGivenByName() {
        assertThatThrownBy(() -> Donor.named("Germany")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Germany' is an ally: give it as DEU");
        assertThatThrownBy(() -> new Donor("Deutschland", Optional.of(Ally.of("DEU"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("donor 'Deutschland' is named differently from its ally DEU Germany");
        assertThatThrownBy(() -> Donor.named(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a donor's name is not blank");
    }
}
