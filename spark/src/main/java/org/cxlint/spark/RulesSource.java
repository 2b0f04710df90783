package org.cxlint.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.cxlint.rules.RuleFiles;
import org.cxlint.rules.RuleOverlay;

/**
 * The rules a job scores with, shipped to executors inside the task closure: the bundled rules
 * (executors read them from the job jar), or the text of the rules folders (laid over the bundled rules as the
 * CLI lays them) the driver read once,
 * from a local path or any Hadoop file system (hdfs://, s3a://, abfss://...). Executors never need
 * the directory themselves.
 */
public final class RulesSource implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String origin;
    private final TreeMap<String, String> drl;
    private final TreeMap<String, String> packs;
    private final String scorecard;
    /** the folder's settings.yaml (thresholds), or null */
    private final String settings;

    private RulesSource(
            String origin, Map<String, String> drl, Map<String, String> packs, String scorecard, String settings) {
        this.origin = origin;
        this.drl = drl == null ? null : new TreeMap<>(drl);
        this.packs = packs == null ? null : new TreeMap<>(packs);
        this.scorecard = scorecard;
        this.settings = settings;
    }

    public static RulesSource bundled() {
        return new RulesSource(null, null, null, null, null);
    }

    /** Reads {@code dir} alone (a complete rule set, no bundled rules) on the driver. */
    public static RulesSource read(String dir, Configuration hadoopConf) {
        return read(List.of(dir), false, hadoopConf);
    }

    /**
     * The CLI's {@code --rules} semantics ({@link RuleOverlay}): each folder laid over the bundled rules (or, with
     * {@code bundled} false, over the first folder), read once on the driver. A folder on a Hadoop file system is
     * copied to a local temp folder first.
     */
    public static RulesSource read(List<String> dirs, boolean bundled, Configuration hadoopConf) {
        if (dirs.isEmpty() && bundled) return bundled();
        List<Path> local = new ArrayList<>();
        for (String dir : dirs) local.add(local(dir, hadoopConf));
        RuleFiles files = RuleOverlay.select(local, bundled);
        String origin = (bundled ? "bundled + " : "") + String.join(" + ", dirs);
        return new RulesSource(origin, files.drl(), files.packs(), files.scorecard(), files.settings());
    }

    private static Path local(String dir, Configuration hadoopConf) {
        if (!dir.contains("://") || dir.startsWith("file:")) {
            return Path.of(dir.startsWith("file:") ? java.net.URI.create(dir).getPath() : dir);
        }
        try {
            org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(dir);
            FileSystem fs = remote.getFileSystem(hadoopConf);
            Path tmp = Files.createTempDirectory("cxlint-rules");
            for (FileStatus f : fs.listStatus(remote)) {
                if (f.isFile())
                    fs.copyToLocalFile(
                            f.getPath(),
                            new org.apache.hadoop.fs.Path(
                                    tmp.resolve(f.getPath().getName()).toUri()));
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot read rules: " + e.getMessage(), e);
        }
    }

    static RulesSource of(RuleFiles files) {
        return new RulesSource(files.origin(), files.drl(), files.packs(), files.scorecard(), files.settings());
    }

    public boolean isBundled() {
        return drl == null;
    }

    /** Identifies the rule set in the per-JVM holder: same origin and same text, same rule base. */
    String key() {
        return isBundled()
                ? "bundled"
                : origin + "#" + (drl.hashCode() * 31 + packs.hashCode()) * 31 + scorecard.hashCode()
                        + java.util.Objects.hashCode(settings);
    }

    RuleFiles files() {
        return isBundled() ? RuleFiles.bundled() : new RuleFiles(origin, drl, packs, scorecard, settings);
    }
}
