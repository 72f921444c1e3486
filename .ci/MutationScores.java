import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads PIT's mutations.xml and fails when a package's mutation score is below a minimum. PIT's own
 * {@code mutationThreshold} judges the whole run only, so a strong package could hide a weak one; this judges each
 * package on its own. Run with the JDK alone (a single-file program):
 *
 * <pre>java .ci/MutationScores.java route-core/target/pit-reports/mutations.xml 90 model route rule</pre>
 *
 * A mutant counts as caught (as PIT counts it) when a test failed on it, it timed out, ran out of memory or made the
 * test run fail; it counts against the score when it survived or no test ran it. Exit status 0 when every named
 * package reaches the minimum, 1 when one does not, 2 on bad arguments or a report that names none of them.
 */
public final class MutationScores {

    private MutationScores() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: MutationScores <mutations.xml> <minimum percent> <package>...");
            System.exit(2);
        }
        Path report = Path.of(args[0]);
        if (!Files.isRegularFile(report)) {
            System.err.println("no PIT report at " + report);
            System.exit(2);
        }
        double minimum = Double.parseDouble(args[1]);
        Map<String, int[]> byPackage = new TreeMap<>();
        for (int i = 2; i < args.length; i++) {
            byPackage.put(args[i], new int[2]);
        }
        NodeList mutations = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                .getElementsByTagName("mutation");
        for (int i = 0; i < mutations.getLength(); i++) {
            Element mutation = (Element) mutations.item(i);
            String mutatedClass = mutation.getElementsByTagName("mutatedClass").item(0).getTextContent();
            int[] counts = byPackage.get(packageOf(mutatedClass));
            if (counts == null) {
                continue;
            }
            counts[0]++;
            if (caught(mutation.getAttribute("status"))) {
                counts[1]++;
            }
        }
        boolean failed = false;
        System.out.printf("%-10s %8s %8s %7s%n", "package", "mutants", "caught", "score");
        for (Map.Entry<String, int[]> entry : byPackage.entrySet()) {
            int[] counts = entry.getValue();
            if (counts[0] == 0) {
                System.err.println("the report has no mutant of package " + entry.getKey());
                System.exit(2);
            }
            double score = 100.0 * counts[1] / counts[0];
            boolean below = score < minimum;
            failed |= below;
            System.out.printf("%-10s %8d %8d %6.1f%%%s%n", entry.getKey(), counts[0], counts[1], score,
                    below ? "  below the minimum of " + args[1] + " %" : "");
        }
        System.exit(failed ? 1 : 0);
    }

    /** The package under io.github.nieuweroute that a class belongs to, such as "rule" or "model". */
    private static String packageOf(String className) {
        String prefix = "io.github.nieuweroute.";
        if (!className.startsWith(prefix)) {
            return "";
        }
        String rest = className.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? "" : rest.substring(0, dot);
    }

    private static boolean caught(String status) {
        return switch (status) {
            case "KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR" -> true;
            default -> false;
        };
    }
}
