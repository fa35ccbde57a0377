package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command takes {@code --edition}, {@code --format} and {@code --chart}, or its help says why not
 * (issue 13: "every command that can take --edition, --format and --chart does, or its help says why not").
 */
class CommonOptionsTest {
    static Stream<String> commands() {
        return Main.Commands.ALL.keySet().stream().filter(c -> !c.equals("help"));
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void eachCommonOptionIsTakenOrItsAbsenceExplained(String command) {
        String help = Runs.ok(command, "--help");
        int footer = help.indexOf("Not taken:");
        String notTaken = footer < 0 ? "" : help.substring(footer);   // the footer, however it is wrapped
        for (String option : List.of("--edition", "--format", "--chart")) {
            boolean taken = help.lines().anyMatch(l -> l.matches("\\s+(-\\w, )?" + option + "[=\\s].*"));
            assertThat(taken || notTaken.contains(option))
                    .as("%s --help: %s is neither an option nor explained", command, option).isTrue();
        }
    }
}
