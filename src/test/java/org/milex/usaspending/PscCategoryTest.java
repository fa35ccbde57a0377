package org.milex.usaspending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Categories from the PSC manual's groups (https://www.acquisition.gov/psc-manual). */
class PscCategoryTest {
    @ParameterizedTest
    @CsvSource({
        "1410, MISSILES",            // group 14 Guided Missiles: 1410 Guided Missiles
        "1427, MISSILES",            // 1427 Guided Missile Subsystems
        "1305, AMMUNITION",          // group 13: 1305 Ammunition, through 30 mm
        "1010, WEAPONS",             // group 10: 1010 Guns, over 30 mm up to 75 mm
        "1510, AIRCRAFT",            // group 15: 1510 Aircraft, Fixed Wing
        "1905, SHIPS",               // group 19: 1905 Combat Ships and Landing Vessels
        "2350, VEHICLES",            // group 23: 2350 Combat, Assault, and Tactical Vehicles, Tracked
        "1810, SPACE",               // group 18: 1810 Space Vehicles
        "5820, ELECTRONICS",         // group 58
        "9130, FUEL",                // group 91: 9130 Liquid Propellants and Fuels, Petroleum Base
        "7030, OTHER_PRODUCTS",      // group 70, not a category of its own
        "AC13, RESEARCH_AND_DEVELOPMENT",
        "J014, MAINTENANCE_AND_REPAIR", // J014 Maintenance of Guided Missiles
        "R425, PROFESSIONAL_SERVICES",
        "Y1AA, CONSTRUCTION",
        "S206, OTHER_SERVICES",
    })
    void sortsCodesByTheirGroup(String psc, PscCategory category) {
        assertThat(PscCategory.of(psc)).isEqualTo(category);
        assertThat(category.isProduct()).isEqualTo(Character.isDigit(psc.charAt(0)));
    }

    @ParameterizedTest
    @CsvSource({"141", "14100", "14a0", "14A0", "' 141'"})
    void refusesWhatIsNotACode(String psc) {
        assertThatThrownBy(() -> PscCategory.of(psc)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"missiles, MISSILES", "research-and-development, RESEARCH_AND_DEVELOPMENT"})
    void parsesNames(String text, PscCategory category) {
        assertThat(PscCategory.parse(text)).isEqualTo(category);
    }
}
