package io.github.nieuweroute.examples.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are written whole, through a part file that does not stay behind, with the permissions of any new file. */
class PicturesWriteTest {

    @TempDir
    Path dir;

    @Test
    void a_file_is_written_replaced_and_no_part_file_stays() throws IOException {
        Path file = dir.resolve("sub/out.csv");

        Pictures.write(file, "a,b\n");
        Pictures.write(file, "a,b\n1,2\n");

        assertThat(Files.readString(file)).isEqualTo("a,b\n1,2\n");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.csv");
        }
    }

    @Test
    void a_written_file_has_the_permissions_a_new_file_gets() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path written = dir.resolve("written.txt");

        Pictures.write(written, "x");

        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
    }
}
