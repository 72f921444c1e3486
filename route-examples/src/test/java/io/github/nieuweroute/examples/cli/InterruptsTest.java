package io.github.nieuweroute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.sim.Cancellation;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C cancels the run and waits for the command to finish, no longer. The hook is run by hand here: a test has no
 * terminal to press Ctrl-C on (a real one under tmux showed the bar and the clean stop).
 */
class InterruptsTest {

    @Test
    void the_hook_cancels_and_returns_as_soon_as_the_command_has_finished() throws InterruptedException {
        Cancellation cancellation = new Cancellation();
        Interrupts interrupts = Interrupts.cancelOnCtrlC(cancellation);
        Thread hook = new Thread(interrupts.hook()::run);
        try {
            hook.start();
            while (!cancellation.isCancelled()) {
                Thread.onSpinWait();
            }
            assertThat(hook.isAlive()).as("the hook waits while the command writes its last file").isTrue();
        } finally {
            interrupts.close();
        }

        hook.join(2_000);

        assertThat(hook.isAlive()).as("and ends once the command has finished, well before its 5 s grace").isFalse();
    }

    @Test
    void the_bar_is_drawn_in_the_exported_width_or_in_80_columns() {
        assertThat(SimulationRun.terminalWidth(null)).isEqualTo(79);
        assertThat(SimulationRun.terminalWidth("120")).isEqualTo(119);
        assertThat(SimulationRun.terminalWidth(" 100 ")).isEqualTo(99);
        assertThat(SimulationRun.terminalWidth("wide")).isEqualTo(79);
        assertThat(SimulationRun.terminalWidth("5")).isEqualTo(39);
    }
}
